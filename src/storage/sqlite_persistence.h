#pragma once

#include "persistence.h"
#include "sql_support.h"

namespace pml {

// Persistence over an SQL connection (the SQLite tracker file; the SQL is portable and
// the differences go through the connection's SqlDialect).
class SqlitePersistence final : public Persistence {
public:
    explicit SqlitePersistence(const sql::Connection& connection);

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

private:
    QSqlDatabase db() const { return m_connection.database(); }

    const sql::Connection& m_connection;
};

} // namespace pml
