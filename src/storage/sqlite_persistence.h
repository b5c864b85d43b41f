#pragma once

#include "persistence.h"
#include "sql_support.h"

#include <functional>

namespace pml {

// Persistence over an SQL connection (the SQLite tracker file; the SQL is portable and
// the differences go through the connection's SqlDialect).
class SqlitePersistence final : public Persistence {
public:
    // The structure and history readers still kept by the store.
    struct Reads {
        std::function<Snapshot(const QList<QDate>&)> snapshotAt;
        std::function<QList<StatusUpdate>(const QDate&, const QDate&)> updatesEffectiveBetween;
        std::function<Settings()> settings;
        std::function<QList<Assignment>(const QString&)> assignmentsOf;
    };
    SqlitePersistence(const sql::Connection& connection, Reads reads);

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
    QList<StatusUpdate> updatesEffectiveBetween(const QDate& from, const QDate& to) override;
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
    Settings settings() override;
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
    void appendAuditOfRecords(const QString& by, const QString& kind, const QString& item,
                              const QList<QPair<Record, qint64>>& records,
                              const QDateTime& at) override;

    // Rows selected by an SQL condition (the store's other reads use them too).
    QList<ReviewTransition> readTransitions(const QString& where, const QVariantList& values);
    QList<Evidence> readEvidence(const QString& where, const QVariantList& values,
                                 const QString& order = QStringLiteral("e.id"));

private:
    QSqlDatabase db() const { return m_connection.database(); }

    const sql::Connection& m_connection;
    Reads m_reads;
};

} // namespace pml
