#include "gui/actors/actors_view.h"

#include "core/messages.h"
#include "gui/actors/actor_activities_model.h"
#include "gui/actors/actor_dialog.h"
#include "gui/actors/actors_table_model.h"
#include "gui/document/tracker_document.h"
#include "gui/widgets/column_sizing.h"
#include "gui/widgets/edit_notice.h"
#include "gui/widgets/page_refresh.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace pml {
namespace {

const QString kSplitterKey = QStringLiteral("actors/splitter");
const QString kActorsHeaderKey = QStringLiteral("actors/header-v2");
const QString kActivitiesHeaderKey = QStringLiteral("actors/activitiesHeader-v2");

QTableView* makeTable(QSortFilterProxyModel* proxy, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setModel(proxy);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setSortingEnabled(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

QSortFilterProxyModel* sortingProxy(QAbstractItemModel* model, int sortRole, QObject* parent)
{
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(sortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSortLocaleAware(true);
    return proxy;
}

} // namespace

ActorsView::ActorsView(TrackerDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_actors(new ActorsTableModel(document, this))
    , m_actorsProxy(sortingProxy(m_actors, ActorsTableModel::SortRole, this))
    , m_activities(new ActorActivitiesModel(document, this))
    , m_activitiesProxy(sortingProxy(m_activities, ActorActivitiesModel::SortRole, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_actorsTable(makeTable(m_actorsProxy, this))
    , m_activitiesTable(makeTable(m_activitiesProxy, this))
    , m_activitiesTitle(new QLabel(this))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
{
    m_actorsTable->sortByColumn(-1, Qt::AscendingOrder); // document order until asked
    m_activitiesTable->sortByColumn(-1, Qt::AscendingOrder);
    m_activitiesTable->setObjectName(QStringLiteral("actorActivitiesTable"));
    // The name and text columns take the room left by the figures.
    fitColumns(m_actorsTable, m_actorsTable->horizontalHeader(), ActorsTableModel::Name);
    // The activities pane is narrow: their texts get a width of their own and scroll.
    fitColumns(m_activitiesTable, m_activitiesTable->horizontalHeader(), ActorActivitiesModel::Text,
               m_activitiesTable->fontMetrics().horizontalAdvance(QLatin1Char('n')) * 35);

    auto* left = new QWidget(m_splitter);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addStretch();
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_actorsTable, 1);
    leftLayout->addLayout(buttons);
    auto* right = new QWidget(m_splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_activitiesTitle->setWordWrap(true);
    m_activitiesTitle->setBuddy(m_activitiesTable);
    rightLayout->addWidget(m_activitiesTitle);
    rightLayout->addWidget(m_activitiesTable, 1);
    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    QSettings settings;
    if (!m_splitter->restoreState(settings.value(kSplitterKey).toByteArray())) {
        m_splitter->setSizes({800, 460});
    }
    m_actorsTable->horizontalHeader()->restoreState(settings.value(kActorsHeaderKey).toByteArray());
    m_activitiesTable->horizontalHeader()->restoreState(
        settings.value(kActivitiesHeaderKey).toByteArray());

    connect(m_actorsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ActorsView::currentActorChanged);
    connect(m_actorsTable, &QTableView::activated, this, [this] {
        if (m_document->canEdit()) {
            editActor();
        }
    });
    connect(m_activitiesTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT itemActivated(
            ItemRef::activity(index.data(ActorActivitiesModel::CodeRole).toString()));
    });
    connect(m_add, &QPushButton::clicked, this, &ActorsView::addActor);
    connect(m_edit, &QPushButton::clicked, this, &ActorsView::editActor);
    connect(document, &TrackerDocument::canEditChanged, this, &ActorsView::updateActions);
    connect(document, &TrackerDocument::actingUserChanged, this, &ActorsView::updateActions);
    auto* pageRefresh = new PageRefresh(this, [this] { currentActorChanged(); });
    pageRefresh->follow(this);
    m_activities->pageRefresh()->follow(this);
    m_actors->pageRefresh()->follow(this); // installed last: runs first
    connect(document, &TrackerDocument::progressChanged, pageRefresh, &PageRefresh::request);

    setFocusProxy(m_actorsTable);
    retranslate();
    if (m_actorsProxy->rowCount() > 0) {
        m_actorsTable->setCurrentIndex(m_actorsProxy->index(0, 0));
    }
}

ActorsView::~ActorsView()
{
    QSettings settings;
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kActorsHeaderKey, m_actorsTable->horizontalHeader()->saveState());
    settings.setValue(kActivitiesHeaderKey, m_activitiesTable->horizontalHeader()->saveState());
}

void ActorsView::retranslate()
{
    m_actorsTable->setAccessibleName(tr("Institutions"));
    m_activitiesTable->setAccessibleName(tr("Activities of the selected institution"));
    m_add->setText(tr("&Add institution…"));
    m_edit->setText(tr("&Edit institution…"));
    m_edit->setToolTip(tr("Rename the institution or change its group"));
    m_actors->retranslate();
    m_activities->retranslate();
    currentActorChanged();
}

void ActorsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

qint64 ActorsView::currentActor() const
{
    const QModelIndex current = m_actorsTable->currentIndex();
    return current.isValid() ? current.data(ActorsTableModel::IdRole).toLongLong() : 0;
}

void ActorsView::selectActor(qint64 id)
{
    const int row = m_actors->rowOfActor(id);
    if (row >= 0) {
        const QModelIndex index = m_actorsProxy->mapFromSource(m_actors->index(row, 0));
        m_actorsTable->setCurrentIndex(index);
        m_actorsTable->scrollTo(index);
    }
}

void ActorsView::currentActorChanged()
{
    const qint64 id = currentActor();
    m_activities->setActor(id);
    const int row = m_actors->rowOfActor(id);
    if (row < 0) {
        m_activitiesTitle->setText(tr("Select an institution to see its activities."));
    } else {
        const auto& r = m_actors->row(row);
        m_activitiesTitle->setText(tr("Activities of <b>%1</b>: leads %2, supports %3")
                                       .arg(r.actor.name.toHtmlEscaped())
                                       .arg(r.leads)
                                       .arg(r.supports));
    }
    updateActions();
}

void ActorsView::updateActions()
{
    const std::optional<QString> addBlocked = m_document->editBlockedReason(Operation::AddActor);
    const std::optional<QString> editBlocked =
        m_document->editBlockedReason(Operation::ChangeActor);
    m_add->setEnabled(!addBlocked);
    m_edit->setEnabled(!editBlocked && currentActor() != 0);
    m_add->setToolTip(addBlocked.value_or(tr("Add an institution to the tracker")));
    m_edit->setToolTip(editBlocked.value_or(tr("Rename the institution or change its group")));
}

void ActorsView::addActor()
{
    if (!m_document->canEdit()) {
        return;
    }
    ActorDialog dialog(m_document->snapshot().strategy, Actor{}, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const Actor actor = dialog.actor();
    const EditResult result = m_document->addActor(actor.name, actor.shortName, actor.group);
    if (result.done()) {
        selectActor(result.id);
    } else {
        showRefusal(this, result.refusal);
    }
}

void ActorsView::editActor()
{
    const int row = m_actors->rowOfActor(currentActor());
    if (row < 0 || !m_document->canEdit()) {
        return;
    }
    ActorDialog dialog(m_document->snapshot().strategy, m_actors->row(row).actor, this);
    if (dialog.exec() == QDialog::Accepted) {
        if (const EditResult result = m_document->updateActor(dialog.actor()); !result.done()) {
            showRefusal(this, result.refusal);
        }
    }
}

} // namespace pml
