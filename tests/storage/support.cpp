#include "support.h"

#include "core/user.h"
#include "storage/content_writer.h"
#include "storage/sql_schema.h"
#include "storage/sql_support.h"
#include "storage/strategy_json.h"

#include <QDir>
#include <QFile>

namespace pml::test {

TrackerContent freshContent()
{
    TrackerContent c;
    c.strategy = bundledStrategy();
    c.settings.start = QDate(2024, 1, 1);
    // The creator first; "tester" records the fixtures' updates.
    c.people = {Person{systemUserName(), allRoles(), true},
                Person{QStringLiteral("tester"), allRoles(), true},
                Person{QStringLiteral("ana"), allRoles(), true},
                Person{QStringLiteral("luis"), allRoles(), true}};
    return c;
}

TrackerContent sampleContent()
{
    TrackerContent c = freshContent();
    const QDateTime t0(QDate(2024, 3, 1), QTime(9, 30, 0, 125), Qt::UTC);
    c.updates = {
        {1, "6.C7", QDate(2024, 2, 1), t0, Status::InProgress, 40, "primer avance", "ana", false},
        {2, "6.C7", QDate(2024, 2, 20), t0.addMSecs(1), Status::Completed, 100, "", "ana", false},
        {3, "21.C1", QDate(2024, 2, 25), t0.addSecs(60), Status::Suspended, 0, "falta fondo",
         "luis", true},
        {4, "1.ML2", QDate(2024, 3, 1), t0.addSecs(120), Status::Cancelled, 0, "", "", false},
    };
    c.withdrawals = {
        {1, 3, true, t0.addSecs(300), "ana"},
        {2, 3, false, t0.addSecs(400), "ana"},
        {3, 3, true, t0.addSecs(500), "luis"},
    };
    // In the order the store gives them back: activity order, lead first, then by actor.
    c.assignments = {{"1.C1", 2, ActorRole::Support},
                     {"6.C7", 5, ActorRole::Lead},
                     {"6.C7", 7, ActorRole::Support},
                     {"6.C7", 9, ActorRole::Support}};
    c.strategy.activities[0].weight = 2.5;
    c.strategy.activities[0].plannedStart = QDate(2024, 2, 1);
    c.strategy.activities[0].plannedEnd = QDate(2025, 6, 30);
    c.settings.mode = RollupMode::Activities;
    c.settings.atRiskGap = 12.5;
    return c;
}

QByteArray readBytes(const QString& file)
{
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeBytes(const QString& file, const QByteArray& bytes)
{
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

QStringList folderEntries(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                                  QDir::Name);
}

void createVersion1Database(const QString& file, const TrackerContent& content)
{
    sql::Connection connection(file, false);
    const QSqlDatabase db = connection.database();
    sql::exec(db, "PRAGMA foreign_keys = ON");
    sql::exec(db, "PRAGMA journal_mode = WAL");
    sql::Transaction transaction(db, sql::Transaction::Kind::Write);
    sql::applyMigrations(db, 0, 1);
    sql::writeContent(db, content, 1);
    transaction.commit();
}

UpdateRequest request(const QString& code, Status status, std::optional<int> percent,
                      const QDate& date, const QString& note)
{
    UpdateRequest r;
    r.activity = code;
    r.status = status;
    r.percent = percent;
    r.effectiveDate = date;
    r.note = note;
    r.recordedBy = "tester";
    return r;
}

} // namespace pml::test
