#include "gui/strategy/explanation_view.h"

#include "gui/strategy/figures_panel.h"
#include "gui/widgets/column_sizing.h"
#include "gui/widgets/schedule_style.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace pml {
namespace {

QString basisName(ExplanationItem::Kind kind, int count)
{
    switch (kind) {
    case ExplanationItem::Kind::Activity:
        return ExplanationView::tr("%n activities", nullptr, count);
    case ExplanationItem::Kind::Objective:
        return ExplanationView::tr("%n objectives", nullptr, count);
    case ExplanationItem::Kind::Line:
        return ExplanationView::tr("%n lines of action", nullptr, count);
    }
    return {};
}

QString exclusionText(Exclusion exclusion)
{
    switch (exclusion) {
    case Exclusion::None:
        return {};
    case Exclusion::Cancelled:
        return ExplanationView::tr("Excluded: cancelled");
    case Exclusion::NoData:
        return ExplanationView::tr("Excluded: no data");
    }
    return {};
}

} // namespace

ExplanationView::ExplanationView(QWidget* parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
    , m_body(new QWidget(this))
    , m_summary(new QLabel(m_body))
    , m_table(new QTableWidget(m_body))
    , m_formulas(new QLabel(m_body))
{
    m_toggle->setObjectName(QStringLiteral("explainButton"));
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setAutoRaise(true);
    QFont bold = m_toggle->font();
    bold.setBold(true);
    m_toggle->setFont(bold);

    m_summary->setWordWrap(true);
    m_formulas->setWordWrap(true);
    m_formulas->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_formulas->setTextFormat(Qt::RichText);
    m_table->setObjectName(QStringLiteral("explanationTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    keepHeadersReadable(m_table, m_table->horizontalHeader());

    auto* bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(18, 0, 0, 0);
    bodyLayout->addWidget(m_summary);
    bodyLayout->addWidget(m_table);
    bodyLayout->addWidget(m_formulas);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toggle);
    layout->addWidget(m_body);
    m_body->hide();

    connect(m_toggle, &QToolButton::toggled, this, &ExplanationView::setExpanded);
    retranslate();
}

bool ExplanationView::isExpanded() const
{
    return m_toggle->isChecked();
}

void ExplanationView::setExpanded(bool expanded)
{
    m_toggle->setChecked(expanded);
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_body->setVisible(expanded);
}

void ExplanationView::retranslate()
{
    m_toggle->setText(tr("How is this calculated?"));
    m_table->setHorizontalHeaderLabels(
        {tr("Item"), tr("Description"), tr("Weight"), tr("Actual"), tr("Planned"), tr("Counted")});
    m_table->setAccessibleName(tr("Items of the calculation"));
    fill();
}

void ExplanationView::setExplanation(const Explanation& explanation, const Settings& settings)
{
    m_explanation = explanation;
    m_settings = settings;
    m_error.clear();
    fill();
}

void ExplanationView::setError(const QString& message)
{
    m_explanation = Explanation{};
    m_error = message;
    fill();
}

void ExplanationView::fill()
{
    if (!m_error.isEmpty()) {
        m_summary->setText(m_error);
        m_table->setRowCount(0);
        m_formulas->clear();
        return;
    }
    const Explanation& e = m_explanation;
    int counted = 0;
    for (const ExplanationItem& item : e.items) {
        counted += item.exclusion == Exclusion::None ? 1 : 0;
    }
    m_summary->setText(tr("Roll-up mode: %1. This figure combines %2; %3 counted.")
                           .arg(rollupModeName(e.mode), basisName(e.basis, int(e.items.size())))
                           .arg(counted));

    const QLocale locale;
    m_table->setRowCount(int(e.items.size()));
    for (int row = 0; row < e.items.size(); ++row) {
        const ExplanationItem& item = e.items[row];
        const bool excluded = item.exclusion != Exclusion::None;
        const QString cells[ColumnCount] = {
            item.key,
            item.label,
            locale.toString(item.weight, 'g', 4),
            formatPercent(item.actual),
            formatPercent(item.planned),
            excluded ? exclusionText(item.exclusion) : tr("Yes"),
        };
        for (int c = 0; c < ColumnCount; ++c) {
            auto* cell = new QTableWidgetItem(cells[c]);
            if (c == WeightColumn || c == ActualColumn || c == PlannedColumn) {
                cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            if (c == LabelColumn) {
                cell->setToolTip(item.label);
            }
            if (excluded) {
                cell->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
                QFont font = cell->font();
                font.setItalic(true);
                cell->setFont(font);
            }
            m_table->setItem(row, c, cell);
        }
    }
    fitTableHeight(m_table, 15);
    QString schedule = scheduleLabel(e.figures.schedule).toHtmlEscaped();
    if (const auto gap = e.figures.gap()) {
        schedule +=
            QStringLiteral(" — ") +
            tr("planned − actual = %1 points; at risk above %2, late above %3")
                .arg(locale.toString(*gap, 'f', 1), locale.toString(m_settings.atRiskGap, 'g', 4),
                     locale.toString(m_settings.lateGap, 'g', 4))
                .toHtmlEscaped();
    }
    m_formulas->setText(
        tr("<b>Actual</b> = %1<br><b>Planned</b> = %2<br><b>Schedule</b>: %3")
            .arg(e.actualFormula.toHtmlEscaped(), e.plannedFormula.toHtmlEscaped(), schedule));
}

void ExplanationView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace pml
