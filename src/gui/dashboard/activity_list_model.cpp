#include "gui/dashboard/activity_list_model.h"

#include "gui/widgets/schedule_style.h"

namespace pml {

ActivityListModel::ActivityListModel(QObject* parent)
    : QAbstractListModel(parent)
{
    m_icons.resize(std::size_t(allSchedules().size()));
    for (Schedule s : allSchedules()) {
        m_icons[std::size_t(s)] = scheduleIcon(s);
    }
}

void ActivityListModel::setEntries(std::vector<Entry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

QStringList ActivityListModel::codes() const
{
    QStringList list;
    list.reserve(qsizetype(m_entries.size()));
    for (const Entry& e : m_entries) {
        list << e.code;
    }
    return list;
}

int ActivityListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ActivityListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Entry& e = m_entries[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return e.code + QStringLiteral(" — ") + e.text;
    case Qt::ToolTipRole:
        return tr("%1\nStatus: %2, actual %3, planned %4 (%5)")
            .arg(e.text, statusName(e.status), formatPercent(double(e.percent)),
                 formatPercent(e.planned), scheduleLabel(e.schedule));
    case Qt::DecorationRole:
        return m_icons[std::size_t(e.schedule)];
    case CodeRole:
        return e.code;
    }
    return {};
}

} // namespace pml
