#include "gui/strategy/strategy_browser.h"

#include "gui/document/tracker_document.h"
#include "gui/strategy/activity_detail.h"
#include "gui/strategy/aggregate_detail.h"
#include "gui/strategy/strategy_tree_model.h"
#include "gui/widgets/column_sizing.h"
#include "gui/widgets/page_refresh.h"
#include "gui/widgets/progress_delegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace pml {
namespace {
const char splitterKey[] = "browser/splitter";
// "-v2": sizes saved before columns fitted their content cut every name; start afresh.
const char headerKey[] = "browser/treeHeader-v2";
} // namespace

StrategyBrowser::StrategyBrowser(TrackerDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new StrategyTreeModel(document, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_tree(new QTreeView(m_splitter))
    , m_details(new QStackedWidget(m_splitter))
    , m_empty(new QLabel(m_details))
    , m_aggregate(new AggregateDetail(document, m_model, m_details))
    , m_activity(new ActivityDetail(document, m_details))
{
    m_tree->setObjectName(QStringLiteral("strategyTree"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegateForColumn(StrategyTreeModel::ProgressColumn,
                                     new ProgressDelegate(m_tree));
    m_tree->setUniformRowHeights(true); // large trackers: no per-row size queries
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setTextElideMode(Qt::ElideRight);
    QHeaderView* header = m_tree->header();
    header->setStretchLastSection(false);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_details->addWidget(m_empty);
    m_details->addWidget(m_aggregate);
    m_details->addWidget(m_activity);

    // The details ask for the width of the one in view only, not the widest of the three.
    connect(m_details, &QStackedWidget::currentChanged, this, [this](int current) {
        for (int i = 0; i < m_details->count(); ++i)
            m_details->widget(i)->setSizePolicy(i == current ? QSizePolicy::Preferred
                                                             : QSizePolicy::Ignored,
                                                QSizePolicy::Preferred);
    });

    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    expandLines();
    fitColumns(m_tree, header, StrategyTreeModel::NameColumn);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &StrategyBrowser::currentChanged);
    connect(m_aggregate, &AggregateDetail::itemActivated, this, &StrategyBrowser::followReference);
    connect(m_activity, &ActivityDetail::itemActivated, this, &StrategyBrowser::followReference);
    // The page's own refresh first, then its model's (the filter installed last runs first).
    auto* pageRefresh = new PageRefresh(this, [this] { refresh(); });
    pageRefresh->follow(this);
    m_model->pageRefresh()->follow(this);
    connect(m_document, &TrackerDocument::progressChanged, pageRefresh, &PageRefresh::request);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        expandLines();
        currentChanged();
    });

    retranslate();
    restoreState();
    showItem(ItemRef::strategy());
}

StrategyBrowser::~StrategyBrowser()
{
    saveState();
}

void StrategyBrowser::expandLines()
{
    // Lines open by default: the lines and their barrier groups are what people scan first.
    const QModelIndex root = m_model->index(0, 0);
    m_tree->expand(root);
    for (int row = 0; row < m_model->rowCount(root); ++row) {
        m_tree->expand(m_model->index(row, 0, root));
    }
}

void StrategyBrowser::retranslate()
{
    m_empty->setText(tr("Select an item of the strategy to see its progress."));
    m_tree->setAccessibleName(tr("Strategy: lines, barrier groups, objectives and activities"));
}

void StrategyBrowser::restoreState()
{
    QSettings settings;
    const QByteArray splitter = settings.value(splitterKey).toByteArray();
    if (splitter.isEmpty() || !m_splitter->restoreState(splitter)) {
        m_splitter->setSizes({680, 520});
    }
    const QByteArray header = settings.value(headerKey).toByteArray();
    if (!header.isEmpty()) {
        m_tree->header()->restoreState(header);
    }
}

void StrategyBrowser::saveState() const
{
    QSettings settings;
    settings.setValue(splitterKey, m_splitter->saveState());
    settings.setValue(headerKey, m_tree->header()->saveState());
}

ItemRef StrategyBrowser::currentItem() const
{
    return m_model->itemRef(m_tree->currentIndex());
}

void StrategyBrowser::showItem(const ItemRef& ref)
{
    QModelIndex index = m_model->indexOf(ref);
    if (!index.isValid()) {
        return;
    }
    // A shared activity already selected under its second objective stays there.
    if (m_model->itemRef(m_tree->currentIndex()) == ref) {
        index = m_tree->currentIndex().siblingAtColumn(0);
    }
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index, QAbstractItemView::PositionAtCenter);
    currentChanged();
}

void StrategyBrowser::followReference(const ItemRef& ref)
{
    showItem(ref);
    Q_EMIT itemActivated(ref);
}

void StrategyBrowser::currentChanged()
{
    const ItemRef ref = currentItem();
    switch (ref.kind) {
    case ItemRef::Kind::None:
        m_details->setCurrentWidget(m_empty);
        break;
    case ItemRef::Kind::Activity:
        m_activity->setActivity(ref.code);
        m_details->setCurrentWidget(m_activity);
        break;
    default:
        m_aggregate->setItem(ref);
        m_details->setCurrentWidget(m_aggregate);
        break;
    }
}

void StrategyBrowser::refresh()
{
    // Only the visible detail recomputes; the other one refreshes when shown.
    if (m_details->currentWidget() == m_aggregate) {
        m_aggregate->refresh();
    } else if (m_details->currentWidget() == m_activity) {
        m_activity->refresh();
    }
}

void StrategyBrowser::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace pml
