#include "content_validation.h"
#include "core/error.h"
#include "core/history.h"
#include "core/messages.h"
#include "json_support.h"
#include "settings_values.h"
#include "sql_dialect.h"
#include "sql_schema.h"
#include "sqlite_persistence.h"
#include "strategy_validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace pml {
namespace {

// Each check adds sentences instead of stopping at the first problem.
void checkStructure(const QSqlDatabase& db, QStringList& problems)
{
    sql::Query noObjective(
        db, QStringLiteral("SELECT code FROM activities a WHERE NOT EXISTS (SELECT 1 "
                           "FROM activity_objectives o WHERE o.activity = a.code) "
                           "ORDER BY position"));
    noObjective.exec();
    while (noObjective.next()) {
        problems << Messages::tr("Activity %1 serves no objective.")
                        .arg(noObjective.value(0).toString());
    }
    sql::Query otherGroup(
        db, QStringLiteral("SELECT a.code, o.number FROM activity_objectives ao "
                           "JOIN activities a ON a.code = ao.activity "
                           "JOIN objectives o ON o.number = ao.objective "
                           "WHERE o.barrier_group <> a.barrier_group ORDER BY a.position"));
    otherGroup.exec();
    while (otherGroup.next()) {
        problems << Messages::tr("Activity %1 serves objective %2 of another barrier group.")
                        .arg(otherGroup.value(0).toString(), otherGroup.value(1).toString());
    }
    sql::Query uncovered(
        db, QStringLiteral("SELECT lb.line, lb.text FROM line_barriers lb WHERE NOT EXISTS "
                           "(SELECT 1 FROM group_barriers gb WHERE gb.line = lb.line AND "
                           "gb.barrier_position = lb.position) ORDER BY lb.line, "
                           "lb.position"));
    uncovered.exec();
    while (uncovered.next()) {
        problems << Messages::tr("Line %1: barrier \"%2\" is in no barrier group.")
                        .arg(uncovered.value(0).toString(), uncovered.value(1).toString());
    }
    sql::Query leads(db, QStringLiteral("SELECT activity FROM assignments WHERE role = 'lead' "
                                        "GROUP BY activity HAVING COUNT(*) > 1"));
    leads.exec();
    while (leads.next()) {
        problems << Messages::tr("Activity %1 has more than one lead actor.")
                        .arg(leads.value(0).toString());
    }
}

} // namespace

QStringList SqlitePersistence::structureProblems()
{
    const QSqlDatabase d = db();
    QStringList problems;
    sql::Transaction transaction(d, sql::Transaction::Kind::Read);
    const auto version = sql::readSchemaVersion(d);
    if (version != sql::latestSchemaVersion()) {
        problems << Messages::tr("The schema version is %1, expected %2.")
                        .arg(version.value_or(0))
                        .arg(sql::latestSchemaVersion());
    }
    problems << m_connection->dialect().schemaProblems(d);
    checkStructure(d, problems);
    QList<QPair<QString, QString>> values;
    sql::Query settings(d, QStringLiteral("SELECT key, value FROM settings"));
    settings.exec();
    while (settings.next()) {
        values.append({settings.value(0).toString(), settings.value(1).toString()});
    }
    Settings parsed;
    if (const auto problem = settingsFromValues(values, parsed)) {
        problems << Messages::tr("Settings: %1").arg(*problem);
    }
    transaction.commit();
    return problems;
}

} // namespace pml
