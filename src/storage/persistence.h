#pragma once

#include "core/audit.h"
#include "core/evidence.h"
#include "core/review.h"
#include "core/snapshot.h"
#include "tracker_store.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace pml {

// What the store every backend shares (RulesStore) needs of a backend, in core types:
// no SQL crosses this interface, so a PostgreSQL backend implements it beside SQLite.
//
// Promises:
// - Every call runs inside the transaction the caller began (begin()), or, for a read
//   with none open, in its own; what a write transaction reads includes its own writes.
// - A write transaction holds the write lock from its start, so the checks made in it
//   still hold at its commit; it is rolled back unless committed.
// - Rows are returned in recording order (ascending id) unless said otherwise.
// - Failures throw pml::Error with a message for the user, never the driver's text.
class Persistence {
public:
    virtual ~Persistence() = default;

    class Transaction {
    public:
        virtual ~Transaction() = default; // rolls back unless committed
        virtual void commit() = 0;
    };
    enum class Access { Read, Write };
    // Begun while another is open, it joins that one (its commit is the outer one's);
    // a write cannot join a read and is refused.
    [[nodiscard]] virtual std::unique_ptr<Transaction> begin(Access access) = 0;

    // The reads behind TrackerStore's (see there), without checks: each runs in its own
    // read transaction unless one is open.
    virtual TrackerLocation location() const = 0;
    virtual qint64 storedBytes() = 0;
    [[nodiscard]] virtual std::unique_ptr<ReadTransaction> beginRead() = 0;
    virtual Snapshot loadSnapshotAt(const QList<QDate>& dates, TrackerStore::Detail detail) = 0;
    virtual QList<StatusUpdate> updatesInForce(const QDate& date,
                                               const QStringList& activities) = 0;
    virtual QList<StatusUpdate> updatesEffectiveBetween(const QDate& from, const QDate& to,
                                                        const QStringList& activities) = 0;
    virtual Snapshot loadSnapshot(bool withText) = 0;
    virtual Snapshot loadActivityContext(const QString& activity) = 0;
    virtual Settings settings() = 0;
    virtual QList<StatusUpdate> history(const QString& activity) = 0;
    virtual QList<WithdrawalEvent> withdrawals(qint64 update) = 0;
    virtual ActivityHistory activityHistory(const QString& activity) = 0;
    virtual TrackerContent exportContent() = 0;
    virtual QList<ReviewTransition> reviewTransitions(const Quarter& quarter, int line) = 0;
    virtual QList<ReviewTransition> allReviewTransitions() = 0;
    virtual QList<Evidence> evidenceFor(const QList<qint64>& updates,
                                        const std::optional<Quarter>& quarter, int line) = 0;
    virtual QList<Evidence> evidenceOfPeriod(const QDate& from, const QDate& to,
                                             const Quarter& quarter) = 0;
    virtual Evidence evidence(qint64 id) = 0;
    virtual QByteArray evidenceContent(qint64 id) = 0;
    // The whole audit log, in order; the entries after the first `skip`; the entry at a
    // 1-based position; how many there are.
    virtual QList<AuditEntry> auditEntries() = 0;
    virtual QList<AuditEntry> auditEntriesAfter(qint64 skip) = 0;
    virtual std::optional<AuditEntry> auditEntryAt(qint64 position) = 0;
    virtual qint64 auditEntryCount() = 0;
    // Tables, columns, indexes and append-only safeguards that differ from the program's.
    virtual QStringList schemaProblems() = 0;
    // The schema version, the tables' consistency and the stored settings' values, each
    // problem a sentence; empty when sound.
    virtual QStringList structureProblems() = 0;

    // The people table, by name.
    virtual QList<Person> people() = 0;
    virtual void writePerson(const Person& person, bool exists) = 0;

    // The line an activity belongs to (through its barrier group); 0 when unknown.
    virtual int lineOfActivity(const QString& activity) = 0;
    virtual bool lineExists(int line) = 0;
    // The state the latest transition of a line's quarter led to; none before the first.
    virtual std::optional<ReviewState> latestReviewState(const Quarter& quarter, int line) = 0;
    // The activity and effective date of an update; none for an unknown id.
    struct UpdateTarget {
        QString activity;
        QDate effectiveDate;
    };
    virtual std::optional<UpdateTarget> updateTarget(qint64 update) = 0;

    // The audit log's form of one changeable item (a category of
    // sql::stateCategories(), e.g. "people" by name); empty when it does not exist.
    virtual QString auditedState(const QString& category, const QString& item) = 0;
    // Appends an entry chained to the latest one (inside the caller's write transaction).
    virtual void appendAudit(const QString& by, const QString& kind, const QString& item,
                             const QString& before, const QString& after) = 0;
    // The hash of the latest audit entry.
    virtual QByteArray auditHead() = 0;

