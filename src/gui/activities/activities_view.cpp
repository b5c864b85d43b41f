#include "gui/activities/activities_view.h"

#include "core/messages.h"
#include "gui/activities/activities_table_model.h"
#include "gui/activities/bulk_update_dialog.h"
#include "gui/activities/filter_bar.h"
#include "gui/document/tracker_document.h"
#include "gui/widgets/column_sizing.h"
#include "gui/widgets/edit_notice.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace pml {
namespace {
// "-v3": sizes saved before columns made room for the sort arrow cut the headers; start
// afresh.
const QString kHeaderKey = QStringLiteral("activities/header-v3");
// Names of institutions longer than this are elided, in full in their tooltips.
constexpr int kMaxColumnWidth = 150;
} // namespace

ActivitiesView::ActivitiesView(TrackerDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new ActivitiesTableModel(document, this))
    , m_proxy(new ActivityFilterProxy(m_model, this))
    , m_filterBar(new FilterBar(document, this))
    , m_table(new QTableView(this))
    , m_selectionLabel(new QLabel(this))
    , m_updateButton(new QPushButton(this))
    , m_showButton(new QPushButton(this))
{
    m_table->setObjectName(QStringLiteral("activitiesTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Fixed row heights: no per-row size hints, so 50,000 rows scroll freely.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    // Thirteen columns: the table scrolls sideways on a laptop's screen, the page does not;
    // the activity text gets a width of its own (about 30 characters), in full in its tooltip.
    m_table->setSortingEnabled(true); // before fitting: headers make room for its arrow
    fitColumns(m_table, header, ActivitiesTableModel::Text,
               m_table->fontMetrics().horizontalAdvance(QLatin1Char('n')) * 30, kMaxColumnWidth);
    m_table->sortByColumn(ActivitiesTableModel::Code, Qt::AscendingOrder);
    const QByteArray state = QSettings().value(kHeaderKey).toByteArray();
    if (!state.isEmpty() && header->restoreState(state)) {
        m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_selectionLabel);
    buttons->addStretch();
    buttons->addWidget(m_showButton);
    buttons->addWidget(m_updateButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_filterBar, &FilterBar::filterEdited, m_proxy, &ActivityFilterProxy::setFilter);
    connect(m_proxy, &ActivityFilterProxy::filterChanged, m_filterBar, &FilterBar::setFilter);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ActivitiesView::updateCounts);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ActivitiesView::updateCounts);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ActivitiesView::updateCounts);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ActivitiesView::updateCounts);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ActivitiesView::updateActions);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ActivitiesView::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ActivitiesView::updateActions);
    connect(document, &TrackerDocument::canEditChanged, this, &ActivitiesView::updateActions);
    connect(document, &TrackerDocument::progressChanged, this, &ActivitiesView::updateActions);
    connect(document, &TrackerDocument::actingUserChanged, this, &ActivitiesView::updateActions);
    m_model->pageRefresh()->follow(this);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT itemActivated(
            ItemRef::activity(index.data(ActivitiesTableModel::CodeRole).toString()));
    });
    connect(m_showButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid()) {
            Q_EMIT itemActivated(
                ItemRef::activity(current.data(ActivitiesTableModel::CodeRole).toString()));
        }
    });
    connect(m_updateButton, &QPushButton::clicked, this, &ActivitiesView::updateSelected);

    setFocusProxy(m_table);
    retranslate();
    updateCounts();
    updateActions();
}

ActivitiesView::~ActivitiesView()
{
    QSettings().setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
}

void ActivitiesView::retranslate()
{
    m_table->setAccessibleName(tr("Activities"));
    m_updateButton->setText(tr("&Update selected…"));
    m_updateButton->setToolTip(tr("Record one status update for every selected activity"));
    m_showButton->setText(tr("Show in st&rategy"));
    m_model->retranslate();
    updateActions();
}

void ActivitiesView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ActivitiesView::updateCounts()
{
    m_filterBar->setCounts(m_proxy->rowCount(), m_model->rowCount());
}

void ActivitiesView::updateActions()
{
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    m_selectionLabel->setText(selected == 0 ? QString() : tr("%n selected", nullptr, selected));
    const std::optional<QString> blocked = m_document->editBlockedReason(Operation::RecordUpdate);
    m_updateButton->setEnabled(selected > 0 && !blocked);
    m_updateButton->setToolTip(
        blocked.value_or(tr("Record one status update for every selected activity")));
    m_showButton->setEnabled(m_table->currentIndex().isValid());
}

QStringList ActivitiesView::selectedCodes() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList codes;
    codes.reserve(rows.size());
    for (const QModelIndex& index : rows) {
        codes << index.data(ActivitiesTableModel::CodeRole).toString();
    }
    return codes;
}

void ActivitiesView::updateSelected()
{
    const QStringList codes = selectedCodes();
    if (codes.isEmpty() || !m_document->canEdit()) {
        return;
    }
    BulkUpdateDialog dialog(m_document, codes, this);
    if (dialog.exec() == QDialog::Accepted) {
        recordForSelection(dialog.requests());
    }
}

void ActivitiesView::recordForSelection(const QList<UpdateRequest>& requests)
{
    if (requests.isEmpty()) {
        return;
    }
    // Not modal: the refusal is read while the table stays usable (and never blocks).
    if (const EditResult result = m_document->recordUpdates(requests); !result.done()) {
        showRefusal(this, result.refusal);
    }
}

void ActivitiesView::setFilter(const ActivityFilter& filter)
{
    m_proxy->setFilter(filter);
}
ActivityFilter ActivitiesView::filter() const
{
    return m_proxy->filter();
}
void ActivitiesView::setTextFilter(const QString& text)
{
    m_proxy->setTextFilter(text);
}
void ActivitiesView::setLineFilter(int line)
{
    m_proxy->setLineFilter(line);
}
void ActivitiesView::setObjectiveFilter(int objective)
{
    m_proxy->setObjectiveFilter(objective);
}
void ActivitiesView::setHorizonFilter(std::optional<Horizon> horizon)
{
    m_proxy->setHorizonFilter(horizon);
}
void ActivitiesView::setStatusFilter(std::optional<Status> status)
{
    m_proxy->setStatusFilter(status);
}
void ActivitiesView::setScheduleFilter(std::optional<Schedule> schedule)
{
    m_proxy->setScheduleFilter(schedule);
}
void ActivitiesView::setActorFilter(std::optional<qint64> actor)
{
    m_proxy->setActorFilter(actor);
}
void ActivitiesView::setNotUpdatedSince(const QDate& date)
{
    m_proxy->setNotUpdatedSince(date);
}
void ActivitiesView::clearFilters()
{
    m_proxy->clearFilters();
}

} // namespace pml
