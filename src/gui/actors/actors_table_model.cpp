#include "gui/actors/actors_table_model.h"

#include "gui/document/tracker_document.h"
#include "gui/widgets/schedule_style.h"

#include <QHash>

namespace pml {

ActorsTableModel::ActorsTableModel(TrackerDocument* document, QObject* parent)
    : TableModelBase(parent)
    , m_document(document)
    , m_rows(readRows())
{
    m_pageRefresh = new PageRefresh(this, [this] { refresh(); });
    connect(document, &TrackerDocument::progressChanged, m_pageRefresh, &PageRefresh::request);
}

std::vector<ActorsTableModel::Row> ActorsTableModel::readRows() const
{
    const Snapshot& snapshot = m_document->snapshot();
    const Progress& progress = m_document->progress();
    const QHash<qint64, ActorFigures> figures = actorFigures(snapshot, progress);
    std::vector<Row> rows;
    rows.reserve(std::size_t(snapshot.strategy.actors.size()));
    for (const Actor& actor : snapshot.strategy.actors) {
        const ActorFigures f = figures.value(actor.id);
        rows.push_back(Row{actor, f.leads, f.supports, f.actual});
    }
    return rows;
}

void ActorsTableModel::refresh()
{
    std::vector<Row> rows = readRows();
    bool samePrefix = rows.size() >= m_rows.size();
    for (std::size_t i = 0; samePrefix && i < m_rows.size(); ++i) {
        samePrefix = rows[i].actor.id == m_rows[i].actor.id;
    }
    if (!samePrefix) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    const std::size_t old = m_rows.size();
    if (rows.size() > old) {
        beginInsertRows({}, int(old), int(rows.size()) - 1);
        m_rows = std::move(rows);
        endInsertRows();
    } else {
        m_rows = std::move(rows);
    }
    if (old > 0) {
        Q_EMIT dataChanged(index(0, 0), index(int(old) - 1, ColumnCount - 1));
    }
}

void ActorsTableModel::retranslateData()
{
    if (!m_rows.empty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int ActorsTableModel::rowOfActor(qint64 id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].actor.id == id) {
            return int(i);
        }
    }
    return -1;
}

int ActorsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ActorsTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return row.actor.name;
        case ShortName:
            return row.actor.shortName;
        case Group:
            return actorGroupName(row.actor.group);
        case Leads:
            return row.leads;
        case Supports:
            return row.supports;
        case MeanProgress:
            return formatPercent(row.meanProgress);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case Name:
            return row.actor.name;
        case ShortName:
            return row.actor.shortName;
        case Group:
            return int(row.actor.group);
        case Leads:
            return row.leads;
        case Supports:
            return row.supports;
        case MeanProgress:
            return row.meanProgress.value_or(-1.0);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= Leads) {
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Name) {
            return row.actor.name;
        }
        if (index.column() == Group) {
            return actorGroupName(row.actor.group); // elided in a narrow column
        }
        if (index.column() == MeanProgress) {
            return tr("Weighted mean of the actual progress of the activities it leads or "
                      "supports (cancelled ones left out)");
        }
        return {};
    case IdRole:
        return row.actor.id;
    }
    return {};
}

// The count headers are short, so the institution names keep the width; these say more.
QString ActorsTableModel::columnToolTip(int section) const
{
    switch (section) {
    case Leads:
        return tr("Number of activities for which it is the responsible institution");
    case Supports:
        return tr("Number of activities it supports");
    case MeanProgress:
        return tr("Weighted mean of the actual progress of the activities it leads or "
                  "supports (cancelled ones left out)");
    default:
        return {};
    }
}

QStringList ActorsTableModel::columnTitles() const
{
    return {tr("Institution"), tr("Short name"), tr("Group"),
            tr("Leads"),       tr("Supports"),   tr("Mean progress")};
}

} // namespace pml
