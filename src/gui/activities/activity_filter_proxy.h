#pragma once

#include "core/enums.h"

#include <QDate>
#include <QSortFilterProxyModel>
#include <QString>

#include <optional>

namespace pml {

class ActivitiesTableModel;
struct ActivityRow;

// What the activities table is narrowed to. Empty fields do not filter.
struct ActivityFilter {
    QString text; // matched against code and text, ignoring case and accents
    int line = 0;
    int objective = 0;
    std::optional<Horizon> horizon;
    std::optional<Status> status;
    std::optional<Schedule> schedule;
    std::optional<qint64> actor; // lead or support
    // Core's awaitsUpdate(): open, due and not updated since this date (the reminder's rule).
    QDate notUpdatedSince;

    bool isEmpty() const { return *this == ActivityFilter{}; }
    bool operator==(const ActivityFilter&) const = default;
};

// Filters and sorts ActivitiesTableModel reading its rows directly (no QVariant per
// row), so a 50,000-row table re-filters in a few milliseconds. Each change of the
// filter re-evaluates the rows once; figure refreshes re-filter and re-sort once.
class ActivityFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ActivityFilterProxy(ActivitiesTableModel* model, QObject* parent = nullptr);

    const ActivityFilter& filter() const { return m_filter; }
    void setFilter(const ActivityFilter& filter);
    void clearFilters() { setFilter({}); }

    void setTextFilter(const QString& text);
    void setLineFilter(int line);
    void setObjectiveFilter(int objective);
    void setHorizonFilter(std::optional<Horizon> horizon);
    void setStatusFilter(std::optional<Status> status);
    void setScheduleFilter(std::optional<Schedule> schedule);
    void setActorFilter(std::optional<qint64> actor);
    void setNotUpdatedSince(const QDate& date);

    bool accepts(const ActivityRow& row) const;
    ActivitiesTableModel* tableModel() const { return m_model; }

Q_SIGNALS:
    void filterChanged(const pml::ActivityFilter& filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    ActivitiesTableModel* m_model;
    ActivityFilter m_filter;
    QString m_foldedText;
};

} // namespace pml

Q_DECLARE_METATYPE(pml::ActivityFilter)
