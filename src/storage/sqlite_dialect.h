#pragma once

#include "sql_dialect.h"

namespace pml {

// Everything specific to SQLite: driver options, PRAGMAs (foreign keys, the rollback
// journal, synchronous=FULL, data_version), BEGIN IMMEDIATE, append-only triggers,
// VACUUM INTO and the integrity checks.
class SqliteDialect final : public SqlDialect {
public:
    QString blobType() const override;
    QString driverName() const override;
    QString connectOptions(bool readOnly) const override;
    int busyTimeoutMs() const override;
    // Foreign keys, busy timeout, the rollback journal and synchronous=FULL (an update
    // reported as recorded survives a crash right after).
    void configureConnection(const QSqlDatabase& db, bool readOnly) const override;
    // BEGIN IMMEDIATE.
    QString beginWriteSql() const override;
    OpenTransaction openTransaction(const QSqlDatabase& db) const override;
    QString listSql() const override;
    QVariant idListValue(const QList<qint64>& ids) const override;
    QVariant textListValue(const QStringList& texts) const override;
    QString shownLocation(const QString& file) const override;
    // Append-only triggers.
    QStringList migrationExtras(int version) const override;
    // VACUUM INTO.
    void copyDatabase(const QSqlDatabase& db, const QString& target) const override;
    // PRAGMA integrity_check and foreign_key_check.
    QStringList integrityProblems(const QSqlDatabase& db) const override;
    void beginBulkLoad(const QSqlDatabase& db) const override;
    void endBulkLoad(const QSqlDatabase& db) const override;
    QString errorMessage(const QString& file, const QSqlError& error) const override;
    // A file shorter than its header says, as after an interrupted copy.
    QString damageDiagnosis(const QString& file) const override;
    // A "-wal" file beside a tracker that is not in WAL mode belongs to another database
    // (a copy mix-up); SQLite would replay it into the tracker.
    QString foreignJournalProblem(const QString& file) const override;
    // PRAGMA data_version.
    qint64 externalChangeCounter(const QSqlDatabase& db) const override;
    QString returningIdClause() const override { return {}; }
    qint64 insertedId(QSqlQuery& insert) const override;
    QStringList schemaProblems(const QSqlDatabase& db) const override;
    qint64 storedBytes(const QSqlDatabase& db) const override;
    void requireReadable(const QSqlDatabase& db) const override;
};

} // namespace pml