    // Changes when another connection commits, not for this one's own commits.
    virtual qint64 externalChangeCounter() = 0;
    // A consistent copy of the live data into `target`, missing or empty.
    virtual void copyTo(const QString& target) = 0;
    // Damage and broken references, as sentences; empty when clean.
    virtual QStringList integrityProblems() = 0;

    // The review cycle. Transitions of a line's quarter, in recording order.
    virtual QList<ReviewTransition> transitionsOf(const Quarter& quarter, int line) = 0;
    // Stores a transition (its id is ignored) and returns its id.
    virtual qint64 insertTransition(const ReviewTransition& transition) = 0;
    // What approval froze of a line's quarter, kept with the approving transition.
    struct FrozenRecord {
        QString content;
        QByteArray sha256; // hex, of the content's UTF-8
    };
    virtual void insertFrozen(qint64 transition, const FrozenRecord& record) = 0;
    virtual std::optional<FrozenRecord> frozenRecord(qint64 transition) = 0;

    // Reads a freezing needs (besides updatesEffectiveBetween()): engine input with the
    // updates in force at `dates` (full text), and evidence (withdrawn
    // included, by id).
    virtual Snapshot snapshotAt(const QList<QDate>& dates) = 0;
    virtual QList<Evidence> evidenceOfLineQuarter(const Quarter& quarter, int line) = 0;
    virtual QList<Evidence> evidenceOfUpdate(qint64 update) = 0;
    virtual std::optional<Evidence> evidenceWithId(qint64 id) = 0;

    // Updates: whether an activity exists, the percent of the update in force for it at
    // `date` (0 without one; this transaction's rows included) and a new update (its id
    // is ignored) whose id is returned.
    virtual bool activityExists(const QString& code) = 0;
    virtual int percentInForce(const QString& activity, const QDate& date) = 0;
    virtual qint64 insertUpdate(const StatusUpdate& update) = 0;
    // An activity's planning, horizon and assignments; writing its planning, and its
    // responsibility (replacing its assignments: the lead, then each supporting actor).
    virtual Planning planningOf(const QString& activity) = 0;
    virtual std::optional<Horizon> horizonOf(const QString& activity) = 0;
    virtual void writePlanning(const QString& activity, const Planning& planning) = 0;
    virtual QList<Assignment> assignmentsOf(const QString& activity) = 0;
    virtual void writeResponsibility(const QString& activity,
                                     const Responsibility& responsibility) = 0;
    virtual void writeSettings(const Settings& settings) = 0;
    // Actors, by id; a new one gets the next id, which is returned.
    virtual QList<Actor> actors() = 0;
    virtual std::optional<Actor> actor(qint64 id) = 0;
    virtual qint64 insertActor(const Actor& actor) = 0;
    virtual void updateActor(const Actor& actor) = 0;

    // Withdrawals: whether an update is withdrawn now (its latest event), and a new event
    // (its id is ignored) whose id is returned.
    virtual bool isWithdrawn(qint64 update) = 0;
    virtual qint64 insertWithdrawal(const WithdrawalEvent& event) = 0;
    // Evidence: a new row (its id and withdrawal are ignored) with a file's content (empty
    // for a link), and a withdrawal of one; each returns the new id.
    virtual qint64 insertEvidence(const Evidence& evidence, const QByteArray& content) = 0;
    virtual qint64 insertEvidenceWithdrawal(qint64 evidence, const QString& reason,
                                            const QDateTime& at, const QString& by) = 0;

    // What the check of the audit log compares with it: the digest of the structure that
    // never changes, the append-only tables (by name, as audit entries name them) with
    // their rows' canonical text by id and a digest of those up to `lastId`, the state of
    // each changeable category by item, and the stored contents kept with a SHA-256
    // (frozen lines by transition, evidence files by evidence; a missing file is empty).
    virtual QByteArray structureDigest() = 0;
    virtual QByteArray documentDigest() = 0; // the document's title, introduction, reference
    virtual QStringList auditedTables() = 0;
    virtual QJsonObject tableDigest(const QString& table, qint64 lastId) = 0;
    virtual QMap<qint64, QString> rowTexts(const QString& table) = 0;
    virtual QMap<QString, QString> stateValues(const QString& category) = 0;
    struct StoredContent {
        qint64 id = 0;
        QByteArray content;
        QByteArray sha256; // hex, as recorded
    };
    virtual QList<StoredContent> frozenContents() = 0;
    virtual QList<StoredContent> evidenceFiles() = 0;

    // The kinds of stored record an audit entry can point at.
    enum class Record { Update, Withdrawal, Transition, FrozenLine, Evidence, EvidenceWithdrawal };
    // Appends an entry recording the records just stored (chained like appendAudit()).
    virtual void appendAuditOfRecords(const QString& by, const QString& kind, const QString& item,
                                      const QList<QPair<Record, qint64>>& records,
                                      const QDateTime& at) = 0;
};

} // namespace pml
