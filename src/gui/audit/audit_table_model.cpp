#include "gui/audit/audit_table_model.h"

#include "core/audit_text.h"
#include "gui/widgets/date_text.h"

namespace pml {

AuditTableModel::AuditTableModel(QObject* parent)
    : TableModelBase(parent)
{
}

void AuditTableModel::setEntries(const QList<AuditEntry>& entries, const AuditNames& names)
{
    beginResetModel();
    m_entries = entries;
    m_names = names;
    describeEntries();
    endResetModel();
}

int AuditTableModel::rowOfEntry(qint64 id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return row;
    }
    return -1;
}

void AuditTableModel::describeEntries()
{
    m_items.clear();
    m_sentences.clear();
    m_items.reserve(m_entries.size());
    m_sentences.reserve(m_entries.size());
    for (const AuditEntry& e : std::as_const(m_entries)) {
        m_items.append(auditItemText(e, m_names));
        m_sentences.append(auditSentence(e, m_names));
    }
}

void AuditTableModel::retranslateData()
{
    // Kind names, dates, items and sentences follow the language.
    describeEntries();
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry& e = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == ChangeColumn)
        return m_sentences.at(index.row()); // in full, where the column cuts it
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        return dateTimeText(e.recordedAt.toLocalTime());
    case WhoColumn:
        return e.recordedBy;
    case KindColumn:
        return auditKindName(e.kind);
    case ItemColumn:
        return m_items.at(index.row());
    case ChangeColumn:
        return m_sentences.at(index.row());
    default:
        return {};
    }
}

QStringList AuditTableModel::columnTitles() const
{
    return {tr("When"), tr("Who"), tr("Kind"), tr("Item"), tr("Change")};
}

} // namespace pml
