// The check that a tracker file's schema is exactly what the program creates: a table,
// column, index or trigger added, changed or dropped by hand is named.
#include "core/messages.h"
#include "sql_schema.h"
#include "sql_support.h"
#include "sqlite_dialect.h"

#include <QMap>

namespace pml {
namespace {

// Every schema object but SQLite's own, by type and name, with its SQL.
QMap<QPair<QString, QString>, QString> schemaOf(const QSqlDatabase& db)
{
    QMap<QPair<QString, QString>, QString> objects;
    sql::Query q(db, QStringLiteral("SELECT type, name, sql FROM sqlite_schema WHERE name NOT "
                                    "LIKE 'sqlite\\_%' ESCAPE '\\'"));
    q.exec();
    while (q.next()) {
        objects.insert({q.value(0).toString(), q.value(1).toString()}, q.value(2).toString());
    }
    return objects;
}

// What the program creates: the migrations applied to an empty database in memory.
QMap<QPair<QString, QString>, QString> expectedSchema()
{
    sql::Connection memory(QStringLiteral(":memory:"), false);
    const QSqlDatabase db = memory.database();
    sql::Transaction transaction(db, sql::Transaction::Kind::Write);
    sql::applyMigrations(db, 0, sql::latestSchemaVersion());
    return schemaOf(db);
}

QString typeName(const QString& type)
{
    if (type == QLatin1String("table")) {
        return Messages::tr("table");
    }
    if (type == QLatin1String("index")) {
        return Messages::tr("index");
    }
    if (type == QLatin1String("trigger")) {
        return Messages::tr("safeguard (trigger)");
    }
    return Messages::tr("view");
}

} // namespace

QStringList SqliteDialect::schemaProblems(const QSqlDatabase& db) const
{
    const auto expected = expectedSchema();
    const auto actual = schemaOf(db);
    QStringList problems;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const auto found = actual.constFind(it.key());
        const QString what = QStringLiteral("%1 %2").arg(typeName(it.key().first), it.key().second);
        if (found == actual.cend()) {
            problems << Messages::tr("The %1 that the program creates is missing: it was removed "
                                     "outside the program.")
                            .arg(what);
        } else if (*found != *it) {
            problems << Messages::tr("The %1 differs from what the program creates (a column or a "
                                     "condition was changed): it was changed outside the program.")
                            .arg(what);
        }
    }
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        if (!expected.contains(it.key())) {
            problems << Messages::tr("A %1 named %2 that the program never creates was added "
                                     "outside the program.")
                            .arg(typeName(it.key().first), it.key().second);
        }
    }
    return problems;
}

} // namespace pml
