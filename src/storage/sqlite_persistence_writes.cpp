#include "json_support.h"
#include "sqlite_persistence.h"
#include "update_rows.h"

namespace pml {
namespace {

QVariant nullableText(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant nullableDate(const std::optional<QDate>& date)
{
    return date ? QVariant(json::dateText(*date)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

bool SqlitePersistence::activityExists(const QString& code)
{
    return sql::scalar(db(), QStringLiteral("SELECT COUNT(*) FROM activities WHERE code = ?"),
                       {code})
               .toInt() > 0;
}

int SqlitePersistence::percentInForce(const QString& activity, const QDate& date)
{
    sql::Query previous(db(), QStringLiteral("SELECT ") +
                                  sql::inForcePercentSubquery(QStringLiteral("?")));
    previous.bind(0, activity).bind(1, json::dateText(date)).bind(2, false).bind(3, false).exec();
    return previous.next() ? previous.value(0).toInt() : 0;
}

qint64 SqlitePersistence::insertUpdate(const StatusUpdate& u)
{
    sql::Query insert(
        db(),
        sql::returningId(
            db(), QStringLiteral("INSERT INTO status_updates (activity, effective_date, "
                                 "recorded_at, status, percent, note, recorded_by) "
                                 "VALUES (?, ?, ?, ?, ?, COALESCE(?, ''), COALESCE(?, ''))")));
    insert.bind(0, u.activity).bind(1, json::dateText(u.effectiveDate));
    insert.bind(2, u.recordedAt.toMSecsSinceEpoch());
    insert.bind(3, statusKey(u.status)).bind(4, u.percent).bind(5, u.note);
    insert.bind(6, u.recordedBy).exec();
    return insert.insertedId();
}

Planning SqlitePersistence::planningOf(const QString& activity)
{
    sql::Query q(db(), QStringLiteral("SELECT weight, planned_start, planned_end FROM activities "
                                      "WHERE code = ?"));
    q.bind(0, activity).exec();
    Planning planning;
    if (q.next()) {
        planning.weight = q.value(0).toDouble();
        if (!q.value(1).isNull()) {
            planning.plannedStart = json::parseIsoDate(q.value(1).toString());
        }
        if (!q.value(2).isNull()) {
            planning.plannedEnd = json::parseIsoDate(q.value(2).toString());
        }
    }
    return planning;
}

std::optional<Horizon> SqlitePersistence::horizonOf(const QString& activity)
{
    return horizonFromKey(
        sql::scalar(db(), QStringLiteral("SELECT horizon FROM activities WHERE code = ?"),
                    {activity})
            .toString());
}

void SqlitePersistence::writePlanning(const QString& activity, const Planning& planning)
{
    sql::Query(db(), QStringLiteral("UPDATE activities SET weight = ?, planned_start = ?, "
                                    "planned_end = ? WHERE code = ?"))
        .bind(0, planning.weight)
        .bind(1, nullableDate(planning.plannedStart))
        .bind(2, nullableDate(planning.plannedEnd))
        .bind(3, activity)
        .exec();
}

QList<Assignment> SqlitePersistence::assignmentsOf(const QString& activity)
{
    return readAssignments(activity);
}

void SqlitePersistence::writeResponsibility(const QString& activity,
                                            const Responsibility& responsibility)
{
    sql::Query(db(), QStringLiteral("DELETE FROM assignments WHERE activity = ?"))
        .bind(0, activity)
        .exec();
    sql::Query insert(
        db(), QStringLiteral("INSERT INTO assignments (activity, actor, role) VALUES (?, ?, ?)"));
    if (responsibility.lead) {
        insert.bind(0, activity)
            .bind(1, *responsibility.lead)
            .bind(2, actorRoleKey(ActorRole::Lead))
            .exec();
    }
    for (qint64 id : responsibility.support) {
        insert.bind(0, activity).bind(1, id).bind(2, actorRoleKey(ActorRole::Support)).exec();
    }
}

void SqlitePersistence::writeSettings(const Settings& settings)
{
    sql::exec(db(), QStringLiteral("DELETE FROM settings"));
    sql::Query insert(db(), QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
    for (const QString& key : settingKeys()) {
        // An empty value is the default (only optional report settings have one); leaving
        // it out keeps the tracker readable by versions that do not know the key.
        if (const QString value = settingValue(settings, key); !value.isEmpty()) {
            insert.bind(0, key).bind(1, value).exec();
        }
    }
}

QList<Actor> SqlitePersistence::actors()
{
    sql::Query q(db(), QStringLiteral("SELECT id, name, short_name, actor_group FROM actors"));
    q.exec();
    QList<Actor> out;
    while (q.next()) {
        Actor actor;
        actor.id = q.value(0).toLongLong();
        actor.name = q.value(1).toString();
        actor.shortName = q.value(2).toString();
        actor.group = actorGroupFromKey(q.value(3).toString()).value_or(ActorGroup::Other);
        out.append(actor);
    }
    return out;
}

std::optional<Actor> SqlitePersistence::actor(qint64 id)
{
    sql::Query q(db(), QStringLiteral("SELECT name, short_name, actor_group FROM actors "
                                      "WHERE id = ?"));
    q.bind(0, id).exec();
    if (!q.next()) {
        return std::nullopt;
    }
    Actor actor;
    actor.id = id;
    actor.name = q.value(0).toString();
    actor.shortName = q.value(1).toString();
    actor.group = actorGroupFromKey(q.value(2).toString()).value_or(ActorGroup::Other);
    return actor;
}

qint64 SqlitePersistence::insertActor(const Actor& actor)
{
    const qint64 id =
        sql::scalar(db(), QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM actors"))
            .toLongLong();
    sql::Query(db(), QStringLiteral("INSERT INTO actors (id, name, short_name, actor_group) "
                                    "VALUES (?, ?, ?, ?)"))
        .bind(0, id)
        .bind(1, actor.name)
        .bind(2, nullableText(actor.shortName))
        .bind(3, actorGroupKey(actor.group))
        .exec();
    return id;
}

void SqlitePersistence::updateActor(const Actor& actor)
{
    sql::Query(db(), QStringLiteral("UPDATE actors SET name = ?, short_name = ?, actor_group = ? "
                                    "WHERE id = ?"))
        .bind(0, actor.name)
        .bind(1, nullableText(actor.shortName))
        .bind(2, actorGroupKey(actor.group))
        .bind(3, actor.id)
        .exec();
}

} // namespace pml
