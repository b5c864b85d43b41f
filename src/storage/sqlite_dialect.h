#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <QVariant>

// Everything specific to SQLite lives here: driver options, PRAGMAs, triggers,
// VACUUM INTO and the integrity checks. The rest of storage speaks portable SQL.
namespace pml::dialect {

// The column type of binary content (BYTEA in PostgreSQL).
QString blobType();
QString driverName();
QString connectOptions(bool readOnly);
// How long a statement waits for another program's lock before giving up (ms).
int busyTimeoutMs();
// Foreign keys, busy timeout, the rollback journal and synchronous=FULL (an update
// reported as recorded survives a crash right after). Must run outside a transaction.
void configureConnection(const QSqlDatabase& db, bool readOnly);
// A write transaction that takes the write lock at once, so two writers wait for
// each other (busy timeout) instead of failing half way.
QString beginWriteSql();
// The transaction open on the connection, if any: a transaction started meanwhile joins it.
enum class OpenTransaction { None, Read, Write };
OpenTransaction openTransaction(const QSqlDatabase& db);
// A statement's parameter that holds a list of ids, and its value: `column IN idList()`
// with one value bound, however many ids.
QString idListSql();
QVariant idListValue(const QList<qint64>& ids);
// The tracker's location as the user is shown it.
QString shownLocation(const QString& file);
// Statements added to migration `version` on SQLite (append-only triggers).
QStringList migrationExtras(int version);
// A consistent copy of the live database into `target`, which must be missing or empty.
void copyDatabase(const QSqlDatabase& db, const QString& target);
// Integrity and foreign key problems as sentences; empty when clean.
QStringList integrityProblems(const QSqlDatabase& db);
// Faster settings while a brand-new file is filled in one transaction, and back.
void beginBulkLoad(const QSqlDatabase& db);
void endBulkLoad(const QSqlDatabase& db);
// A message for the user about a failed statement on `file`, from SQLite's result code
// (busy, disk full, read-only, damaged...). Never SQLite's own text.
QString errorMessage(const QString& file, const QSqlError& error);
// Why a file with the SQLite header cannot be read as a database (e.g. it is shorter
// than its header says, as after an interrupted copy), or an empty string.
QString damageDiagnosis(const QString& file);
// Why SQLite must not open `file` yet, or an empty string: a "-wal" file beside a tracker
// that is not in WAL mode belongs to another database (a copy mix-up); SQLite would
// replay it into the tracker. Checked before any connection is made.
QString foreignJournalProblem(const QString& file);
// PRAGMA data_version: changes when another connection commits to the file.
qint64 externalChangeCounter(const QSqlDatabase& db);
// Runs a first read, so that a damaged or unreadable file fails here with errorMessage().
void requireReadable(const QSqlDatabase& db);

} // namespace pml::dialect
