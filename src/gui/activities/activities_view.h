#pragma once

#include "core/history.h"
#include "gui/activities/activity_filter_proxy.h"
#include "gui/document/item_ref.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace pml {

class ActivitiesTableModel;
class FilterBar;
class TrackerDocument;

// Every activity in one sortable, filterable table; several selected activities can
// receive one status update together.
class ActivitiesView : public QWidget {
    Q_OBJECT
public:
    explicit ActivitiesView(TrackerDocument* document, QWidget* parent = nullptr);
    ~ActivitiesView() override;

    // Programmatic filters (dashboard, tests); the filter bar follows.
    void setFilter(const ActivityFilter& filter);
    ActivityFilter filter() const;
    void setTextFilter(const QString& text);
    void setLineFilter(int line);
    void setObjectiveFilter(int objective);
    void setHorizonFilter(std::optional<Horizon> horizon);
    void setStatusFilter(std::optional<Status> status);
    void setScheduleFilter(std::optional<Schedule> schedule);
    void setActorFilter(std::optional<qint64> actor);
    void setNotUpdatedSince(const QDate& date);
    void clearFilters();

    // Codes of the selected activities, in table order.
    QStringList selectedCodes() const;
    // Records `requests` (one per selected activity) as one undoable edit.
    void recordForSelection(const QList<UpdateRequest>& requests);

    ActivitiesTableModel* tableModel() const { return m_model; }
    ActivityFilterProxy* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    FilterBar* filterBar() const { return m_filterBar; }

public Q_SLOTS:
    void updateSelected(); // opens the bulk update dialog

Q_SIGNALS:
    void itemActivated(const pml::ItemRef& item);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateActions();
    void updateCounts();

    TrackerDocument* m_document;
    ActivitiesTableModel* m_model;
    ActivityFilterProxy* m_proxy;
    FilterBar* m_filterBar;
    QTableView* m_table;
    QLabel* m_selectionLabel;
    QPushButton* m_updateButton;
    QPushButton* m_showButton;
};

} // namespace pml
