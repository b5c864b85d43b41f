#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Everything specific to SQLite lives here: driver options, PRAGMAs, triggers,
// VACUUM INTO and the integrity checks. The rest of storage speaks portable SQL.
namespace pml::dialect {

QString driverName();
QString connectOptions(bool readOnly);
// Foreign keys, busy timeout, WAL and synchronous=FULL (an update reported as recorded
// survives a crash right after). Must run outside a transaction.
void configureConnection(const QSqlDatabase& db, bool readOnly);
// A write transaction that takes the write lock at once, so two writers wait for
// each other (busy timeout) instead of failing half way.
QString beginWriteSql();
// Statements added to migration `version` on SQLite (append-only triggers).
QStringList migrationExtras(int version);
// Whether the file starts with the SQLite header (checked without opening it).
bool hasDatabaseHeader(const QString& file);
// A consistent copy of the live database into `target`, which must not exist.
void copyDatabase(const QSqlDatabase& db, const QString& target);
// Integrity and foreign key problems as sentences; empty when clean.
QStringList integrityProblems(const QSqlDatabase& db);
// Faster settings while a brand-new file is filled in one transaction, and back.
void beginBulkLoad(const QSqlDatabase& db);
void endBulkLoad(const QSqlDatabase& db);
// Files SQLite may keep beside a database ("-wal", "-shm", "-journal").
QStringList companionFiles(const QString& file);

} // namespace pml::dialect
