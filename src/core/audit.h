#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pml {

// One entry of a tracker's audit log: every change, who made it, when, and the values
// before and after (JSON text, empty when there is none). Never changed once recorded.
// Each entry's hash covers its content and the previous entry's hash, so an entry
// edited, removed or moved breaks the chain from there on.
struct AuditEntry {
    qint64 id = 0;
    QDateTime recordedAt; // UTC, millisecond precision
    QString recordedBy;
    QString kind; // a key such as "update.record"; see auditKindName()
    QString item; // what changed: an activity code, "line 2 2026-Q2", a person...
    QString oldValue;
    QString newValue;
    QByteArray hash; // 64 lowercase hex digits
};

// The hash of `entry` following `previousHash` (empty for the first entry).
QByteArray auditHash(const AuditEntry& entry, const QByteArray& previousHash);

// The first entry that breaks the chain, and why (translated); none when it holds.
struct ChainBreak {
    qint64 entry = 0; // the id as stored
    int position = 0; // 1-based position in id order
    QString reason;
};
// Where a part of the chain begins: after the entry with this hash, id and 1-based
// position; the default is the log's start.
struct ChainStart {
    QByteArray previousHash;
    qint64 previousId = 0;
    int position = 0;
};
std::optional<ChainBreak> chainBreak(const QList<AuditEntry>& entriesInIdOrder,
                                     const ChainStart& start = {});

// What a copy of the program remembers of a tracker's chain, to notice a history rolled
// back or rewritten at its end: the tracker's identity (its first entry's hash), how many
// entries it had and the last one's hash.
struct ChainMark {
    QByteArray origin;
    qint64 length = 0;
    QByteArray head;
    QDate seenOn; // when it was remembered
};

// A report's fingerprint is the chain head when it was produced: the full hash in the
// JSON, and its first 16 digits in groups of four on paper ("a3f9 1c07 5b2e 9d40 …").
QString shortFingerprint(const QByteArray& hash);
// Normalises a fingerprint typed or copied by a person: spaces and the ellipsis removed,
// lowercase; none unless 16 to 64 hex digits remain.
std::optional<QByteArray> parseFingerprint(const QString& text);

// The translated name of an audit kind, for the audit view and its CSV.
QString auditKindName(const QString& kind);
QStringList auditKinds();

} // namespace pml
