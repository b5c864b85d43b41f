#include "audit_rows.h"
#include "core/error.h"
#include "core/messages.h"
#include "core/progress.h"
#include "json_support.h"
#include "sqlite_store.h"
#include "update_rows.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

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

void SqliteTrackerStore::requireActivity(const QString& code)
{
    if (sql::scalar(db(), QStringLiteral("SELECT COUNT(*) FROM activities WHERE code = ?"), {code})
            .toInt() == 0) {
        throw Error(Messages::tr("Unknown activity code \"%1\".").arg(code));
    }
}

QList<StatusUpdate> SqliteTrackerStore::recordUpdates(const QList<UpdateRequest>& requests,
                                                      const QDate& today)
{
    m_rules.requireWritable();
    const QSqlDatabase d = db();
    sql::Transaction transaction(d, sql::Transaction::Kind::Write);
    // The percent in force at the effective date, this batch's rows included: the
    // default of a suspension.
    sql::Query previous(d, QStringLiteral("SELECT ") +
                               sql::inForcePercentSubquery(QStringLiteral("?")));
    sql::Query insert(d,
                      QStringLiteral("INSERT INTO status_updates (activity, effective_date, "
                                     "recorded_at, status, percent, note, recorded_by) "
                                     "VALUES (?, ?, ?, ?, ?, COALESCE(?, ''), COALESCE(?, ''))"));
    QList<StatusUpdate> recorded;
    sql::AuditWriter audit(d, m_rules.actingUser());
    QSet<QString> monitors; // checked once per person, not per row of a bulk update
    for (const UpdateRequest& r : requests) {
        const QString by = r.recordedBy.isEmpty() ? m_rules.actingUser() : r.recordedBy;
        if (!monitors.contains(by)) {
            m_rules.requireAllowed(Operation::RecordUpdate, by);
            monitors.insert(by);
        }
        requireActivity(r.activity);
        if (const auto problem = validateEffectiveDate(r.effectiveDate, today)) {
            throw Error(Messages::tr("Activity %1: %2").arg(r.activity, *problem));
        }
        m_rules.requireUnlocked(r.activity, r.effectiveDate);
        const QString date = json::dateText(r.effectiveDate);
        previous.bind(0, r.activity).bind(1, date).bind(2, false).bind(3, false).exec();
        const int previousPercent = previous.next() ? previous.value(0).toInt() : 0;
        previous.raw().finish();
        const ResolvedPercent resolved = resolvePercent(r.status, r.percent, previousPercent);
        if (resolved.error) {
            throw Error(Messages::tr("Activity %1: %2").arg(r.activity, *resolved.error));
        }
        StatusUpdate u;
        u.activity = r.activity;
        u.effectiveDate = r.effectiveDate;
        u.recordedAt = QDateTime::currentDateTimeUtc();
        u.status = r.status;
        u.percent = resolved.percent;
        u.note = r.note;
        u.recordedBy = by;
        insert.bind(0, u.activity).bind(1, date).bind(2, u.recordedAt.toMSecsSinceEpoch());
        insert.bind(3, statusKey(u.status)).bind(4, u.percent).bind(5, u.note);
        insert.bind(6, u.recordedBy).exec();
        u.id = insert.lastInsertId().toLongLong();
        audit.setBy(by);
        audit.appendRows(QStringLiteral("update.record"), u.activity,
                         {{QStringLiteral("status_updates"), u.id}}, u.recordedAt);
        recorded.append(u);
    }
    transaction.commit();
    return recorded;
}

ActivityChange
SqliteTrackerStore::changeActivity(const QString& activity, const std::optional<Planning>& planning,
                                   const std::optional<Responsibility>& responsibility)
{
    m_rules.requireWritable();
    const QSqlDatabase d = db();
    sql::Transaction transaction(d, sql::Transaction::Kind::Write);
    m_rules.requireAllowed(planning ? Operation::ChangePlanning : Operation::ChangeResponsibility);
    if (planning && responsibility) {
        m_rules.requireAllowed(Operation::ChangeResponsibility);
    }
    requireActivity(activity);
    ActivityChange previous;
    if (planning) {
        previous.planning = readPlanning(activity);
    }
    if (responsibility) {
        previous.responsibility = readResponsibility(activity);
    }
    sql::AuditWriter audit(d, m_rules.actingUser());
    for (const auto& [category, wanted] :
         {std::pair{QStringLiteral("planning"), planning.has_value()},
          std::pair{QStringLiteral("responsibility"), responsibility.has_value()}}) {
        if (!wanted) {
            continue;
        }
        const QString before = sql::stateValue(d, category, activity);
        if (category == QLatin1String("planning")) {
            writePlanning(activity, *planning);
        } else {
            writeResponsibility(activity, *responsibility);
        }
        const QString after = sql::stateValue(d, category, activity);
        if (after != before) {
            audit.append(category, activity, before, after);
        }
    }
    transaction.commit();
    return previous;
}

