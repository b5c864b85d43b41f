#include "sqlite_store.h"

#include "audit_rows.h"
#include "consistent_copy.h"
#include "content_validation.h"
#include "content_writer.h"
#include "core/error.h"
#include "core/messages.h"
#include "core/tracker_defaults.h"
#include "core/user.h"
#include "files/output_target.h"
#include "files/temporary_file.h"
#include "sql_schema.h"
#include "sqlite_dialect.h"
#include "sqlite_persistence.h"
#include "store_rules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace pml {
namespace {

QString shown(const QString& file)
{
    return QDir::toNativeSeparators(file);
}

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

// Writes a consistent copy of the open database to `target` via a temporary file.
void copyAtomically(const QSqlDatabase& db, const QString& target, bool replace)
{
    writeCopyAtomically(shown(db.databaseName()), target, replace, [&db](const QString& temp) {
        dialectOf(db).copyDatabase(db, temp); // VACUUM INTO accepts the empty file
    });
}

// Refuses a tracker whose tables do not match its schema version, before any backup or
// migration: retrying would only fail again and leave a backup each time.
void requireMatchingStructure(const QSqlDatabase& db, const QString& file, int version)
{
    if (const auto problem = sql::structureProblem(db, version)) {
        throw Error(Messages::tr("%1 cannot be opened: %2. It was changed outside the program; "
                                 "nothing was changed. Restore it from a backup copy.")
                        .arg(shown(file), *problem));
    }
}

void upgrade(const QString& file, int from)
{
    sql::Connection connection(file, false);
    const QSqlDatabase db = connection.database();
    dialectOf(db).configureConnection(db, false);
    requireMatchingStructure(db, file, from);
    // The copy cannot be taken inside a transaction; it is a consistent snapshot itself.
    const QString backup = backupName(file, from);
    copyAtomically(db, backup, false);
    try {
        sql::Transaction transaction(db, sql::Transaction::Kind::Write);
        // Another program may have upgraded it meanwhile; the write lock settles that.
        const int version = sql::readSchemaVersion(db).value_or(from);
        if (version < sql::latestSchemaVersion()) {
            sql::applyMigrations(db, version, sql::latestSchemaVersion());
            if (version < 4) {
                // The log begins now, and whoever upgrades may do everything at first.
                const QString user = systemUserName();
                for (const Person& person : defaultPeople(user)) {
                    sql::writePerson(db, person, false);
                }
                sql::writeAuditBaseline(db, QStringLiteral("tracker.upgrade"), user);
            }
            transaction.commit();
        }
    } catch (...) {
        // The tracker is as it was, so the backup is only a duplicate.
        QFile::remove(backup);
        throw;
    }
}

std::optional<int> readVersion(const QString& file)
{
    try {
        sql::Connection probe(file, !isWritableFile(file));
        const QSqlDatabase db = probe.database();
        const auto version = sql::readSchemaVersion(db);
        if (version) {
            requireMatchingStructure(db, file, *version);
        }
        return version;
    } catch (const Error&) {
        const QString damage = sqliteDialect().damageDiagnosis(file);
        if (!damage.isEmpty()) {
            throw Error(damage);
        }
        throw;
    }
}

int probeSchemaVersion(const QString& file)
{
    const QFileInfo info(file);
    if (!info.exists()) {
        throw Error(Messages::tr("The tracker file %1 does not exist.").arg(shown(file)));
    }
    if (!info.isFile()) {
        throw Error(Messages::tr("%1 is not a file.").arg(shown(file)));
    }
    QFile header(file);
    if (!header.open(QIODevice::ReadOnly)) {
        // The system's own words go to the details, not into the sentence.
        if (header.error() == QFileDevice::PermissionsError) {
            throw Error(Messages::tr("You are not allowed to read %1: ask whoever manages the "
                                     "file or its folder for access.")
                            .arg(shown(file)),
                        header.errorString());
        }
        throw Error(
            Messages::tr("%1 cannot be read: the system refused to open it.").arg(shown(file)),
            header.errorString());
    }
    if (header.size() == 0) {
        throw Error(
            Messages::tr("%1 is empty (0 bytes): it is not a PML tracker.").arg(shown(file)));
    }
    if (!files::isSqliteDatabase(file)) {
        throw Error(Messages::tr("%1 is not a PML tracker (it is not an SQLite database).")
                        .arg(shown(file)));
    }
    if (const QString problem = sqliteDialect().foreignJournalProblem(file); !problem.isEmpty()) {
        throw Error(problem);
    }
    const auto version = readVersion(file);
    if (!version) {
        throw Error(Messages::tr("%1 is an SQLite database but not a PML tracker (it has no "
                                 "tracker schema version).")
                        .arg(shown(file)));
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

std::unique_ptr<TrackerStore> openTrackerFile(const QString& file, OpenMode mode)
{
    const int version = probeSchemaVersion(file);
    const int latest = sql::latestSchemaVersion();
    if (version > latest) {
        throw Error(Messages::tr("%1 has schema version %2, newer than the version %3 this program "
                                 "knows; use a newer version of the program.")
                        .arg(shown(file))
                        .arg(version)
                        .arg(latest));
    }
    if (mode == OpenMode::ReadWrite && !isWritableFile(file)) {
        throw Error(
            Messages::tr("Cannot write %1 (or its folder): open it read-only to consult it.")
                .arg(shown(file)));
    }
    if (mode == OpenMode::ReadWrite) {
        files::sweepLeftovers(file);
    }
    if (version < latest) {
        if (mode == OpenMode::ReadOnly) {
            throw Error(
                Messages::tr("%1 has schema version %2 and must be upgraded to version %3 before "
                             "it can be read; open it once for writing.")
                    .arg(shown(file))
                    .arg(version)
                    .arg(latest));
        }
        upgrade(file, version);
    }
    return std::make_unique<RulesStore>(std::make_unique<SqlitePersistence>(file, mode),
                                        mode == OpenMode::ReadOnly);
}

std::unique_ptr<TrackerStore> createTrackerFile(const QString& file, const TrackerContent& content)
{
    return createTrackerFile(file, content, {});
}

std::unique_ptr<TrackerStore>
createTrackerFile(const QString& file, const TrackerContent& content,
                  const std::function<void(const QSqlDatabase&)>& beforeCommit)
{
    if (QFileInfo::exists(file) || QFileInfo(file).isSymLink()) {
        throw Error(Messages::tr("%1 already exists; a new tracker is never written over a file.")
                        .arg(shown(file)));
    }
    if (!QFileInfo(QFileInfo(file).absolutePath()).isDir()) {
        throw Error(Messages::tr("Cannot create %1: its folder does not exist.").arg(shown(file)));
    }
    validateContent(content);
    for (const Person& person : content.people) {
        if (const auto problem = personNameProblem(person.name)) {
            throw Error(Messages::tr("Cannot list the person: %1.").arg(*problem));
        }
        if (person.roles.isEmpty()) {
            throw Error(Messages::tr("%1 needs at least one role: monitor, reviewer or admin.")
                            .arg(person.name));
        }
    }
    files::sweepLeftovers(file);
    files::TemporaryFile temp(file);
    {
        sql::Connection connection(temp.path(), false);
        const QSqlDatabase db = connection.database();
        dialectOf(db).beginBulkLoad(db);
        sql::Transaction transaction(db, sql::Transaction::Kind::Write);
        sql::applyMigrations(db, 0, sql::latestSchemaVersion());
        sql::writeContent(db, content, sql::latestSchemaVersion());
        QList<Person> people = content.people;
        if (people.isEmpty()) {
            people = defaultPeople(systemUserName());
        }
        for (const Person& person : people) {
            sql::writePerson(db, person, false);
        }
        sql::writeAuditBaseline(db, QStringLiteral("tracker.create"), people.constFirst().name);
        if (beforeCommit) {
            beforeCommit(db);
        }
        transaction.commit();
        dialectOf(db).endBulkLoad(db);
    }
    temp.commitTo(file, false); // refuses to replace a file created meanwhile
    return openTrackerFile(file, OpenMode::ReadWrite);
}

SqlitePersistence::SqlitePersistence(const QString& file, OpenMode mode)
    // A read-only store opens the file read-only only when it must: a read-only SQLite
    // connection that closes last leaves the "-wal" and "-shm" files behind.
    : m_connection(std::make_unique<sql::Connection>(file, mode == OpenMode::ReadOnly &&
                                                               !isWritableFile(file)))
{
    m_connection->dialect().configureConnection(db(), mode == OpenMode::ReadOnly);
}

SqlitePersistence::~SqlitePersistence() = default;

TrackerLocation SqlitePersistence::location() const
{
    return TrackerLocation::file(m_connection->file());
}

namespace {

class SqliteReadTransaction final : public ReadTransaction {
public:
    explicit SqliteReadTransaction(const QSqlDatabase& db)
        : m_transaction(db, sql::Transaction::Kind::Read)
    {
        // The state read is fixed now, not at the first read that follows.
        dialectOf(db).requireReadable(db);
    }

private:
    sql::Transaction m_transaction; // a read: ending it without a commit changes nothing
};

} // namespace

std::unique_ptr<ReadTransaction> SqlitePersistence::beginRead()
{
    return std::make_unique<SqliteReadTransaction>(db());
}

} // namespace pml
