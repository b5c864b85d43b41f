#include "sqlite_store.h"

#include "content_validation.h"
#include "content_writer.h"
#include "core/error.h"
#include "core/messages.h"
#include "file_support.h"
#include "sql_schema.h"
#include "sqlite_dialect.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace pml {
namespace {

QString backupName(const QString& file, int version)
{
    const QString base = QStringLiteral("%1.v%2").arg(file).arg(version);
    QString name = base + QStringLiteral(".bak");
    // Never overwrite an earlier backup.
    for (int n = 2; QFileInfo::exists(name); ++n) {
        name = QStringLiteral("%1-%2.bak").arg(base).arg(n);
    }
    return name;
}

// Writes a consistent copy of the open database to `target` via a temporary name.
void copyAtomically(const QSqlDatabase& db, const QString& target, bool replace)
{
    const QString temp = files::reserveTemporaryName(target);
    try {
        dialect::copyDatabase(db, temp);
        files::syncFile(temp);
        const bool renamed = replace ? std::rename(QFile::encodeName(temp).constData(),
                                                   QFile::encodeName(target).constData()) == 0
                                     : QFile::rename(temp, target);
        if (!renamed) {
            throw Error(Messages::tr("Cannot write %1.").arg(target));
        }
        files::syncFolderOf(target);
    } catch (...) {
        files::removeWithCompanions(temp);
        throw;
    }
}

void upgrade(const QString& file, int from)
{
    sql::Connection connection(file, false);
    const QSqlDatabase db = connection.database();
    dialect::configureConnection(db, false);
    // The copy cannot be taken inside a transaction; it is a consistent snapshot itself.
    copyAtomically(db, backupName(file, from), false);
    sql::Transaction transaction(db, sql::Transaction::Kind::Write);
    // Another program may have upgraded it meanwhile; the write lock settles that.
    const int version = sql::readSchemaVersion(db).value_or(from);
    if (version >= sql::latestSchemaVersion()) {
        return;
    }
    sql::applyMigrations(db, version, sql::latestSchemaVersion());
    transaction.commit();
}

int probeSchemaVersion(const QString& file)
{
    const QFileInfo info(file);
    if (!info.exists()) {
        throw Error(Messages::tr("The tracker file %1 does not exist.").arg(file));
    }
    if (!info.isFile()) {
        throw Error(Messages::tr("%1 is not a file.").arg(file));
    }
    if (!dialect::hasDatabaseHeader(file)) {
        throw Error(
            Messages::tr("%1 is not a PML tracker (it is not an SQLite database).").arg(file));
    }
    sql::Connection probe(file, true);
    const auto version = sql::readSchemaVersion(probe.database());
    if (!version) {
        throw Error(
            Messages::tr("%1 is not a PML tracker (it has no tracker schema version).").arg(file));
    }
    return *version;
}

} // namespace

int currentSchemaVersion()
{
    return sql::latestSchemaVersion();
}

bool isWritableFile(const QString& file)
{
    const QFileInfo info(file);
    // SQLite also writes its journal beside the file.
    return info.isFile() && info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
}

std::unique_ptr<TrackerStore> openTracker(const QString& file, OpenMode mode)
{
    const int version = probeSchemaVersion(file);
    const int latest = sql::latestSchemaVersion();
    if (version > latest) {
        throw Error(Messages::tr("%1 has schema version %2, newer than the version %3 this program "
                                 "knows; use a newer version of the program.")
                        .arg(file)
                        .arg(version)
                        .arg(latest));
    }
    if (mode == OpenMode::ReadWrite && !isWritableFile(file)) {
        throw Error(
            Messages::tr("Cannot write %1 (or its folder): open it read-only to consult it.")
                .arg(file));
    }
    if (version < latest) {
        if (mode == OpenMode::ReadOnly) {
            throw Error(
                Messages::tr("%1 has schema version %2 and must be upgraded to version %3 before "
                             "it can be read; open it once for writing.")
                    .arg(file)
                    .arg(version)
                    .arg(latest));
        }
        upgrade(file, version);
    }
    return std::make_unique<SqliteTrackerStore>(file, mode);
}

std::unique_ptr<TrackerStore> createTracker(const QString& file, const TrackerContent& content)
{
    return createTrackerFile(file, content, {});
}

std::unique_ptr<TrackerStore>
createTrackerFile(const QString& file, const TrackerContent& content,
                  const std::function<void(const QSqlDatabase&)>& beforeCommit)
{
    if (QFileInfo::exists(file)) {
        throw Error(Messages::tr("%1 already exists; a new tracker is never written over a file.")
                        .arg(file));
    }
    if (!QFileInfo(QFileInfo(file).absolutePath()).isDir()) {
        throw Error(Messages::tr("Cannot create %1: its folder does not exist.").arg(file));
    }
    validateContent(content);
    const QString temp = files::reserveTemporaryName(file);
    try {
        {
            sql::Connection connection(temp, false);
            const QSqlDatabase db = connection.database();
            dialect::beginBulkLoad(db);
            sql::Transaction transaction(db, sql::Transaction::Kind::Write);
            sql::applyMigrations(db, 0, sql::latestSchemaVersion());
            sql::writeContent(db, content, sql::latestSchemaVersion());
            if (beforeCommit) {
                beforeCommit(db);
            }
            transaction.commit();
            dialect::endBulkLoad(db);
        }
        files::syncFile(temp);
        if (!QFile::rename(temp, file)) { // refuses to replace a file created meanwhile
            throw Error(Messages::tr("Cannot create %1: the name is taken.").arg(file));
        }
        files::syncFolderOf(file);
    } catch (...) {
        files::removeWithCompanions(temp);
        throw;
    }
    return openTracker(file, OpenMode::ReadWrite);
}

SqliteTrackerStore::SqliteTrackerStore(const QString& file, OpenMode mode)
    // A read-only store opens the file read-only only when it must: a read-only SQLite
    // connection that closes last leaves the "-wal" and "-shm" files behind.
    : m_connection(std::make_unique<sql::Connection>(file, mode == OpenMode::ReadOnly &&
                                                               !isWritableFile(file)))
    , m_readOnly(mode == OpenMode::ReadOnly)
{
    dialect::configureConnection(db(), m_readOnly);
}

SqliteTrackerStore::~SqliteTrackerStore() = default;

QString SqliteTrackerStore::location() const
{
    return m_connection->file();
}

bool SqliteTrackerStore::isReadOnly() const
{
    return m_readOnly;
}

QSqlDatabase SqliteTrackerStore::db() const
{
    return m_connection->database();
}

void SqliteTrackerStore::requireWritable() const
{
    if (m_readOnly) {
        throw Error(Messages::tr("%1 is open read-only: nothing can be changed.").arg(location()));
    }
}

void SqliteTrackerStore::backupTo(const QString& file)
{
    if (QFileInfo(file).absoluteFilePath() == QFileInfo(location()).absoluteFilePath()) {
        throw Error(Messages::tr("A backup cannot replace the tracker itself (%1).").arg(file));
    }
    copyAtomically(db(), file, true);
}

} // namespace pml
