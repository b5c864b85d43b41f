#include "sqlite_dialect.h"

#include "core/error.h"
#include "core/messages.h"
#include "sql_support.h"
#include "sqlite_references.h"
#include "sqlite_rows.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <sqlite3.h>

namespace pml {
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

QString shown(const QString& file)
{
    return QDir::toNativeSeparators(file);
}

// SQLite's primary result codes (sqlite3.h), which Qt reports as the native error code.
enum ResultCode {
    Perm = 3,
    Busy = 5,
    Locked = 6,
    NoMem = 7,
    ReadOnly = 8,
    IoErr = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    Constraint = 19,
    Auth = 23,
    NotADb = 26,
};

quint32 bigEndian(const QByteArray& bytes, int at, int size)
{
    quint32 value = 0;
    for (int i = 0; i < size; ++i) {
        value = (value << 8) | quint8(bytes.at(at + i));
    }
    return value;
}

} // namespace

QString SqliteDialect::errorMessage(const QString& file, const QSqlError& error) const
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    switch (code) {
    case Busy:
    case Locked:
        return Messages::tr("%1 is in use by another program (another PML Tracker window or a "
                            "pml-tracker-cli command) that has held it for more than %2 seconds. "
                            "Wait until it finishes, then try again; nothing was changed.")
            .arg(shown(file))
            .arg(busyTimeoutMs() / 1000.0);
    case Full:
        return Messages::tr("The disk that holds %1 is full; nothing was changed. Free some "
                            "space and try again.")
            .arg(shown(file));
    case ReadOnly:
    case Perm:
    case Auth:
        return Messages::tr("%1 cannot be written (the file, its folder or the disk is "
                            "read-only); nothing was changed. Open it read-only to consult it.")
            .arg(shown(file));
    case CantOpen:
        return Messages::tr("%1 cannot be opened: the file or its folder cannot be read, or a "
                            "journal cannot be created beside it.")
            .arg(shown(file));
    case IoErr:
        return Messages::tr("The disk reported an error while reading or writing %1; nothing "
                            "was changed. If the disk is full, free some space.")
            .arg(shown(file));
    case Corrupt:
    case NotADb:
        if (const QString damaged = damageDiagnosis(file); !damaged.isEmpty()) {
            return damaged;
        }
        return Messages::tr("%1 is damaged and cannot be read; nothing was changed. Restore it "
                            "from a backup copy.")
            .arg(shown(file));
    case NoMem:
        return Messages::tr("Not enough memory to work on %1.").arg(shown(file));
    case Constraint:
        return Messages::tr("%1 refused a change that breaks one of its rules (its history is "
                            "append-only); nothing was changed.")
            .arg(shown(file));
    default:
        return Messages::tr("Unexpected database error (SQLite code %1) on %2; nothing was "
                            "changed.")
            .arg(code)
            .arg(shown(file));
    }
}

QString SqliteDialect::damageDiagnosis(const QString& file) const
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray header = f.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArray("SQLite format 3\0", 16))) {
        return {};
    }
    const quint32 pageSize = bigEndian(header, 16, 2) == 1 ? 65536 : bigEndian(header, 16, 2);
    // The page count in the header is valid when its version number matches the change counter.
    if (bigEndian(header, 92, 4) != bigEndian(header, 24, 4)) {
        return {};
    }
    const qint64 expected = qint64(pageSize) * bigEndian(header, 28, 4);
    if (f.size() < expected) {
        return Messages::tr("%1 is damaged: it has %2 bytes where its header says %3, as after an "
                            "interrupted copy. Nothing was changed; restore it from a backup copy.")
            .arg(shown(file))
            .arg(f.size())
            .arg(expected);
    }
    return {};
}

QString SqliteDialect::foreignJournalProblem(const QString& file) const
{
    const QFileInfo wal(file + QStringLiteral("-wal"));
    if (!wal.exists() || wal.size() == 0) {
        return {};
    }
    QFile f(file);
    const QByteArray header = f.open(QIODevice::ReadOnly) ? f.read(20) : QByteArray();
    // Bytes 18 and 19 are 2 in WAL mode and 1 with a rollback journal.
    if (header.size() == 20 && header.at(18) == 1 && header.at(19) == 1) {
        return Messages::tr("%1 has a file %2 beside it that belongs to another database (the "
                            "tracker does not use one). Nothing was changed. Move %2 to another "
                            "folder, then open the tracker again.")
            .arg(shown(file), shown(wal.fileName()));
    }
    return {};
}

qint64 SqliteDialect::externalChangeCounter(const QSqlDatabase& db) const
{
    return sql::scalar(db, QStringLiteral("PRAGMA data_version")).toLongLong();
}

qint64 SqliteDialect::insertedId(QSqlQuery& insert) const
{
    return insert.lastInsertId().toLongLong(); // sqlite3_last_insert_rowid()
}

qint64 SqliteDialect::storedBytes(const QSqlDatabase& db) const
{
    return sql::scalar(db, QStringLiteral("SELECT page_count * page_size FROM pragma_page_count(), "
                                          "pragma_page_size()"))
        .toLongLong();
}

void SqliteDialect::requireReadable(const QSqlDatabase& db) const
{
    sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master"));
}

SqlDialect::OpenTransaction SqliteDialect::openTransaction(const QSqlDatabase& db) const
{
    sqlite3* handle = sql::handleOf(db);
    if (sqlite3_get_autocommit(handle) != 0) {
        return OpenTransaction::None;
    }
    return sqlite3_txn_state(handle, nullptr) == SQLITE_TXN_WRITE ? OpenTransaction::Write
                                                                  : OpenTransaction::Read;
}

