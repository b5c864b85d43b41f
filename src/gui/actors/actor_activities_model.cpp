#include "gui/actors/actor_activities_model.h"

#include "gui/document/tracker_document.h"

#include <QHash>

#include <algorithm>
#include <optional>

namespace pml {

ActorActivitiesModel::ActorActivitiesModel(TrackerDocument* document, QObject* parent)
    : TableModelBase(parent)
    , m_document(document)
{
    m_pageRefresh = new PageRefresh(this, [this] { reload(); });
    connect(document, &TrackerDocument::progressChanged, m_pageRefresh, &PageRefresh::request);
}

void ActorActivitiesModel::setActor(qint64 actor)
{
    if (actor != m_actor) {
        m_actor = actor;
        reload();
    }
}

void ActorActivitiesModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_actor != 0) {
        const Snapshot& snapshot = m_document->snapshot();
        const Progress& progress = m_document->progress();
        QHash<QString, ActorRole> roles;
        for (const Assignment& a : snapshot.assignments) {
            if (a.actor == m_actor) {
                roles.insert(a.activity, a.role);
            }
        }
        const QList<Activity>& activities = snapshot.strategy.activities;
        for (qsizetype i = 0; i < activities.size() && !roles.isEmpty(); ++i) {
            const auto it = roles.constFind(activities[i].code);
            if (it == roles.constEnd()) {
                continue;
            }
            Row row;
            row.role = *it;
            row.order = int(i);
            row.code = activities[i].code;
            row.text = activities[i].text;
            const auto figures = progress.activities.constFind(row.code);
            if (figures != progress.activities.constEnd()) {
                row.setFigures(*figures);
            }
            m_rows.push_back(row);
        }
        // Led activities first, then in the strategy's order.
        std::sort(m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) {
            return std::pair(int(a.role), a.order) < std::pair(int(b.role), b.order);
        });
    }
    endResetModel();
}

void ActorActivitiesModel::retranslateData()
{
    m_figureCells.retranslate();
    if (!m_rows.empty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int ActorActivitiesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ActorActivitiesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows[std::size_t(index.row())];
    if (std::optional<QVariant> cell =
            m_figureCells.cell<ActorActivitiesModel>(row, index.column(), role)) {
        return *cell;
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Role:
            return actorRoleName(row.role);
        case Code:
            return row.code;
        case Text:
            return row.text;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == Text ? row.text : QVariant();
    case SortRole:
        switch (index.column()) {
        case Role:
            return int(row.role);
        case Code:
            return row.order;
        case Text:
            return row.text;
        }
        return {};
    case CodeRole:
        return row.code;
    }
    return {};
}

QStringList ActorActivitiesModel::columnTitles() const
{
    return {tr("Role"),   tr("Code"),    tr("Activity"), tr("Status"),
            tr("Actual"), tr("Planned"), tr("Schedule")};
}

} // namespace pml