Planning SqliteTrackerStore::readPlanning(const QString& activity)
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

Responsibility SqliteTrackerStore::readResponsibility(const QString& activity)
{
    Responsibility responsibility;
    for (const Assignment& assignment : readAssignments(activity)) {
        if (assignment.role == ActorRole::Lead) {
            responsibility.lead = assignment.actor;
        } else {
            responsibility.support.append(assignment.actor);
        }
    }
    return responsibility;
}

Actor SqliteTrackerStore::readActor(qint64 id)
{
    sql::Query q(db(), QStringLiteral("SELECT name, short_name, actor_group FROM actors "
                                      "WHERE id = ?"));
    q.bind(0, id).exec();
    if (!q.next()) {
        throw Error(Messages::tr("Unknown actor %1.").arg(id));
    }
    Actor actor;
    actor.id = id;
    actor.name = q.value(0).toString();
    actor.shortName = q.value(1).toString();
    actor.group = actorGroupFromKey(q.value(2).toString()).value_or(ActorGroup::Other);
    return actor;
}

void SqliteTrackerStore::writePlanning(const QString& activity, const Planning& planning)
{
    const QSqlDatabase d = db();
    const double weight = planning.weight;
    const std::optional<QDate>& plannedStart = planning.plannedStart;
    const std::optional<QDate>& plannedEnd = planning.plannedEnd;
    if (const auto problem = weightProblem(weight)) {
        throw Error(Messages::tr("Activity %1: %2.").arg(activity, *problem));
    }
    if ((plannedStart && !plannedStart->isValid()) || (plannedEnd && !plannedEnd->isValid())) {
        throw Error(Messages::tr("Activity %1: a planned date is not a real date.").arg(activity));
    }
    // The window in force after the change (an override may meet a default bound): only
    // the horizon is needed, not the whole strategy.
    Activity changed;
    changed.code = activity;
    changed.horizon =
        horizonFromKey(sql::scalar(d,
                                   QStringLiteral("SELECT horizon FROM activities WHERE code = ?"),
                                   {activity})
                           .toString())
            .value_or(Horizon::Short);
    changed.plannedStart = plannedStart;
    changed.plannedEnd = plannedEnd;
    if (const auto error = validatePlannedWindow(changed, readSettings())) {
        throw Error(*error);
    }
    sql::Query(d, QStringLiteral("UPDATE activities SET weight = ?, planned_start = ?, "
                                 "planned_end = ? WHERE code = ?"))
        .bind(0, weight)
        .bind(1, nullableDate(plannedStart))
        .bind(2, nullableDate(plannedEnd))
        .bind(3, activity)
        .exec();
}

void SqliteTrackerStore::writeResponsibility(const QString& activity,
                                             const Responsibility& responsibility)
{
    const QSqlDatabase d = db();
    const std::optional<qint64>& lead = responsibility.lead;
    const QList<qint64>& support = responsibility.support;
    QList<qint64> actors = support;
    if (lead) {
        actors.prepend(*lead);
    }
    for (qint64 id : actors) {
        if (sql::scalar(d, QStringLiteral("SELECT COUNT(*) FROM actors WHERE id = ?"), {id})
                .toInt() == 0) {
            throw Error(Messages::tr("Activity %1: unknown actor %2.").arg(activity).arg(id));
        }
    }
    if (lead && support.contains(*lead)) {
        throw Error(
            Messages::tr("Activity %1: actor %2 cannot be both the lead and a supporting actor.")
                .arg(activity)
                .arg(*lead));
    }
    sql::Query(d, QStringLiteral("DELETE FROM assignments WHERE activity = ?"))
        .bind(0, activity)
        .exec();
    sql::Query insert(
        d, QStringLiteral("INSERT INTO assignments (activity, actor, role) VALUES (?, ?, ?)"));
    if (lead) {
        insert.bind(0, activity).bind(1, *lead).bind(2, actorRoleKey(ActorRole::Lead)).exec();
    }
    QSet<qint64> done;
    for (qint64 id : support) {
        if (!done.contains(id)) { // the same supporting actor named twice counts once
            insert.bind(0, activity).bind(1, id).bind(2, actorRoleKey(ActorRole::Support)).exec();
            done.insert(id);
        }
    }
}

