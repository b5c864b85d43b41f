#include "gui/activities/activity_filter_proxy.h"

#include "core/reminders.h"
#include "gui/activities/activities_table_model.h"

namespace pml {

ActivityFilterProxy::ActivityFilterProxy(ActivitiesTableModel* model, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_model(model)
{
    // Re-sorting and re-filtering happen once per refresh (below), not row by row
    // on each dataChanged(), which would be quadratic on large trackers.
    setDynamicSortFilter(false);
    setSortRole(ActivitiesTableModel::SortRole);
    setSourceModel(model);
    connect(model, &ActivitiesTableModel::figuresRefreshed, this, [this] { invalidate(); });
}

void ActivityFilterProxy::setFilter(const ActivityFilter& filter)
{
    if (filter == m_filter) {
        return;
    }
    m_filter = filter;
    m_foldedText = foldForSearch(filter.text.trimmed());
    invalidateFilter();
    Q_EMIT filterChanged(m_filter);
}

void ActivityFilterProxy::setTextFilter(const QString& text)
{
    ActivityFilter f = m_filter;
    f.text = text;
    setFilter(f);
}

void ActivityFilterProxy::setLineFilter(int line)
{
    ActivityFilter f = m_filter;
    f.line = line;
    setFilter(f);
}

void ActivityFilterProxy::setObjectiveFilter(int objective)
{
    ActivityFilter f = m_filter;
    f.objective = objective;
    setFilter(f);
}

void ActivityFilterProxy::setHorizonFilter(std::optional<Horizon> horizon)
{
    ActivityFilter f = m_filter;
    f.horizon = horizon;
    setFilter(f);
}

void ActivityFilterProxy::setStatusFilter(std::optional<Status> status)
{
    ActivityFilter f = m_filter;
    f.status = status;
    setFilter(f);
}

void ActivityFilterProxy::setScheduleFilter(std::optional<Schedule> schedule)
{
    ActivityFilter f = m_filter;
    f.schedule = schedule;
    setFilter(f);
}

void ActivityFilterProxy::setActorFilter(std::optional<qint64> actor)
{
    ActivityFilter f = m_filter;
    f.actor = actor;
    setFilter(f);
}

void ActivityFilterProxy::setNotUpdatedSince(const QDate& date)
{
    ActivityFilter f = m_filter;
    f.notUpdatedSince = date;
    setFilter(f);
}

bool ActivityFilterProxy::accepts(const ActivityRow& row) const
{
    const ActivityFilter& f = m_filter;
    if (f.line != 0 && row.line != f.line) {
        return false;
    }
    if (f.objective != 0 && !row.objectives.contains(f.objective)) {
        return false;
    }
    if (f.horizon && row.horizon != *f.horizon) {
        return false;
    }
    if (f.status && row.status != *f.status) {
        return false;
    }
    if (f.schedule && row.schedule != *f.schedule) {
        return false;
    }
    if (f.actor && !row.hasActor(*f.actor)) {
        return false;
    }
    if (f.notUpdatedSince.isValid() && !awaitsUpdate(row.status, row.plannedStart, row.lastUpdate,
                                                     f.notUpdatedSince, m_model->figuresAsOf())) {
        return false;
    }
    if (!m_foldedText.isEmpty() && !row.searchText.contains(m_foldedText) &&
        !row.code.contains(m_foldedText, Qt::CaseInsensitive)) {
        return false;
    }
    return true;
}

bool ActivityFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid()) {
        return false;
    }
    return accepts(m_model->row(sourceRow));
}

bool ActivityFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const int l = left.row();
    const int r = right.row();
    const ActivityRow& a = m_model->row(l);
    const ActivityRow& b = m_model->row(r);
    switch (left.column()) {
    case ActivitiesTableModel::Code:
        return l < r;
    case ActivitiesTableModel::Line:
        return a.line < b.line;
    case ActivitiesTableModel::Objectives:
        return a.objectives.value(0) < b.objectives.value(0);
    case ActivitiesTableModel::HorizonColumn:
        return a.horizon < b.horizon;
    case ActivitiesTableModel::Text:
        return a.searchText < b.searchText;
    case ActivitiesTableModel::StatusColumn:
        return a.status < b.status;
    case ActivitiesTableModel::Actual:
        return a.percent < b.percent;
    case ActivitiesTableModel::Planned:
        return a.planned < b.planned;
    case ActivitiesTableModel::Gap:
        return a.gap.value_or(-1000.0) < b.gap.value_or(-1000.0);
    case ActivitiesTableModel::ScheduleColumn:
        return a.schedule < b.schedule;
    case ActivitiesTableModel::Lead:
        return QString::compare(a.leadName, b.leadName, Qt::CaseInsensitive) < 0;
    case ActivitiesTableModel::Support:
        return QString::compare(a.supportNames, b.supportNames, Qt::CaseInsensitive) < 0;
    case ActivitiesTableModel::LastUpdate:
        return a.lastUpdate < b.lastUpdate;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace pml
