#include "sql_support.h"

#include "core/error.h"
#include "core/messages.h"
#include "sql_dialect.h"

#include <QCoreApplication>
#include <QSqlError>

#include <atomic>

namespace pml::sql {
namespace {

// SQLite's own text never reaches the user: the message comes from its result code.
[[noreturn]] void fail(const QSqlDatabase& db, const QSqlError& error)
{
    throw Error(dialectOf(db).errorMessage(db.databaseName(), error), error.text());
}

std::atomic<qint64> statements{0};

QString uniqueConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("pml-store-%1").arg(++counter);
}

} // namespace

qint64 statementCount()
{
    return statements.load();
}

void countStatement()
{
    ++statements;
}

Connection::Connection(const QString& file, bool readOnly, const SqlDialect& dialect)
    : m_name(uniqueConnectionName())
    , m_file(file)
    , m_dialect(&dialect)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), m_name);
    db.setDatabaseName(file);
    db.setConnectOptions(dialect.connectOptions(readOnly));
    if (!db.open()) {
        const QString message = dialect.errorMessage(file, db.lastError());
        const QString details = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
        throw Error(message, details);
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
    , m_db(db)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql)) {
        fail(db, m_query.lastError());
    }
}

Query& Query::bind(int position, const QVariant& value)
{
    m_query.bindValue(position, value);
    return *this;
}

Query& Query::exec()
{
    countStatement();
    if (!m_query.exec()) {
        fail(m_db, m_query.lastError());
    }
    return *this;
}

bool Query::next()
{
    if (m_query.next()) {
        return true;
    }
    // A row that cannot be read (busy, damaged, I/O) must not look like the end.
    if (m_query.lastError().isValid()) {
        fail(m_db, m_query.lastError());
    }
    return false;
}

void exec(const QSqlDatabase& db, const QString& sql)
{
    countStatement();
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        fail(db, query.lastError());
    }
}

qint64 Query::insertedId()
{
    return dialectOf(m_db).insertedId(m_query);
}

QString returningId(const QSqlDatabase& db, const QString& insert)
{
    return insert + dialectOf(db).returningIdClause();
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
    const SqlDialect& dialect = dialectOf(m_db);
    if (const auto open = dialect.openTransaction(m_db);
        open != SqlDialect::OpenTransaction::None) {
        if (kind == Kind::Write && open == SqlDialect::OpenTransaction::Read) {
            throw Error(Messages::tr("%1 is being read as one whole (a report or a command's "
                                     "output): nothing can be changed until it is done.")
                            .arg(dialect.shownLocation(m_db.databaseName())));
        }
        m_joined = true;
        return;
    }
    exec(m_db, kind == Kind::Write ? dialect.beginWriteSql() : QStringLiteral("BEGIN"));
    m_open = true;
}

Transaction::~Transaction()
{
    if (m_open && !m_joined) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK"));
    }
}

void Transaction::commit()
{
    if (m_joined) {
        return; // the outer transaction commits
    }
    exec(m_db, QStringLiteral("COMMIT"));
    m_open = false;
}

} // namespace pml::sql
