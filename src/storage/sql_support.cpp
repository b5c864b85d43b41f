#include "sql_support.h"

#include "core/error.h"
#include "core/messages.h"
#include "sqlite_dialect.h"

#include <QCoreApplication>
#include <QSqlError>

#include <atomic>

namespace pml::sql {
namespace {

[[noreturn]] void fail(const QString& sql, const QSqlError& error)
{
    throw Error(
        Messages::tr("Database error: %1 (in: %2)").arg(error.text(), sql.simplified().left(120)));
}

QString uniqueConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("pml-store-%1").arg(++counter);
}

} // namespace

Connection::Connection(const QString& file, bool readOnly)
    : m_name(uniqueConnectionName())
    , m_file(file)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(dialect::driverName(), m_name);
    db.setDatabaseName(file);
    db.setConnectOptions(dialect::connectOptions(readOnly));
    if (!db.open()) {
        const QString message = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
        throw Error(Messages::tr("Cannot open %1: %2").arg(file, message));
    }
}

Connection::~Connection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase Connection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

Query::Query(const QSqlDatabase& db, const QString& sql)
    : m_query(db)
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql)) {
        fail(sql, m_query.lastError());
    }
}

Query& Query::bind(int position, const QVariant& value)
{
    m_query.bindValue(position, value);
    return *this;
}

Query& Query::exec()
{
    if (!m_query.exec()) {
        fail(m_sql, m_query.lastError());
    }
    return *this;
}

void exec(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        fail(sql, query.lastError());
    }
}

QVariant scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    Query query(db, sql);
    for (int i = 0; i < values.size(); ++i) {
        query.bind(i, values[i]);
    }
    query.exec();
    return query.next() ? query.value(0) : QVariant();
}

Transaction::Transaction(const QSqlDatabase& db, Kind kind)
    : m_db(db)
{
    exec(m_db, kind == Kind::Write ? dialect::beginWriteSql() : QStringLiteral("BEGIN"));
    m_open = true;
}

Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK"));
    }
}

void Transaction::commit()
{
    exec(m_db, QStringLiteral("COMMIT"));
    m_open = false;
}

} // namespace pml::sql
