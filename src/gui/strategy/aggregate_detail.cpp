#include "gui/strategy/aggregate_detail.h"

#include "core/error.h"
#include "gui/document/tracker_document.h"
#include "gui/strategy/explanation_view.h"
#include "gui/strategy/figures_panel.h"
#include "gui/strategy/strategy_tree_model.h"
#include "gui/widgets/column_sizing.h"
#include "gui/widgets/progress_delegate.h"
#include "gui/widgets/schedule_style.h"
#include "gui/widgets/section_title.h"
#include "gui/widgets/vertical_scroll_area.h"

#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <array>

namespace pml {
namespace {

enum ChildColumn { ChildCode, ChildName, ChildProgress, ChildPlanned, ChildSchedule, ChildColumns };

std::optional<Target> targetOf(const ItemRef& ref)
{
    switch (ref.kind) {
    case ItemRef::Kind::Strategy:
        return Target::strategy();
    case ItemRef::Kind::Line:
        return Target::line(ref.number);
    case ItemRef::Kind::BarrierGroup:
        return Target::barrierGroup(ref.code);
    case ItemRef::Kind::Objective:
        return Target::objective(ref.number);
    default:
        return std::nullopt;
    }
}

} // namespace

AggregateDetail::AggregateDetail(TrackerDocument* document, StrategyTreeModel* model,
                                 QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(model)
{
    auto* content = new QWidget;
    m_title = new QLabel(content);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_text = new QLabel(content);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_figures = new FiguresPanel(content);

    m_statusTitle = sectionTitle(content);
    m_scheduleTitle = sectionTitle(content);
    m_statusGrid = new QGridLayout;
    m_scheduleGrid = new QGridLayout;
    for (QGridLayout* grid : {m_statusGrid, m_scheduleGrid}) {
        grid->setHorizontalSpacing(10);
        grid->setVerticalSpacing(3);
        grid->setColumnStretch(3, 1);
    }
    auto* counts = new QGridLayout;
    counts->setHorizontalSpacing(40);
    counts->addWidget(m_statusTitle, 0, 0);
    counts->addWidget(m_scheduleTitle, 0, 1);
    counts->addLayout(m_statusGrid, 1, 0, Qt::AlignTop);
    counts->addLayout(m_scheduleGrid, 1, 1, Qt::AlignTop);
    counts->setColumnStretch(2, 1);

    m_childrenTitle = sectionTitle(content);
    m_children = new QTableWidget(content);
    m_children->setObjectName(QStringLiteral("childrenTable"));
    m_children->setColumnCount(ChildColumns);
    m_children->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_children->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_children->setSelectionMode(QAbstractItemView::SingleSelection);
    m_children->setWordWrap(false);
    m_children->verticalHeader()->hide();
    m_children->setItemDelegateForColumn(ChildProgress, new ProgressDelegate(m_children));
    QHeaderView* header = m_children->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ChildName, QHeaderView::Stretch);
    header->setSectionResizeMode(ChildProgress, QHeaderView::Fixed);
    header->resizeSection(ChildProgress, 110); // the table fits beside the tree on a laptop
    keepHeadersReadable(m_children, header);
    connect(m_children, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* item) {
        const QTableWidgetItem* first = m_children->item(item->row(), 0);
        Q_EMIT itemActivated(first->data(StrategyTreeModel::ItemRefRole).value<ItemRef>());
    });

    m_explanation = new ExplanationView(content);

    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addSpacing(6);
    layout->addWidget(m_figures);
    layout->addSpacing(10);
    layout->addLayout(counts);
    layout->addSpacing(10);
    layout->addWidget(m_childrenTitle);
    layout->addWidget(m_children);
    layout->addWidget(m_explanation);
    layout->addStretch(1);

    auto* scroll = new VerticalScrollArea(content, this);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    retranslate();
}

void AggregateDetail::setItem(const ItemRef& ref)
{
    m_ref = ref;
    refresh();
}

void AggregateDetail::refresh()
{
    if (!m_ref.isValid()) {
        return;
    }
    m_title->setText(StrategyTreeModel::codeText(m_ref));
    m_text->setText(m_model->nameText(m_ref));
    m_figures->setFigures(m_model->figures(m_ref), m_document->asOf());
    fillCounts();
    fillChildren();
    fillExplanation();
}

