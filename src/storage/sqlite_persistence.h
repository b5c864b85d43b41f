#pragma once

#include "persistence.h"
#include "sql_support.h"

#include <memory>

namespace pml {

// Persistence in a tracker file through SQL: the only place that knows the tables. The
// SQL is portable; what differs goes through the connection's SqlDialect (SQLite so far).
// One instance owns one connection and is used from one thread.
class SqlitePersistence final : public Persistence {
public:
    // Opens a file already known to be an up-to-date tracker (see openTracker()).
    SqlitePersistence(const QString& file, OpenMode mode);
    ~SqlitePersistence() override;

    TrackerLocation location() const override;
    qint64 storedBytes() override;
    std::unique_ptr<ReadTransaction> beginRead() override;
    Snapshot loadSnapshotAt(const QList<QDate>& dates, TrackerStore::Detail detail) override;
    QList<StatusUpdate> updatesInForce(const QDate& date, const QStringList& activities) override;
    QList<StatusUpdate> updatesEffectiveBetween(const QDate& from, const QDate& to,
                                                const QStringList& activities) override;
    Snapshot loadSnapshot(bool withText) override;
    Snapshot loadActivityContext(const QString& activity) override;
    Settings settings() override;
    QList<StatusUpdate> history(const QString& activity) override;
    QList<WithdrawalEvent> withdrawals(qint64 update) override;
    ActivityHistory activityHistory(const QString& activity) override;
    TrackerContent exportContent() override;
    QList<ReviewTransition> reviewTransitions(const Quarter& quarter, int line) override;
    QList<ReviewTransition> allReviewTransitions() override;
    QList<Evidence> evidenceFor(const QList<qint64>& updates, const std::optional<Quarter>& quarter,
                                int line) override;
    QList<Evidence> evidenceOfPeriod(const QDate& from, const QDate& to,
                                     const Quarter& quarter) override;
    Evidence evidence(qint64 id) override;
    QByteArray evidenceContent(qint64 id) override;
    QList<AuditEntry> auditEntries() override;
    QStringList structureProblems() override;

    std::unique_ptr<Transaction> begin(Access access) override;
    QList<Person> people() override;
    void writePerson(const Person& person, bool exists) override;
    int lineOfActivity(const QString& activity) override;
    bool lineExists(int line) override;
    std::optional<ReviewState> latestReviewState(const Quarter& quarter, int line) override;
    std::optional<UpdateTarget> updateTarget(qint64 update) override;
    QString auditedState(const QString& category, const QString& item) override;
    void appendAudit(const QString& by, const QString& kind, const QString& item,
                     const QString& before, const QString& after) override;
    QByteArray auditHead() override;
    qint64 externalChangeCounter() override;
    void copyTo(const QString& target) override;
    QStringList integrityProblems() override;
    QList<ReviewTransition> transitionsOf(const Quarter& quarter, int line) override;
    qint64 insertTransition(const ReviewTransition& transition) override;
    void insertFrozen(qint64 transition, const FrozenRecord& record) override;
    std::optional<FrozenRecord> frozenRecord(qint64 transition) override;
    Snapshot snapshotAt(const QList<QDate>& dates) override;
    QList<Evidence> evidenceOfLineQuarter(const Quarter& quarter, int line) override;
    QList<Evidence> evidenceOfUpdate(qint64 update) override;
    std::optional<Evidence> evidenceWithId(qint64 id) override;
    bool activityExists(const QString& code) override;
    int percentInForce(const QString& activity, const QDate& date) override;
    qint64 insertUpdate(const StatusUpdate& update) override;
    Planning planningOf(const QString& activity) override;
    std::optional<Horizon> horizonOf(const QString& activity) override;
    void writePlanning(const QString& activity, const Planning& planning) override;
    QList<Assignment> assignmentsOf(const QString& activity) override;
    void writeResponsibility(const QString& activity,
                             const Responsibility& responsibility) override;
    void writeSettings(const Settings& settings) override;
    QList<Actor> actors() override;
    std::optional<Actor> actor(qint64 id) override;
    qint64 insertActor(const Actor& actor) override;
    void updateActor(const Actor& actor) override;
    bool isWithdrawn(qint64 update) override;
    qint64 insertWithdrawal(const WithdrawalEvent& event) override;
    qint64 insertEvidence(const Evidence& evidence, const QByteArray& content) override;
    qint64 insertEvidenceWithdrawal(qint64 evidence, const QString& reason, const QDateTime& at,
                                    const QString& by) override;
    QByteArray structureDigest() override;
    QByteArray documentDigest() override;
    QList<AuditEntry> auditEntriesAfter(qint64 skip) override;
    std::optional<AuditEntry> auditEntryAt(qint64 position) override;
    qint64 auditEntryCount() override;
    QStringList schemaProblems() override;
    QStringList auditedTables() override;
    QJsonObject tableDigest(const QString& table, qint64 lastId) override;
    QMap<qint64, QString> rowTexts(const QString& table) override;
    QMap<QString, QString> stateValues(const QString& category) override;
    QList<StoredContent> frozenContents() override;
    QList<StoredContent> evidenceFiles() override;
    void appendAuditOfRecords(const QString& by, const QString& kind, const QString& item,
                              const QList<QPair<Record, qint64>>& records,
                              const QDateTime& at) override;

private:
    QSqlDatabase db() const { return m_connection->database(); }
    // Rows selected by an SQL condition.
    QList<ReviewTransition> readTransitions(const QString& where, const QVariantList& values);
    QList<Evidence> readEvidence(const QString& where, const QVariantList& values,
                                 const QString& order = QStringLiteral("e.id"));
    Snapshot readSnapshotAt(const QList<QDate>& dates, TrackerStore::Detail detail);
    QList<StatusUpdate> readUpdatesEffectiveBetween(const QDate& from, const QDate& to,
                                                    const QStringList& activities = {});
    // Reads the parts of the snapshot; the caller holds a read transaction.
    // `positions`, when given, receives each activity's stored position, in order.
    // `only`, when given, reads that one activity (the rest of the structure in full).
    Strategy readStrategy(bool withText = true, QList<qint64>* positions = nullptr,
                          const QString& only = {});
    void readActivities(Strategy& strategy, bool withText, QList<qint64>* positions,
                        const QString& only);
    Settings readSettings();
    QList<Assignment> readAssignments(const QString& only = {});
    QList<StatusUpdate> readUpdates(const QString& activity, bool withText);
    QList<StatusUpdate> readUpdatesInForce(const QDate& date, const QStringList& activities,
                                           bool withText = true);
    // Every activity's update in force, in the strategy's order, sharing its codes.
    QList<StatusUpdate> readUpdatesInForce(const QDate& date, const Strategy& strategy,
                                           const QList<qint64>& positions, bool withText);
    // The events of one update (update > 0), of one activity's updates, or all of them.
    QList<WithdrawalEvent> readWithdrawals(qint64 update, const QString& activity = {});

    std::unique_ptr<sql::Connection> m_connection;
};

} // namespace pml
