#pragma once

#include <QChartView>
#include <QList>

class QBarSet;
class QBarSeries;

namespace pml {

struct Progress;
struct Strategy;

// Actual vs planned progress per line of action, as grouped bars (0–100 %).
// Clicking a line's bars emits lineClicked(number).
class LineProgressChart : public QChartView {
    Q_OBJECT
public:
    explicit LineProgressChart(QWidget* parent = nullptr);

    void setFigures(const Strategy& strategy, const Progress& progress);
    const QBarSet* actualSet() const { return m_actual; }
    const QBarSet* plannedSet() const { return m_planned; }
    const QList<int>& lineNumbers() const { return m_lines; }

Q_SIGNALS:
    void lineClicked(int line);

private:
    QBarSet* m_actual = nullptr;
    QBarSet* m_planned = nullptr;
    QList<int> m_lines;
};

} // namespace pml
