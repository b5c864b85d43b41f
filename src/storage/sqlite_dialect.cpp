#include "sqlite_dialect.h"

#include "core/error.h"
#include "core/messages.h"
#include "sql_support.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>

namespace pml::dialect {
namespace {

QStringList appendOnlyTriggers(const QString& table)
{
    QStringList out;
    for (const char* action : {"UPDATE", "DELETE"}) {
        out << QStringLiteral("CREATE TRIGGER %1_no_%2 BEFORE %3 ON %1 BEGIN "
                              "SELECT RAISE(ABORT, 'history is append-only: %1 rows are never "
                              "changed or deleted'); END")
                   .arg(table, QString::fromLatin1(action).toLower(), QLatin1String(action));
    }
    return out;
}

} // namespace

QString driverName()
{
    return QStringLiteral("QSQLITE");
}

QString connectOptions(bool readOnly)
{
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly) {
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    }
    return options;
}

void configureConnection(const QSqlDatabase& db, bool readOnly)
{
    sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    sql::exec(db, QStringLiteral("PRAGMA busy_timeout = 5000"));
    if (readOnly) {
        // Read-only trackers may still be opened with a writable connection (so that
        // closing it tidies SQLite's "-wal" and "-shm" files away); SQL cannot write.
        sql::exec(db, QStringLiteral("PRAGMA query_only = ON"));
    } else {
        sql::exec(db, QStringLiteral("PRAGMA journal_mode = WAL"));
        sql::exec(db, QStringLiteral("PRAGMA synchronous = FULL"));
    }
}

QString beginWriteSql()
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

QStringList migrationExtras(int version)
{
    switch (version) {
    case 1:
        return appendOnlyTriggers(QStringLiteral("status_updates"));
    case 2:
        return appendOnlyTriggers(QStringLiteral("update_withdrawals"));
    default:
        return {};
    }
}

bool hasDatabaseHeader(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        return false;
    }
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

void copyDatabase(const QSqlDatabase& db, const QString& target)
{
    // query_only also blocks VACUUM INTO, although it only reads this database.
    const bool queryOnly = sql::scalar(db, QStringLiteral("PRAGMA query_only")).toBool();
    if (queryOnly) {
        sql::exec(db, QStringLiteral("PRAGMA query_only = OFF"));
    }
    struct Restore {
        const QSqlDatabase& db;
        bool on;
        ~Restore()
        {
            if (on) {
                QSqlQuery(db).exec(QStringLiteral("PRAGMA query_only = ON"));
            }
        }
    } restore{db, queryOnly};
    sql::Query(db, QStringLiteral("VACUUM INTO ?")).bind(0, target).exec();
}

QStringList integrityProblems(const QSqlDatabase& db)
{
    QStringList problems;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
            return {Messages::tr("The integrity check could not run: the file is damaged.")};
        }
        while (query.next()) {
            const QString line = query.value(0).toString();
            if (line != QLatin1String("ok")) {
                problems << Messages::tr("Integrity check: %1").arg(line);
            }
        }
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        return problems << Messages::tr("The foreign key check could not run.");
    }
    while (query.next()) {
        problems << Messages::tr("Table %1, row %2 refers to a missing row of table %3.")
                        .arg(query.value(0).toString(), query.value(1).toString(),
                             query.value(2).toString());
    }
    return problems;
}

void beginBulkLoad(const QSqlDatabase& db)
{
    // A new file has nothing to protect until it is renamed into place; it is synced
    // before that, so the rollback journal is enough while filling it.
    sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    sql::exec(db, QStringLiteral("PRAGMA journal_mode = DELETE"));
    sql::exec(db, QStringLiteral("PRAGMA synchronous = OFF"));
    // Large histories: keep the index pages being filled in memory (about 256 MB at most).
    sql::exec(db, QStringLiteral("PRAGMA cache_size = -262144"));
}

void endBulkLoad(const QSqlDatabase& db)
{
    sql::exec(db, QStringLiteral("PRAGMA synchronous = FULL"));
    sql::exec(db, QStringLiteral("PRAGMA journal_mode = WAL"));
}

QStringList companionFiles(const QString& file)
{
    return {file + QStringLiteral("-wal"), file + QStringLiteral("-shm"),
            file + QStringLiteral("-journal")};
}

} // namespace pml::dialect
