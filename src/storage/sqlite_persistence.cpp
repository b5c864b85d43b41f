#include "sqlite_persistence.h"

#include "audit_rows.h"
#include "json_support.h"

namespace pml {
namespace {

class SqlTransaction final : public Persistence::Transaction {
public:
    SqlTransaction(const QSqlDatabase& db, sql::Transaction::Kind kind)
        : m_transaction(db, kind)
    {
    }
    void commit() override { m_transaction.commit(); }

private:
    sql::Transaction m_transaction;
};

} // namespace

std::unique_ptr<Persistence::Transaction> SqlitePersistence::begin(Access access)
{
    return std::make_unique<SqlTransaction>(db(), access == Access::Write
                                                      ? sql::Transaction::Kind::Write
                                                      : sql::Transaction::Kind::Read);
}

QList<Person> SqlitePersistence::people()
{
    return sql::readPeople(db());
}

void SqlitePersistence::writePerson(const Person& person, bool exists)
{
    sql::writePerson(db(), person, exists);
}

int SqlitePersistence::lineOfActivity(const QString& activity)
{
    return sql::scalar(db(),
                       QStringLiteral("SELECT g.line FROM activities a JOIN barrier_groups g "
                                      "ON g.code = a.barrier_group WHERE a.code = ?"),
                       {activity})
        .toInt();
}

bool SqlitePersistence::lineExists(int line)
{
    return sql::scalar(db(), QStringLiteral("SELECT COUNT(*) FROM lines WHERE number = ?"), {line})
               .toInt() > 0;
}

std::optional<ReviewState> SqlitePersistence::latestReviewState(const Quarter& quarter, int line)
{
    const QVariant state = sql::scalar(
        db(),
        QStringLiteral("SELECT to_state FROM review_transitions WHERE quarter = ? AND line = ? "
                       "ORDER BY id DESC LIMIT 1"),
        {quarter.key(), line});
    if (state.isNull()) {
        return std::nullopt;
    }
    return reviewStateFromKey(state.toString());
}

std::optional<Persistence::UpdateTarget> SqlitePersistence::updateTarget(qint64 update)
{
    sql::Query q(db(), QStringLiteral("SELECT activity, effective_date FROM status_updates "
                                      "WHERE id = ?"));
    q.bind(0, update).exec();
    if (!q.next()) {
        return std::nullopt;
    }
    return UpdateTarget{q.value(0).toString(),
                        json::parseIsoDate(q.value(1).toString()).value_or(QDate())};
}

QString SqlitePersistence::auditedState(const QString& category, const QString& item)
{
    return sql::stateValue(db(), category, item);
}

void SqlitePersistence::appendAudit(const QString& by, const QString& kind, const QString& item,
                                    const QString& before, const QString& after)
{
    sql::AuditWriter(db(), by).append(kind, item, before, after);
}

QByteArray SqlitePersistence::auditHead()
{
    return sql::scalar(db(), QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"))
        .toString()
        .toLatin1();
}

qint64 SqlitePersistence::externalChangeCounter()
{
    return m_connection->dialect().externalChangeCounter(db());
}

qint64 SqlitePersistence::storedBytes()
{
    return m_connection->dialect().storedBytes(db());
}

void SqlitePersistence::copyTo(const QString& target)
{
    m_connection->dialect().copyDatabase(db(), target);
}

QStringList SqlitePersistence::integrityProblems()
{
    return m_connection->dialect().integrityProblems(db());
}

} // namespace pml
