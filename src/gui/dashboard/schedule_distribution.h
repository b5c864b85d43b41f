#pragma once

#include "core/enums.h"

#include <QWidget>

#include <array>

class QChartView;
class QHorizontalStackedBarSeries;
class QListWidget;

namespace pml {

struct Progress;

// How many activities stand in each schedule status: one stacked horizontal bar plus
// a legend list with icons, labels and counts (colour is never the only signal).
class ScheduleDistribution : public QWidget {
    Q_OBJECT
public:
    using Counts = std::array<int, 7>; // indexed by int(Schedule)

    explicit ScheduleDistribution(QWidget* parent = nullptr);

    void setProgress(const Progress& progress);
    const Counts& counts() const { return m_counts; }
    QListWidget* legend() const { return m_legend; }

Q_SIGNALS:
    void scheduleClicked(pml::Schedule schedule);

private:
    void rebuild();
    // Shows the counts that fit inside their bars.
    void fitLabels();

    QChartView* m_view;
    QListWidget* m_legend;
    QHorizontalStackedBarSeries* m_series = nullptr; // the chart's, rebuilt with it
    Counts m_counts{};
};

} // namespace pml
