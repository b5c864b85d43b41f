#pragma once

#include "core/enums.h"
#include "gui/document/item_ref.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QTreeView;
class QPushButton;
class QSplitter;
class QTreeWidget;

namespace pml {

class ActivityListModel;
class LineProgressChart;
class ScheduleDistribution;
class TrackerDocument;

// The strategy at a glance, as of the document's date: totals, actual vs planned per
// line, the distribution by schedule status and the activities needing attention.
class DashboardView : public QWidget {
    Q_OBJECT
public:
    explicit DashboardView(TrackerDocument* document, QWidget* parent = nullptr);
    ~DashboardView() override;

    LineProgressChart* lineChart() const { return m_chart; }
    QTreeWidget* lineTable() const { return m_lineTable; }
    ScheduleDistribution* distribution() const { return m_distribution; }
    ActivityListModel* lateActivities() const { return m_late; }
    ActivityListModel* neverUpdated() const { return m_neverUpdated; }
    ActivityListModel* withoutResponsible() const { return m_unassigned; }
    QTreeView* lateList() const { return m_lateList; }
    QLabel* actualValue() const { return m_actualValue; }
    QLabel* plannedValue() const { return m_plannedValue; }
    QLabel* scheduleValue() const { return m_scheduleText; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void itemActivated(const pml::ItemRef& item);
    // The user asked for the activities with this schedule status (distribution).
    void scheduleActivated(pml::Schedule schedule);

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* makeTotals();
    QWidget* makeLists();
    void retranslate();
    void fillLineTable();
    void fillLists();
    void updateListTitles();

    TrackerDocument* m_document;
    QLabel* m_title;
    QLabel* m_actualCaption;
    QLabel* m_actualValue;
    QLabel* m_plannedCaption;
    QLabel* m_plannedValue;
    QLabel* m_scheduleCaption;
    QLabel* m_scheduleIcon;
    QLabel* m_scheduleText;
    QLabel* m_asOf;
    QPushButton* m_showStrategy;
    LineProgressChart* m_chart;
    QTreeWidget* m_lineTable;
    ScheduleDistribution* m_distribution;
    QSplitter* m_splitter;
    QSplitter* m_chartSplitter;
    ActivityListModel* m_late;
    ActivityListModel* m_neverUpdated;
    ActivityListModel* m_unassigned;
    QGroupBox* m_lateBox;
    QGroupBox* m_neverBox;
    QGroupBox* m_unassignedBox;
    QTreeView* m_lateList;
    QTreeView* m_neverList;
    QTreeView* m_unassignedList;
};

} // namespace pml
