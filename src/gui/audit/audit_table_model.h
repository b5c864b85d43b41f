#pragma once

#include "core/audit.h"
#include "core/audit_values.h"
#include "gui/widgets/table_model_base.h"

namespace pml {

// The audit log's entries for the audit view, in the order given (the view puts the
// newest first): when, who, kind, the item as people name it ("line 2, Q2 2026") and
// the entry as a sentence (core's auditSentence()).
class AuditTableModel : public TableModelBase {
    Q_OBJECT
public:
    enum Column { WhenColumn, WhoColumn, KindColumn, ItemColumn, ChangeColumn, ColumnCount };

    explicit AuditTableModel(QObject* parent = nullptr);

    // `names` names the actors the entries refer to by number.
    void setEntries(const QList<AuditEntry>& entries, const AuditNames& names = {});
    const QList<AuditEntry>& entries() const { return m_entries; }
    const AuditNames& names() const { return m_names; }
    // The row of the entry with this id; -1 when it is not shown.
    int rowOfEntry(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QStringList columnTitles() const override;
    void retranslateData() override;
    void describeEntries();

    QList<AuditEntry> m_entries;
    AuditNames m_names;
    // Each entry's item and sentence: parsing JSON on every paint is slow.
    QStringList m_items;
    QStringList m_sentences;
};

} // namespace pml
