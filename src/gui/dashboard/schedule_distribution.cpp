#include "gui/dashboard/schedule_distribution.h"

#include "core/progress.h"
#include "gui/widgets/schedule_style.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QListWidget>
#include <QLocale>
#include <QValueAxis>

#include <numeric>

namespace pml {
namespace {

const char* const kScheduleProperty = "schedule";
constexpr int kLabelPadding = 6; // pixels between a count and its bar's ends

} // namespace

ScheduleDistribution::ScheduleDistribution(QWidget* parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
    , m_legend(new QListWidget(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->chart()->legend()->hide(); // the list beside it is the legend, with counts
    m_view->chart()->setAnimationOptions(QChart::NoAnimation);
    m_view->chart()->setMargins(QMargins(0, 0, 0, 0));
    m_view->chart()->setLocalizeNumbers(true);
    m_view->setMinimumHeight(90);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setCursor(Qt::PointingHandCursor);
    m_legend->setIconSize(QSize(16, 16));
    m_legend->setFrameShape(QFrame::NoFrame);
    m_legend->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_legend->setMaximumWidth(240);
    m_legend->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_legend);
    // The labels that fit their bar depend on the bar's width in pixels.
    connect(m_view->chart(), &QChart::plotAreaChanged, this, &ScheduleDistribution::fitLabels);
    connect(m_legend, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT scheduleClicked(Schedule(item->data(Qt::UserRole).toInt()));
    });
    rebuild();
}

void ScheduleDistribution::setProgress(const Progress& progress)
{
    m_counts.fill(0);
    for (const ActivityProgress& activity : progress.activities) {
        ++m_counts[std::size_t(activity.schedule)];
    }
    rebuild();
}

void ScheduleDistribution::rebuild()
{
    QChart* chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    m_legend->clear();
    int total = 0;
    for (int count : m_counts) {
        total += count;
    }
    auto* series = new QHorizontalStackedBarSeries;
    QStringList description;
    for (Schedule s : allSchedules()) { // worst first
        const int count = m_counts[std::size_t(s)];
        const QString label = scheduleLabel(s);
        auto* item = new QListWidgetItem(
            scheduleIcon(s), tr("%1: %2").arg(label, QLocale().toString(count)), m_legend);
        item->setData(Qt::UserRole, int(s));
        item->setToolTip(tr("Show the activities with this schedule status"));
        if (count == 0) {
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            continue;
        }
        description << tr("%1: %2").arg(label).arg(count);
        auto* set = new QBarSet(label);
        *set << count;
        set->setColor(scheduleColor(s));
        set->setBorderColor(scheduleColor(s).darker(130));
        set->setLabelColor(scheduleContrastColor(s));
        set->setProperty(kScheduleProperty, int(s));
        series->append(set);
        connect(set, &QBarSet::clicked, this, [this, s](int) { Q_EMIT scheduleClicked(s); });
    }
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setBarWidth(0.9);
    chart->addSeries(series);
    auto* axis = new QBarCategoryAxis;
    axis->append(tr("Activities"));
    axis->setVisible(false);
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    auto* values = new QValueAxis;
    values->setRange(0, qMax(1, total));
    values->setVisible(false);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    chart->setTitle(tr("Activities by schedule status (%1)").arg(QLocale().toString(total)));
    m_view->setAccessibleName(tr("Activities by schedule status"));
    m_view->setAccessibleDescription(description.join(QStringLiteral(", ")));
    m_legend->setAccessibleName(tr("Activities by schedule status"));
    m_series = series;
    fitLabels();
}

void ScheduleDistribution::fitLabels()
{
    if (!m_series)
        return;
    const int total = std::accumulate(m_counts.cbegin(), m_counts.cend(), 0);
    const qreal width = m_view->chart()->plotArea().width();
    for (QBarSet* set : m_series->barSets()) {
        // A count wider than its bar would run into its neighbour's ("1" and "1" read
        // "11"): it shows in the legend beside the bar instead.
        const int count = int(set->at(0));
        const int textWidth =
            QFontMetrics(set->labelFont()).horizontalAdvance(QLocale().toString(count));
        const qreal barWidth = total > 0 ? width * count / total : 0;
        const auto schedule = Schedule(set->property(kScheduleProperty).toInt());
        set->setLabelColor(textWidth + kLabelPadding <= barWidth ? scheduleContrastColor(schedule)
                                                                 : QColor(Qt::transparent));
    }
}

} // namespace pml
