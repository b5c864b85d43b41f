#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace pml {

// What differs between SQL databases, chosen at run time with the connection: the rest
// of storage speaks portable SQL and asks its dialect for everything else (driver
// options, how the write lock is taken, how another writer is noticed, consistent copies,
// integrity checks, error messages, the blob type, statements added to migrations).
// SqliteDialect is the first implementation; a PostgreSQL one can be added beside it.
class SqlDialect {
public:
    virtual ~SqlDialect() = default;

    // What an INSERT adds to give back the new row's id (e.g. " RETURNING id"), and that
    // id once it has run.
    virtual QString returningIdClause() const = 0;
    virtual qint64 insertedId(QSqlQuery& insert) const = 0;
    // The column type of binary content (BYTEA in PostgreSQL).
    virtual QString blobType() const = 0;
    virtual QString driverName() const = 0;
    virtual QString connectOptions(bool readOnly) const = 0;
    // How long a statement waits for another program's lock before giving up (ms).
    virtual int busyTimeoutMs() const = 0;
    // Settings every connection needs before use. Must run outside a transaction.
    virtual void configureConnection(const QSqlDatabase& db, bool readOnly) const = 0;
    // A write transaction that takes the write lock at once, so two writers wait for
    // each other (busy timeout) instead of failing half way.
    virtual QString beginWriteSql() const = 0;
    // The transaction open on the connection, if any: a transaction started meanwhile
    // joins it.
    enum class OpenTransaction { None, Read, Write };
    virtual OpenTransaction openTransaction(const QSqlDatabase& db) const = 0;
    // A statement's parameter that holds a list of ids or texts, and its value: `column IN
    // listSql()` with one value bound, however many items.
    virtual QString listSql() const = 0;
    virtual QVariant idListValue(const QList<qint64>& ids) const = 0;
    virtual QVariant textListValue(const QStringList& texts) const = 0;
    // The tracker's location as the user is shown it.
    virtual QString shownLocation(const QString& file) const = 0;
    // Statements added to migration `version` (e.g. append-only triggers).
    virtual QStringList migrationExtras(int version) const = 0;
    // A consistent copy of the live database into `target`, which must be missing or empty.
    virtual void copyDatabase(const QSqlDatabase& db, const QString& target) const = 0;
    // Integrity and foreign key problems as sentences; empty when clean.
    virtual QStringList integrityProblems(const QSqlDatabase& db) const = 0;
    // Tables, columns, indexes and triggers that differ from what the migrations create,
    // as sentences; empty when the schema is exactly the program's.
    virtual QStringList schemaProblems(const QSqlDatabase& db) const = 0;
    // Faster settings while a brand-new database is filled in one transaction, and back.
    virtual void beginBulkLoad(const QSqlDatabase& db) const = 0;
    virtual void endBulkLoad(const QSqlDatabase& db) const = 0;
    // A message for the user about a failed statement on `file`, from the database's
    // result code (busy, disk full, read-only, damaged...). Never the driver's own text.
    virtual QString errorMessage(const QString& file, const QSqlError& error) const = 0;
    // Why `file` cannot be read as a database (e.g. truncated), or an empty string.
    virtual QString damageDiagnosis(const QString& file) const = 0;
    // Why the database must not be opened yet, or an empty string. Checked before any
    // connection is made.
    virtual QString foreignJournalProblem(const QString& file) const = 0;
    // Changes when another connection commits to the database (not for this one's own
    // commits).
    virtual qint64 externalChangeCounter(const QSqlDatabase& db) const = 0;
    // How many bytes the database holds.
    virtual qint64 storedBytes(const QSqlDatabase& db) const = 0;
    // Runs a first read, so that a damaged or unreadable database fails here with
    // errorMessage().
    virtual void requireReadable(const QSqlDatabase& db) const = 0;
};

// The dialect of a connection, from its driver.
const SqlDialect& dialectOf(const QSqlDatabase& db);
// The dialect of tracker files.
const SqlDialect& sqliteDialect();

} // namespace pml
