#include "gui/dashboard/line_progress_chart.h"

#include "core/progress.h"
#include "gui/widgets/schedule_style.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace pml {
namespace {
// Bars carry the figure rounded as the tables show it, so the labels match them.
double oneDecimal(double value)
{
    return std::round(value * 10) / 10;
}
} // namespace

LineProgressChart::LineProgressChart(QWidget* parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->setLocalizeNumbers(true); // "72,5 %" in Spanish
    setFocusPolicy(Qt::NoFocus);       // the line table beside it is the keyboard route
}

void LineProgressChart::setFigures(const Strategy& strategy, const Progress& progress)
{
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    m_lines.clear();
    m_actual = new QBarSet(tr("Actual"));
    m_planned = new QBarSet(tr("Planned"));
    m_actual->setColor(QColor(0x00, 0x5a, 0x9c));
    m_actual->setBorderColor(QColor(0x00, 0x3d, 0x6b));
    m_planned->setColor(QColor(0xb8, 0xc4, 0xd0));
    m_planned->setBorderColor(QColor(0x6f, 0x7d, 0x8c));
    m_planned->setLabelColor(QColor(0x21, 0x21, 0x21));
    m_actual->setLabelColor(QColor(0x21, 0x21, 0x21));
    QStringList categories;
    QStringList names;
    QList<Figures> lineFigures;
    for (const Line& line : strategy.lines) {
        const Figures figures = progress.lines.value(line.number);
        m_lines << line.number;
        // Null figures (no data) draw no bar; the table beside the chart says "—".
        *m_actual << oneDecimal(figures.actual.value_or(0));
        *m_planned << oneDecimal(figures.planned.value_or(0));
        categories << tr("Line %1").arg(line.number);
        names << line.name;
        lineFigures << figures;
    }
    auto* series = new QBarSeries;
    series->append(m_actual);
    series->append(m_planned);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value %"));
    c->addSeries(series);

    auto* xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    auto* yAxis = new QValueAxis;
    yAxis->setRange(0, 100);
    yAxis->setTickCount(6);
    // Localized numbers accept only a plain specifier ("%d" and a literal "%" show
    // nothing in Qt 6.4): the unit goes in the axis title.
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    yAxis->setTitleText(QStringLiteral("%"));
    c->addAxis(xAxis, Qt::AlignBottom);
    c->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
    c->setTitle(tr("Progress by line of action"));

    connect(series, &QBarSeries::clicked, this, [this](int index, QBarSet*) {
        if (index >= 0 && index < m_lines.size()) {
            Q_EMIT lineClicked(m_lines[index]);
        }
    });
    connect(series, &QBarSeries::hovered, this,
            [this, names, lineFigures](bool on, int index, QBarSet*) {
                if (!on || index < 0 || index >= m_lines.size()) {
                    QToolTip::hideText();
                    return;
                }
                const Figures& f = lineFigures[index];
                QToolTip::showText(QCursor::pos(),
                                   tr("Line %1: %2\nActual %3, planned %4 — %5")
                                       .arg(m_lines[index])
                                       .arg(names.value(index), formatPercent(f.actual),
                                            formatPercent(f.planned), scheduleLabel(f.schedule)),
                                   this);
            });
    setCursor(Qt::PointingHandCursor);

    QStringList summary;
    for (int i = 0; i < m_lines.size(); ++i) {
        const Figures& f = lineFigures[i];
        summary << tr("Line %1: actual %2, planned %3")
                       .arg(m_lines[i])
                       .arg(formatPercent(f.actual), formatPercent(f.planned));
    }
    setAccessibleName(tr("Progress by line of action"));
    setAccessibleDescription(summary.join(QStringLiteral("; ")));
}

} // namespace pml
