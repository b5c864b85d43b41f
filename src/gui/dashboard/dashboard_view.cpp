#include "gui/dashboard/dashboard_view.h"

#include "gui/dashboard/activity_list_model.h"
#include "gui/dashboard/attention_lists.h"
#include "gui/dashboard/line_progress_chart.h"
#include "gui/dashboard/schedule_distribution.h"
#include "gui/document/tracker_document.h"
#include "gui/widgets/column_sizing.h"
#include "gui/widgets/page_refresh.h"
#include "gui/widgets/schedule_style.h"

#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pml {
namespace {

const QString kSplitterKey = QStringLiteral("dashboard/splitter");
const QString kChartSplitterKey = QStringLiteral("dashboard/chartSplitter");
const QString kLineHeaderKey = QStringLiteral("dashboard/lineHeader");

enum LineColumn { LineNumber, LineName, LineActual, LinePlanned, LineSchedule, LineColumns };

QLabel* valueLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    label->setFont(font);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QTreeView* attentionList(ActivityListModel* model, QWidget* parent)
{
    // A one-column tree rather than a list view: it elides long texts to its width.
    auto* view = new QTreeView(parent);
    view->setModel(model);
    view->setHeaderHidden(true);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true); // long lists stay cheap to lay out
    view->setTextElideMode(Qt::ElideRight);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setIconSize(QSize(16, 16));
    return view;
}

} // namespace

DashboardView::DashboardView(TrackerDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_chart(new LineProgressChart(this))
    , m_lineTable(new QTreeWidget(this))
    , m_distribution(new ScheduleDistribution(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_chartSplitter(new QSplitter(Qt::Horizontal, this))
    , m_late(new ActivityListModel(this))
    , m_neverUpdated(new ActivityListModel(this))
    , m_unassigned(new ActivityListModel(this))
{
    m_lineTable->setColumnCount(LineColumns);
    m_lineTable->setRootIsDecorated(false);
    m_lineTable->setUniformRowHeights(true);
    m_lineTable->setAllColumnsShowFocus(true);
    m_lineTable->header()->setStretchLastSection(false);
    m_lineTable->header()->setSectionResizeMode(LineName, QHeaderView::Stretch);
    keepHeadersReadable(m_lineTable, m_lineTable->header());
    m_lineTable->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_lineTable->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_lineTable);
    sideLayout->addWidget(m_distribution, 1);
    m_chartSplitter->addWidget(m_chart);
    m_chartSplitter->addWidget(side);
    m_chartSplitter->setStretchFactor(0, 3);
    m_chartSplitter->setStretchFactor(1, 2);
    m_splitter->addWidget(m_chartSplitter);
    m_splitter->addWidget(makeLists());
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeTotals());
    layout->addWidget(m_splitter, 1);

    QSettings settings;
    if (!m_splitter->restoreState(settings.value(kSplitterKey).toByteArray())) {
        m_splitter->setSizes({460, 260});
    }
    if (!m_chartSplitter->restoreState(settings.value(kChartSplitterKey).toByteArray())) {
        m_chartSplitter->setSizes({560, 640});
    }
    m_lineTable->header()->restoreState(settings.value(kLineHeaderKey).toByteArray());

    connect(m_chart, &LineProgressChart::lineClicked, this,
            [this](int line) { Q_EMIT itemActivated(ItemRef::line(line)); });
    connect(m_lineTable, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        Q_EMIT itemActivated(ItemRef::line(item->data(LineNumber, Qt::UserRole).toInt()));
    });
    connect(m_distribution, &ScheduleDistribution::scheduleClicked, this,
            &DashboardView::scheduleActivated);
    connect(m_showStrategy, &QPushButton::clicked, this,
            [this] { Q_EMIT itemActivated(ItemRef::strategy()); });
    for (QTreeView* list : {m_lateList, m_neverList, m_unassignedList}) {
        connect(list, &QTreeView::activated, this, [this](const QModelIndex& index) {
            Q_EMIT itemActivated(
                ItemRef::activity(index.data(ActivityListModel::CodeRole).toString()));
        });
    }
    auto* pageRefresh = new PageRefresh(this, [this] { refresh(); });
    pageRefresh->follow(this);
    connect(document, &TrackerDocument::progressChanged, pageRefresh, &PageRefresh::request);

    retranslate();
}

DashboardView::~DashboardView()
{
    QSettings settings;
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kChartSplitterKey, m_chartSplitter->saveState());
    settings.setValue(kLineHeaderKey, m_lineTable->header()->saveState());
}

QWidget* DashboardView::makeTotals()
{
    auto* frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    m_title = new QLabel(frame);
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_title->setFont(font);
    m_title->setWordWrap(true);
    m_actualCaption = new QLabel(frame);
    m_actualValue = valueLabel(frame);
    m_plannedCaption = new QLabel(frame);
    m_plannedValue = valueLabel(frame);
    m_scheduleCaption = new QLabel(frame);
    m_scheduleIcon = new QLabel(frame);
    m_scheduleText = valueLabel(frame);
    m_asOf = new QLabel(frame);
    m_showStrategy = new QPushButton(frame);

    auto* grid = new QGridLayout(frame);
    grid->addWidget(m_title, 0, 0, 1, 5);
    grid->addWidget(m_asOf, 1, 0, 1, 4);
    grid->addWidget(m_actualCaption, 2, 0);
    grid->addWidget(m_plannedCaption, 2, 1);
    grid->addWidget(m_scheduleCaption, 2, 2);
    grid->addWidget(m_actualValue, 3, 0);
    grid->addWidget(m_plannedValue, 3, 1);
    auto* schedule = new QHBoxLayout;
    schedule->addWidget(m_scheduleIcon);
    schedule->addWidget(m_scheduleText);
    schedule->addStretch();
    grid->addLayout(schedule, 3, 2);
    grid->addWidget(m_showStrategy, 3, 4, Qt::AlignRight | Qt::AlignBottom);
    grid->setColumnStretch(3, 1);
    return frame;
}