QString SqliteDialect::listSql() const
{
    return QStringLiteral("(SELECT value FROM json_each(?))");
}

QVariant SqliteDialect::idListValue(const QList<qint64>& ids) const
{
    QStringList numbers;
    numbers.reserve(ids.size());
    for (qint64 id : ids) {
        numbers.append(QString::number(id));
    }
    return QStringLiteral("[%1]").arg(numbers.join(QLatin1Char(',')));
}

QVariant SqliteDialect::textListValue(const QStringList& texts) const
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(texts)).toJson(QJsonDocument::Compact));
}

QString SqliteDialect::shownLocation(const QString& file) const
{
    return shown(file);
}

QString SqliteDialect::blobType() const
{
    return QStringLiteral("BLOB");
}

QString SqliteDialect::driverName() const
{
    return QStringLiteral("QSQLITE");
}

int SqliteDialect::busyTimeoutMs() const
{
    // PML_BUSY_TIMEOUT_MS shortens the wait in tests of a lock held too long.
    bool ok = false;
    const int fixed = qEnvironmentVariableIntValue("PML_BUSY_TIMEOUT_MS", &ok);
    return ok && fixed > 0 ? fixed : 15000;
}

QString SqliteDialect::connectOptions(bool readOnly) const
{
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs());
    if (readOnly) {
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    }
    return options;
}

void SqliteDialect::configureConnection(const QSqlDatabase& db, bool readOnly) const
{
    sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    sql::exec(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs()));
    if (readOnly) {
        // Read-only trackers may still be opened with a writable connection (so that
        // closing it tidies SQLite's "-wal" and "-shm" files away); SQL cannot write.
        sql::exec(db, QStringLiteral("PRAGMA query_only = ON"));
    } else {
        // The rollback journal keeps every committed update in the tracker file itself,
        // so a copy of the file is complete and it works on a shared network folder
        // (docs/reliability.md). A tracker written in WAL mode by an earlier version is
        // converted here; while another program still has it open that fails, and it
        // stays in WAL mode until a later opening.
        QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        sql::exec(db, QStringLiteral("PRAGMA synchronous = FULL"));
    }
}

QString SqliteDialect::beginWriteSql() const
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

QStringList SqliteDialect::migrationExtras(int version) const
{
    switch (version) {
    case 1:
        return appendOnlyTriggers(QStringLiteral("status_updates"));
    case 2:
        return appendOnlyTriggers(QStringLiteral("update_withdrawals"));
    case 4: {
        QStringList triggers;
        for (const char* table : {"review_transitions", "review_snapshots", "evidence",
                                  "evidence_files", "evidence_withdrawals", "audit_log"}) {
            triggers << appendOnlyTriggers(QString::fromLatin1(table));
        }
        return triggers;
    }
    default:
        return {};
    }
}

void SqliteDialect::copyDatabase(const QSqlDatabase& db, const QString& target) const
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

QStringList SqliteDialect::integrityProblems(const QSqlDatabase& db) const
{
    const QString file = shown(db.databaseName());
    QStringList problems;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
            return {Messages::tr("The integrity check of %1 could not run: the file is damaged. "
                                 "Restore it from a backup copy.")
                        .arg(file)};
        }
        // SQLite's lines name pages and internal structures: the user gets one sentence
        // for each kind of problem found instead.
        bool indexes = false;
        bool rows = false;
        bool pages = false;
        while (query.next()) {
            const QString line = query.value(0).toString();
            if (line == QLatin1String("ok")) {
                continue;
            }
            if (line.contains(QLatin1String("index"))) {
                indexes = true;
            } else if (line.contains(QLatin1String("NULL value")) ||
                       line.contains(QLatin1String("constraint"))) {
                rows = true;
            } else {
                pages = true;
            }
        }
        if (pages) {
            problems << Messages::tr("%1 is damaged: parts of the file cannot be read as they "
                                     "were written. Restore it from a backup copy.")
                            .arg(file);
        }
        if (indexes) {
            problems << Messages::tr("The indexes of %1 no longer match its data (the file was "
                                     "damaged or changed outside the program). Restore it from a "
                                     "backup copy.")
                            .arg(file);
        }
        if (rows) {
            problems << Messages::tr("Some rows of %1 break the rules of their tables (the file "
                                     "was changed outside the program). Restore it from a backup "
                                     "copy.")
                            .arg(file);
        }
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        return problems << Messages::tr("The foreign key check could not run.");
    }
    while (query.next()) {
        problems << sql::missingReferenceProblem(
            db, query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toString());
    }
    return problems;
}

void SqliteDialect::beginBulkLoad(const QSqlDatabase& db) const
{
    // A new file has nothing to protect until it is renamed into place; it is synced
    // before that, so no journal syncs are needed while filling it.
    sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    sql::exec(db, QStringLiteral("PRAGMA journal_mode = DELETE"));
    sql::exec(db, QStringLiteral("PRAGMA synchronous = OFF"));
    // Large histories: keep the index pages being filled in memory (about 256 MB at most).
    sql::exec(db, QStringLiteral("PRAGMA cache_size = -262144"));
}

void SqliteDialect::endBulkLoad(const QSqlDatabase& db) const
{
    sql::exec(db, QStringLiteral("PRAGMA synchronous = FULL"));
}

const SqlDialect& sqliteDialect()
{
    static const SqliteDialect dialect;
    return dialect;
}

const SqlDialect& dialectOf(const QSqlDatabase& db)
{
    // One backend so far; another is chosen here by its Qt driver.
    Q_UNUSED(db);
    return sqliteDialect();
}

} // namespace pml
