#pragma once

#include "core/audit.h"
#include "gui/widgets/table_model_base.h"

namespace pml {

// The audit log's entries for the audit view, in the order given (the view puts the
// newest first): when, who, kind, item and what changed.
class AuditTableModel : public TableModelBase {
    Q_OBJECT
public:
    enum Column { WhenColumn, WhoColumn, KindColumn, ItemColumn, ChangeColumn, ColumnCount };

    explicit AuditTableModel(QObject* parent = nullptr);

    void setEntries(const QList<AuditEntry>& entries);
    const QList<AuditEntry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // The change in one line: the fields added ("new: activity: 2.C1; percent: 60"), or
    // removed, or of a change only those changed ("weight: 1 → 2"); the tooltip has the
    // values in full.
    static QString changeText(const AuditEntry& entry, int length = 240);

private:
    QStringList columnTitles() const override;
    void retranslateData() override;
    void describeChanges();

    QList<AuditEntry> m_entries;
    QStringList m_changes; // changeText() of each entry: parsing JSON on every paint is slow
};

} // namespace pml
