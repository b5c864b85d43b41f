#pragma once

#include "sql_support.h"
#include "sqlite_persistence.h"
#include "store_rules.h"
#include "tracker_store.h"

#include <functional>
#include <memory>

namespace pml {

// The SQLite implementation of TrackerStore. One instance owns one connection and is
// used from one thread; stores in other threads open their own.
class SqliteTrackerStore final : public TrackerStore {
public:
    // Opens a file already known to be an up-to-date tracker (see openTracker()).
    SqliteTrackerStore(const QString& file, OpenMode mode);
    ~SqliteTrackerStore() override;

    QString location() const override;
    bool isReadOnly() const override;
    std::unique_ptr<ReadTransaction> beginRead() override;

    Snapshot loadSnapshotAt(const QList<QDate>& dates, Detail detail = Detail::Full) override;
    QList<StatusUpdate> updatesInForce(const QDate& date,
                                       const QStringList& activities = {}) override;
    QList<StatusUpdate> updatesEffectiveBetween(const QDate& from, const QDate& to) override;
    Snapshot loadSnapshot(bool withText = true) override;
    Snapshot loadActivityContext(const QString& activity) override;
    Settings settings() override;
    QList<StatusUpdate> history(const QString& activity = {}) override;
    QList<WithdrawalEvent> withdrawals(qint64 update = 0) override;
    ActivityHistory activityHistory(const QString& activity) override;
    TrackerContent exportContent() override;

    QList<StatusUpdate> recordUpdates(const QList<UpdateRequest>& requests,
                                      const QDate& today) override;
    using TrackerStore::setWithdrawn;
    QList<WithdrawalEvent> setWithdrawn(const QList<qint64>& updates, bool withdrawn,
                                        const QString& recordedBy) override;
    ActivityChange changeActivity(const QString& activity, const std::optional<Planning>& planning,
                                  const std::optional<Responsibility>& responsibility) override;
    Settings setSettings(const Settings& settings) override;
    qint64 addActor(const QString& name, const QString& shortName, ActorGroup group) override;
    Actor updateActor(const Actor& actor) override;

    void setActingUser(const QString& name) override;
    QString actingUser() const override;
    QList<Person> people() override;
    void addPerson(const QString& name, const QList<Role>& roles) override;
    void removePerson(const QString& name) override;

    ReviewTransition review(const ReviewRequest& request, const QDate& today) override;
    QList<ReviewTransition> reviewTransitions(const Quarter& quarter, int line = 0) override;
    QList<ReviewTransition> allReviewTransitions() override;
    std::optional<FrozenLine> frozenLine(const Quarter& quarter, int line) override;

    Evidence addEvidence(const EvidenceRequest& request) override;
    void withdrawEvidence(qint64 evidence, const QString& reason) override;
    QList<Evidence> evidenceFor(const QList<qint64>& updates,
                                const std::optional<Quarter>& quarter = {}, int line = 0) override;
    QList<Evidence> evidenceOfPeriod(const QDate& from, const QDate& to,
                                     const Quarter& quarter) override;
    Evidence evidence(qint64 id) override;
    QByteArray evidenceContent(qint64 id) override;

    QList<AuditEntry> auditLog(const AuditFilter& filter = {}) override;
    QByteArray auditHead() override;
    std::optional<QString> fingerprintProblem(const QByteArray& fingerprint) override;

    qint64 externalChangeCounter() override;
    QStringList check() override;
    void backupTo(const QString& file) override;

private:
    QSqlDatabase db() const;
    Snapshot readSnapshotAt(const QList<QDate>& dates, Detail detail);
    QList<StatusUpdate> readUpdatesEffectiveBetween(const QDate& from, const QDate& to);
    // check()'s audit part: the chain, and every audited table against it.
    void checkAudit(QStringList& problems);
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
    SqlitePersistence m_persistence;
    // Roles, the read-only state, the approved-quarter lock and people (no SQL).
    StoreRules m_rules;
};

// createTracker() with a step run just before the commit (tests use it to make the
// creation fail late and check that nothing is left behind).
std::unique_ptr<TrackerStore>
createTrackerFile(const QString& file, const TrackerContent& content,
                  const std::function<void(const QSqlDatabase&)>& beforeCommit);

} // namespace pml
