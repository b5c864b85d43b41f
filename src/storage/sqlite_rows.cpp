#include "sqlite_rows.h"

#include "core/error.h"
#include "sql_support.h"
#include "sqlite_dialect.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

namespace pml::sql {

sqlite3* handleOf(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        throw Error(sqliteDialect().errorMessage(db.databaseName(), QSqlError()));
    }
    return *static_cast<sqlite3* const*>(handle.constData());
}

SqliteRows::SqliteRows(const QSqlDatabase& db, const QString& sql)
    : m_db(db)
{
    const QByteArray text = sql.toUtf8();
    check(sqlite3_prepare_v2(handleOf(db), text.constData(), int(text.size()), &m_statement,
                             nullptr));
}

SqliteRows::~SqliteRows()
{
    sqlite3_finalize(m_statement);
}

void SqliteRows::check(int result) const
{
    if (result == SQLITE_OK || result == SQLITE_ROW || result == SQLITE_DONE) {
        return;
    }
    // The same message as every other failed statement: from the result code only.
    const QSqlError error(QString(), QString(), QSqlError::StatementError, QString::number(result));
    throw Error(sqliteDialect().errorMessage(m_db.databaseName(), error));
}

void SqliteRows::restart()
{
    if (m_started) {
        sqlite3_reset(m_statement);
        m_started = false;
    }
}

SqliteRows& SqliteRows::bind(int position, const QString& text)
{
    restart();
    const QByteArray bytes = text.toUtf8();
    check(sqlite3_bind_text(m_statement, position + 1, bytes.constData(), int(bytes.size()),
                            SQLITE_TRANSIENT));
    return *this;
}

SqliteRows& SqliteRows::bind(int position, qint64 value)
{
    restart();
    check(sqlite3_bind_int64(m_statement, position + 1, value));
    return *this;
}

bool SqliteRows::next()
{
    if (!m_started) {
        countStatement();
    }
    m_started = true;
    const int result = sqlite3_step(m_statement);
    check(result);
    return result == SQLITE_ROW;
}

bool SqliteRows::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteRows::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteRows::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QByteArrayView SqliteRows::utf8(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_statement, column));
}

QString SqliteRows::text(int column) const
{
    return QString::fromUtf8(utf8(column));
}

} // namespace pml::sql
