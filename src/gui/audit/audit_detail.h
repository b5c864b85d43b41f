#pragma once

#include "core/audit.h"
#include "core/audit_values.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTableWidget;

namespace pml {

// The entry before another in the log's chain: its id and hash.
struct ChainLink {
    qint64 id = 0;
    QByteArray hash;
};

// The audit page's detail of one entry: its sentence, its values before and after as a
// table (field | before | after), and, for those who check the chain, the entry's hash
// and the previous entry's, selectable, in a fixed-width font.
class AuditDetail : public QWidget {
    Q_OBJECT
public:
    explicit AuditDetail(QWidget* parent = nullptr);

    // `previous` is none for the log's first entry.
    void showEntry(const AuditEntry& entry, const AuditNames& names,
                   const std::optional<ChainLink>& previous);
    void clear();

    QLabel* sentenceLabel() const { return m_sentence; }
    QTableWidget* fieldsTable() const { return m_fields; }
    QLabel* hashLabel() const { return m_hashes; }

Q_SIGNALS:
    // The previous entry's link was followed.
    void previousRequested(qint64 id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillFields(const QList<AuditField>& fields);

    QLabel* m_sentence;
    QTableWidget* m_fields;
    QLabel* m_hashes;
    std::optional<AuditEntry> m_entry;
    AuditNames m_names;
    std::optional<ChainLink> m_previous;
};

} // namespace pml