void AggregateDetail::fillCounts()
{
    const Snapshot& snapshot = m_document->snapshot();
    const Progress& progress = m_document->progress();
    QHash<QString, int> lineOfGroup;
    for (const BarrierGroup& g : snapshot.strategy.barrierGroups) {
        lineOfGroup.insert(g.code, g.line);
    }
    QHash<int, int> byStatus;
    QHash<int, int> bySchedule;
    for (const Activity& a : snapshot.strategy.activities) {
        bool inside = false;
        switch (m_ref.kind) {
        case ItemRef::Kind::Strategy:
            inside = true;
            break;
        case ItemRef::Kind::Line:
            inside = lineOfGroup.value(a.barrierGroup) == m_ref.number;
            break;
        case ItemRef::Kind::BarrierGroup:
            inside = a.barrierGroup == m_ref.code;
            break;
        case ItemRef::Kind::Objective:
            inside = a.objectives.contains(m_ref.number);
            break;
        default:
            break;
        }
        const auto it = progress.activities.constFind(a.code);
        if (inside && it != progress.activities.constEnd()) {
            ++byStatus[int(it->status)];
            ++bySchedule[int(it->schedule)];
        }
    }

    auto clear = [](QGridLayout* grid) {
        while (QLayoutItem* item = grid->takeAt(0)) {
            delete item->widget();
            delete item;
        }
    };
    clear(m_statusGrid);
    clear(m_scheduleGrid);
    auto addRow = [](QGridLayout* grid, int row, const QPixmap& icon, const QString& label,
                     int count) {
        auto* iconLabel = new QLabel;
        iconLabel->setPixmap(icon);
        auto* text = new QLabel(label);
        auto* number = new QLabel(QLocale().toString(count));
        number->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (count == 0) {
            text->setForegroundRole(QPalette::PlaceholderText);
            number->setForegroundRole(QPalette::PlaceholderText);
        }
        grid->addWidget(iconLabel, row, 0);
        grid->addWidget(text, row, 1);
        grid->addWidget(number, row, 2);
    };
    int row = 0;
    for (Status s : allStatuses()) {
        addRow(m_statusGrid, row++, QPixmap(), statusName(s), byStatus.value(int(s)));
    }
    row = 0;
    for (Schedule s : allSchedules()) {
        addRow(m_scheduleGrid, row++, schedulePixmap(s, 16, devicePixelRatioF()), scheduleLabel(s),
               bySchedule.value(int(s)));
    }
}

void AggregateDetail::fillChildren()
{
    const QModelIndex parent = m_model->indexOf(m_ref);
    const int rows = m_model->rowCount(parent);
    m_children->setRowCount(rows);
    for (int row = 0; row < rows; ++row) {
        const ItemRef ref = m_model->itemRef(m_model->index(row, 0, parent));
        const Figures f = m_model->figures(ref);
        auto* code = new QTableWidgetItem(StrategyTreeModel::codeText(ref));
        code->setData(StrategyTreeModel::ItemRefRole, QVariant::fromValue(ref));
        auto* name = new QTableWidgetItem(m_model->nameText(ref));
        name->setToolTip(name->text());
        auto* actual = new QTableWidgetItem(formatPercent(f.actual));
        actual->setData(StrategyTreeModel::ActualRole, f.actual ? QVariant(*f.actual) : QVariant());
        actual->setData(StrategyTreeModel::PlannedRole,
                        f.planned ? QVariant(*f.planned) : QVariant());
        actual->setData(StrategyTreeModel::ScheduleRole, int(f.schedule));
        auto* planned = new QTableWidgetItem(formatPercent(f.planned));
        planned->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* schedule = new QTableWidgetItem(scheduleIcon(f.schedule), scheduleLabel(f.schedule));
        m_children->setItem(row, ChildCode, code);
        m_children->setItem(row, ChildName, name);
        m_children->setItem(row, ChildProgress, actual);
        m_children->setItem(row, ChildPlanned, planned);
        m_children->setItem(row, ChildSchedule, schedule);
    }
    fitTableHeight(m_children);
}

void AggregateDetail::fillExplanation()
{
    const std::optional<Target> target = targetOf(m_ref);
    if (!target) {
        return;
    }
    try {
        m_explanation->setExplanation(
            explain(m_document->snapshot(), m_document->progress(), *target),
            m_document->snapshot().settings);
    } catch (const Error& e) {
        m_explanation->setError(e.message());
    }
}

void AggregateDetail::retranslate()
{
    m_statusTitle->setText(tr("Activities by status"));
    m_scheduleTitle->setText(tr("Activities by schedule"));
    m_childrenTitle->setText(tr("Contents (double-click to open)"));
    m_children->setHorizontalHeaderLabels(
        {tr("Code"), tr("Name"), tr("Actual"), tr("Planned"), tr("Schedule")});
    m_children->setAccessibleName(tr("Contents of this item with their figures"));
    refresh();
}

void AggregateDetail::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace pml