QWidget* DashboardView::makeLists()
{
    auto* widget = new QWidget(this);
    auto* layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    const std::tuple<QGroupBox**, QTreeView**, ActivityListModel*> lists[] = {
        {&m_lateBox, &m_lateList, m_late},
        {&m_neverBox, &m_neverList, m_neverUpdated},
        {&m_unassignedBox, &m_unassignedList, m_unassigned},
    };
    for (const auto& [box, list, model] : lists) {
        *box = new QGroupBox(widget);
        *list = attentionList(model, *box);
        auto* boxLayout = new QVBoxLayout(*box);
        boxLayout->addWidget(*list);
        layout->addWidget(*box);
    }
    return widget;
}

void DashboardView::retranslate()
{
    m_actualCaption->setText(tr("Actual progress"));
    m_plannedCaption->setText(tr("Planned progress"));
    m_scheduleCaption->setText(tr("Schedule"));
    m_showStrategy->setText(tr("Show &strategy details"));
    m_lineTable->setHeaderLabels(
        {tr("Line"), tr("Line of action"), tr("Actual"), tr("Planned"), tr("Schedule")});
    m_lineTable->setAccessibleName(tr("Progress by line of action"));
    m_lateList->setAccessibleName(tr("Late activities"));
    m_neverList->setAccessibleName(tr("Activities never updated"));
    m_unassignedList->setAccessibleName(tr("Activities with no responsible institution"));
    m_lateBox->setToolTip(tr("Activities behind their plan by more than the late threshold, "
                             "or past their planned end; largest gap first"));
    m_neverBox->setToolTip(tr("Activities with no status update in force at this date"));
    m_unassignedBox->setToolTip(tr("Open activities (neither completed nor cancelled) with "
                                   "no lead institution"));
    refresh();
}

void DashboardView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void DashboardView::refresh()
{
    const Snapshot& snapshot = m_document->snapshot();
    const Progress& progress = m_document->progress();
    const Figures& total = progress.strategy;
    m_title->setText(snapshot.strategy.title);
    m_asOf->setText(
        tr("As of %1 · %n activities", nullptr, int(snapshot.strategy.activities.size()))
            .arg(QLocale().toString(progress.asOf, QLocale::LongFormat)));
    m_actualValue->setText(formatPercent(total.actual));
    m_plannedValue->setText(formatPercent(total.planned));
    m_scheduleIcon->setPixmap(schedulePixmap(total.schedule, 24, devicePixelRatioF()));
    m_scheduleText->setText(scheduleLabel(total.schedule));
    m_scheduleIcon->setAccessibleName(scheduleLabel(total.schedule));
    m_chart->setFigures(snapshot.strategy, progress);
    fillLineTable();
    m_distribution->setProgress(progress);
    fillLists();
}

void DashboardView::fillLineTable()
{
    const Snapshot& snapshot = m_document->snapshot();
    const Progress& progress = m_document->progress();
    const QString current =
        m_lineTable->currentItem() ? m_lineTable->currentItem()->text(LineNumber) : QString();
    m_lineTable->clear();
    for (const Line& line : snapshot.strategy.lines) {
        const Figures figures = progress.lines.value(line.number);
        auto* item = new QTreeWidgetItem(m_lineTable);
        item->setText(LineNumber, QString::number(line.number));
        item->setData(LineNumber, Qt::UserRole, line.number);
        item->setText(LineName, line.name);
        item->setToolTip(LineName, line.name);
        item->setText(LineActual, formatPercent(figures.actual));
        item->setText(LinePlanned, formatPercent(figures.planned));
        item->setIcon(LineSchedule, scheduleIcon(figures.schedule));
        item->setText(LineSchedule, scheduleLabel(figures.schedule));
        for (int c : {LineNumber, LineActual, LinePlanned}) {
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        }
        if (item->text(LineNumber) == current) {
            m_lineTable->setCurrentItem(item);
        }
    }
    for (int c : {LineNumber, LineActual, LinePlanned, LineSchedule}) {
        m_lineTable->resizeColumnToContents(c);
    }
    // As tall as its rows, so the distribution below gets the rest.
    const int rows = m_lineTable->topLevelItemCount();
    const int rowHeight = rows > 0 ? m_lineTable->sizeHintForRow(0) : 0;
    m_lineTable->setMaximumHeight(m_lineTable->header()->sizeHint().height() + rows * rowHeight +
                                  2 * m_lineTable->frameWidth() + 4);
}

void DashboardView::fillLists()
{
    AttentionLists lists = attentionLists(m_document->snapshot(), m_document->progress());
    m_late->setEntries(std::move(lists.late));
    m_neverUpdated->setEntries(std::move(lists.neverUpdated));
    m_unassigned->setEntries(std::move(lists.unassigned));
    updateListTitles();
}

void DashboardView::updateListTitles()
{
    const QLocale locale;
    m_lateBox->setTitle(tr("Late activities (%1)").arg(locale.toString(m_late->rowCount())));
    m_neverBox->setTitle(tr("Never updated (%1)").arg(locale.toString(m_neverUpdated->rowCount())));
    m_unassignedBox->setTitle(
        tr("No responsible institution (%1)").arg(locale.toString(m_unassigned->rowCount())));
}

} // namespace pml
