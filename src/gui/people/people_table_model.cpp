#include "gui/people/people_table_model.h"

#include "core/error.h"
#include "gui/document/tracker_document.h"
#include "gui/widgets/date_text.h"

#include <QFont>

namespace pml {
namespace {

// The latest removal of `name` in the audit log; none when the log does not say.
const AuditEntry* latestRemoval(const QList<AuditEntry>& removals, const QString& name)
{
    for (auto it = removals.crbegin(); it != removals.crend(); ++it) {
        if (samePersonName(it->item, name))
            return &*it;
    }
    return nullptr;
}

} // namespace

PeopleTableModel::PeopleTableModel(TrackerDocument* document, QObject* parent)
    : TableModelBase(parent)
    , m_document(document)
{
    connect(document, &TrackerDocument::peopleChanged, this, &PeopleTableModel::refresh);
    connect(document, &TrackerDocument::actingUserChanged, this, &PeopleTableModel::refresh);
    refresh();
}

void PeopleTableModel::refresh()
{
    QList<AuditEntry> removals;
    try {
        removals = m_document->reader().auditLog({{}, {}, QStringLiteral("person.remove"), {}});
    } catch (const Error&) {
        // Unreadable for a moment: the rows still say who is removed, without when.
    }
    beginResetModel();
    m_rows.clear();
    for (const Person& person : m_document->people()) {
        Row row{person, {}, {}};
        const AuditEntry* removal = person.active ? nullptr : latestRemoval(removals, person.name);
        if (removal) {
            row.removedAt = removal->recordedAt;
            row.removedBy = removal->recordedBy;
        }
        m_rows.push_back(row);
    }
    endResetModel();
}

int PeopleTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PeopleTableModel::rowOfPerson(const QString& name) const
{
    for (std::size_t r = 0; r < m_rows.size(); ++r) {
        if (samePersonName(m_rows[r].person.name, name))
            return int(r);
    }
    return -1;
}

QStringList PeopleTableModel::columnTitles() const
{
    return {tr("Name"), tr("Roles"), tr("State")};
}

void PeopleTableModel::retranslateData()
{
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool PeopleTableModel::isActing(const Row& row) const
{
    return samePersonName(row.person.name, m_document->userName());
}

QString PeopleTableModel::stateText(const Row& row) const
{
    if (row.person.active)
        return tr("Active");
    if (row.removedAt.isValid())
        return tr("Removed on %1 by %2").arg(dateTimeText(row.removedAt), row.removedBy);
    return tr("Removed");
}

QVariant PeopleTableModel::displayData(const Row& row, int column) const
{
    switch (column) {
    case Name:
        return isActing(row) ? tr("%1 (you)").arg(row.person.name) : row.person.name;
    case Roles:
        return pml::roleNames(row.person.roles);
    case State:
        return stateText(row);
    default:
        return {};
    }
}

QVariant PeopleTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& r = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(r, index.column());
    case Qt::ToolTipRole:
        if (isActing(r))
            return tr("You act as this person: your changes are recorded under this name.");
        return displayData(r, index.column());
    case Qt::FontRole: {
        if (r.person.active && !isActing(r))
            return {};
        QFont font;
        font.setBold(isActing(r));
        font.setItalic(!r.person.active);
        return font;
    }
    case NameRole:
        return r.person.name;
    case ActiveRole:
        return r.person.active;
    case ActingRole:
        return isActing(r);
    default:
        return {};
    }
}

} // namespace pml