Settings SqliteTrackerStore::setSettings(const Settings& settings)
{
    m_rules.requireWritable();
    if (const auto problem = validateSettings(settings)) {
        throw Error(*problem);
    }
    const QSqlDatabase d = db();
    sql::Transaction transaction(d, sql::Transaction::Kind::Write);
    m_rules.requireAllowed(Operation::ChangeSettings);
    const Settings previous = readSettings();
    const QString before =
        sql::stateValue(d, QStringLiteral("settings"), QStringLiteral("settings"));
    sql::exec(d, QStringLiteral("DELETE FROM settings"));
    sql::Query insert(d, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
    for (const QString& key : settingKeys()) {
        // An empty value is the default (only optional report settings have one); leaving
        // it out keeps the tracker readable by versions that do not know the key.
        if (const QString value = settingValue(settings, key); !value.isEmpty()) {
            insert.bind(0, key).bind(1, value).exec();
        }
    }
    const QString after =
        sql::stateValue(d, QStringLiteral("settings"), QStringLiteral("settings"));
    if (after != before) {
        sql::AuditWriter(d, m_rules.actingUser())
            .append(QStringLiteral("settings"), QStringLiteral("settings"), before, after);
    }
    transaction.commit();
    return previous;
}

void SqliteTrackerStore::validateActorNames(qint64 id, const QString& name,
                                            const QString& shortName)
{
    if (name.trimmed().isEmpty()) {
        throw Error(Messages::tr("An actor needs a name."));
    }
    if (name != name.trimmed() || shortName != shortName.trimmed()) {
        throw Error(
            Messages::tr("Actor \"%1\": names must not start or end with spaces.").arg(name));
    }
    // Names and short names are all accepted to find an actor, so none may repeat.
    sql::Query others(db(), QStringLiteral("SELECT id, name, short_name FROM actors"));
    others.exec();
    while (others.next()) {
        if (others.value(0).toLongLong() == id) {
            continue;
        }
        for (const QString& taken : {others.value(1).toString(), others.value(2).toString()}) {
            for (const QString& wanted : {name, shortName}) {
                if (!wanted.isEmpty() && wanted.compare(taken, Qt::CaseInsensitive) == 0) {
                    throw Error(Messages::tr("The name \"%1\" is already used by the actor \"%2\".")
                                    .arg(wanted, others.value(1).toString()));
                }
            }
        }
    }
}

qint64 SqliteTrackerStore::addActor(const QString& name, const QString& shortName, ActorGroup group)
{
    m_rules.requireWritable();
    const QSqlDatabase d = db();
    sql::Transaction transaction(d, sql::Transaction::Kind::Write);
    m_rules.requireAllowed(Operation::AddActor);
    validateActorNames(0, name, shortName);
    const qint64 id =
        sql::scalar(d, QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM actors")).toLongLong();
    sql::Query(d, QStringLiteral("INSERT INTO actors (id, name, short_name, actor_group) "
                                 "VALUES (?, ?, ?, ?)"))
        .bind(0, id)
        .bind(1, name)
        .bind(2, nullableText(shortName))
        .bind(3, actorGroupKey(group))
        .exec();
    sql::AuditWriter(d, m_rules.actingUser())
        .append(QStringLiteral("actor.add"), QString::number(id), QString(),
                sql::stateValue(d, QStringLiteral("actors"), QString::number(id)));
    transaction.commit();
    return id;
}

Actor SqliteTrackerStore::updateActor(const Actor& actor)
{
    m_rules.requireWritable();
    const QSqlDatabase d = db();
    sql::Transaction transaction(d, sql::Transaction::Kind::Write);
    const Actor previous = readActor(actor.id);
    m_rules.requireAllowed(Operation::ChangeActor);
    validateActorNames(actor.id, actor.name, actor.shortName);
    const QString item = QString::number(actor.id);
    const QString before = sql::stateValue(d, QStringLiteral("actors"), item);
    sql::Query(d, QStringLiteral("UPDATE actors SET name = ?, short_name = ?, actor_group = ? "
                                 "WHERE id = ?"))
        .bind(0, actor.name)
        .bind(1, nullableText(actor.shortName))
        .bind(2, actorGroupKey(actor.group))
        .bind(3, actor.id)
        .exec();
    const QString after = sql::stateValue(d, QStringLiteral("actors"), item);
    if (after != before) {
        sql::AuditWriter(d, m_rules.actingUser())
            .append(QStringLiteral("actor.change"), item, before, after);
    }
    transaction.commit();
    return previous;
}

} // namespace pml
