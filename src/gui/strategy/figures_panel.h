#pragma once

#include "core/progress.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace pml {

// Sizes a table to show all its rows up to `maxRows` (then it scrolls), so tables in
// a scrolling detail pane do not leave a second scroll bar for a handful of rows.
void fitTableHeight(QTableWidget* table, int maxRows = 12);

// A progress bar widget drawn like the tree's delegate (actual bar, planned marker).
class ProgressBarWidget : public QWidget {
    Q_OBJECT
public:
    explicit ProgressBarWidget(QWidget* parent = nullptr);
    void setFigures(const Figures& figures);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    Figures m_figures;
};

// The big figures of an item: actual, planned, schedule marker and label, and a bar.
class FiguresPanel : public QWidget {
    Q_OBJECT
public:
    explicit FiguresPanel(QWidget* parent = nullptr);
    void setFigures(const Figures& figures, const QDate& asOf);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Figures m_figures;
    QDate m_asOf;
    QLabel* m_actualCaption;
    QLabel* m_actual;
    QLabel* m_plannedCaption;
    QLabel* m_planned;
    QLabel* m_scheduleCaption;
    QLabel* m_scheduleIcon;
    QLabel* m_schedule;
    ProgressBarWidget* m_bar;
    QLabel* m_asOfLabel;
};

} // namespace pml
