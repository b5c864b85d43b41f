#include "core/error.h"
#include "core/messages.h"
#include "json_support.h"
#include "settings_values.h"
#include "sqlite_persistence.h"
#include "sqlite_rows.h"
#include "strategy_json_internal.h"
#include "update_rows.h"

#include <QCoreApplication>
#include <QHash>

namespace pml {
namespace {

using sql::damaged;

QStringList jsonStrings(const QString& text, const char* what)
{
    try {
        const json::Json value = json::Json::parse(text.toStdString());
        QStringList out;
        for (const auto& item : value) {
            out.append(QString::fromStdString(item.get<std::string>()));
        }
        return out;
    } catch (const std::exception&) {
        damaged(QString::fromLatin1(what));
    }
}

std::optional<QDate> optionalDate(const QVariant& value)
{
    if (value.isNull()) {
        return std::nullopt;
    }
    return json::parseIsoDate(value.toString());
}

} // namespace

Strategy SqlitePersistence::readStrategy(bool withText, QList<qint64>* positions,
                                         const QString& only)
{
    const QSqlDatabase d = db();
    Strategy s;
    sql::Query meta(d, QStringLiteral("SELECT key, value FROM meta"));
    meta.exec();
    while (meta.next()) {
        const QString key = meta.value(0).toString();
        const QString value = meta.value(1).toString();
        if (key == QLatin1String("title")) {
            s.title = value;
        } else if (key == QLatin1String("introduction")) {
            s.introduction = jsonStrings(value, "introduction");
        } else if (key == QLatin1String("reference")) {
            try {
                s.reference = json::referenceFromJson(json::Json::parse(value.toStdString()),
                                                      QStringLiteral("reference"));
            } catch (const std::exception&) {
                damaged(Messages::tr("the reference text is unreadable."));
            }
        }
    }
    sql::Query lines(d, QStringLiteral("SELECT number, name, heading, introduction FROM lines "
                                       "ORDER BY number"));
    lines.exec();
    while (lines.next()) {
        s.lines.append({lines.value(0).toInt(),
                        lines.value(1).toString(),
                        lines.value(2).toString(),
                        jsonStrings(lines.value(3).toString(), "line introduction"),
                        {}});
    }
    sql::Query barriers(d, QStringLiteral("SELECT line, text FROM line_barriers "
                                          "ORDER BY line, position"));
    barriers.exec();
    while (barriers.next()) {
        for (Line& line : s.lines) {
            if (line.number == barriers.value(0).toInt()) {
                line.barriers.append(barriers.value(1).toString());
            }
        }
    }
    sql::Query groups(d, QStringLiteral("SELECT code, source_code, line, heading "
                                        "FROM barrier_groups ORDER BY position"));
    groups.exec();
    QHash<QString, qsizetype> groupIndex;
    while (groups.next()) {
        groupIndex.insert(groups.value(0).toString(), s.barrierGroups.size());
        s.barrierGroups.append({groups.value(0).toString(),
                                groups.value(1).toString(),
                                groups.value(2).toInt(),
                                groups.value(3).toString(),
                                {}});
    }
    sql::Query covers(d, QStringLiteral("SELECT gb.group_code, lb.text FROM group_barriers gb "
                                        "JOIN line_barriers lb ON lb.line = gb.line "
                                        "AND lb.position = gb.barrier_position "
                                        "ORDER BY gb.group_code, gb.position"));
    covers.exec();
    while (covers.next()) {
        const auto it = groupIndex.constFind(covers.value(0).toString());
        if (it != groupIndex.constEnd()) {
            s.barrierGroups[*it].barriers.append(covers.value(1).toString());
        }
    }
    sql::Query objectives(d, QStringLiteral("SELECT number, text, barrier_group FROM objectives "
                                            "ORDER BY number"));
    objectives.exec();
    while (objectives.next()) {
        s.objectives.append({objectives.value(0).toInt(), objectives.value(1).toString(),
                             objectives.value(2).toString()});
    }
    QList<qint64> own;
    readActivities(s, withText, positions ? positions : &own, only);
    sql::Query actors(d, QStringLiteral("SELECT id, name, short_name, actor_group FROM actors "
                                        "ORDER BY id"));
    actors.exec();
    while (actors.next()) {
        Actor a;
        a.id = actors.value(0).toLongLong();
        a.name = actors.value(1).toString();
        a.shortName = actors.value(2).toString();
        a.group = actorGroupFromKey(actors.value(3).toString()).value_or(ActorGroup::Other);
        s.actors.append(a);
    }
    return s;
}

// Activities and the objectives they serve, through SqliteRows: with tens of thousands of
// activities this is most of what opening a tracker reads.
void SqlitePersistence::readActivities(Strategy& s, bool withText, QList<qint64>* positions,
                                       const QString& only)
{
    const QSqlDatabase d = db();
    const QString where = only.isEmpty() ? QString() : QStringLiteral(" WHERE code = ?");
    sql::SqliteRows activities(
        d, QStringLiteral("SELECT code, %1, horizon, barrier_group, weight, planned_start, "
                          "planned_end, position FROM activities%2 ORDER BY position")
               .arg(withText ? QStringLiteral("text") : QStringLiteral("''"), where));
    if (!only.isEmpty()) {
        activities.bind(0, only);
    }
    QString group; // shared by consecutive activities, not one string each
    QByteArray groupBytes;
    while (activities.next()) {
        Activity a;
        a.code = activities.text(0);
        a.text = activities.text(1);
        const QByteArrayView stored = activities.utf8(2);
        const auto horizon = horizonFromKey(QLatin1String(stored.data(), stored.size()));
        if (!horizon) {
            damaged(Messages::tr("activity %1 has an unknown horizon.").arg(a.code));
        }
        a.horizon = *horizon;
        if (activities.utf8(3) != groupBytes) {
            groupBytes = activities.utf8(3).toByteArray();
            group = QString::fromUtf8(groupBytes);
        }
        a.barrierGroup = group;
        a.weight = activities.real(4);
        if (!activities.isNull(5)) {
            a.plannedStart = optionalDate(activities.text(5));
        }
        if (!activities.isNull(6)) {
            a.plannedEnd = optionalDate(activities.text(6));
        }
        positions->append(activities.integer(7));
        s.activities.append(std::move(a));
    }
    // The objectives served, in the same order: walked along, no look-up by code.
    sql::SqliteRows serves(
        d, QStringLiteral("SELECT a.position, ao.objective FROM activities a "
                          "JOIN activity_objectives ao ON ao.activity = "
                          "a.code%1 ORDER BY a.position, ao.position")
               .arg(only.isEmpty() ? QString() : QStringLiteral(" WHERE a.code = ?")));
    if (!only.isEmpty()) {
        serves.bind(0, only);
    }
    qsizetype i = 0;
    while (serves.next()) {
        const qint64 position = serves.integer(0);
        while (i < positions->size() && positions->at(i) < position) {
            ++i;
        }
        if (i < positions->size() && positions->at(i) == position) {
            s.activities[i].objectives.append(int(serves.integer(1)));
        }
    }
}

Settings SqlitePersistence::readSettings()
{
    QList<QPair<QString, QString>> values;
    sql::Query query(db(), QStringLiteral("SELECT key, value FROM settings ORDER BY key"));
    query.exec();
    while (query.next()) {
        values.append({query.value(0).toString(), query.value(1).toString()});
    }
    Settings settings;
    if (const auto problem = settingsFromValues(values, settings)) {
        damaged(*problem);
    }
    return settings;
}

QList<Assignment> SqlitePersistence::readAssignments(const QString& only)
{
    QList<Assignment> out;
    sql::Query query(
        db(), QStringLiteral("SELECT a.activity, a.actor, a.role FROM assignments a "
                             "JOIN activities t ON t.code = a.activity%1 "
                             "ORDER BY t.position, a.role, a.actor")
                  .arg(only.isEmpty() ? QString() : QStringLiteral(" WHERE a.activity = ?")));
    if (!only.isEmpty()) {
        query.bind(0, only);
    }
    query.exec();
    while (query.next()) {
        const auto role = actorRoleFromKey(query.value(2).toString());
        out.append({query.value(0).toString(), query.value(1).toLongLong(),
                    role.value_or(ActorRole::Support)});
    }
    return out;
}

QList<WithdrawalEvent> SqlitePersistence::readWithdrawals(qint64 update, const QString& activity)
{
    QString sql = QStringLiteral("SELECT w.id, w.update_id, w.withdrawn, w.recorded_at, "
                                 "w.recorded_by FROM update_withdrawals w");
    if (update != 0) {
        sql += QStringLiteral(" WHERE w.update_id = ?");
    } else if (!activity.isEmpty()) {
        sql += QStringLiteral(" JOIN status_updates u ON u.id = w.update_id WHERE u.activity = ?");
    }
    sql::Query query(db(), sql + QStringLiteral(" ORDER BY w.id"));
    if (update != 0) {
        query.bind(0, update);
    } else if (!activity.isEmpty()) {
        query.bind(0, activity);
    }
    query.exec();
    QList<WithdrawalEvent> out;
    while (query.next()) {
        out.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                    query.value(2).toBool(),
                    QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC),
                    query.value(4).toString()});
    }
    return out;
}

QList<StatusUpdate> SqlitePersistence::readUpdates(const QString& activity, bool withText)
{
    const QSqlDatabase d = db();
    QHash<qint64, bool> withdrawn; // final state of each update with events
    for (const WithdrawalEvent& w : readWithdrawals(0, activity)) {
        withdrawn.insert(w.update, w.withdrawn);
    }
    QString sql = QStringLiteral("SELECT ") + sql::updateColumns(QStringLiteral("u"), withText) +
                  QStringLiteral(" FROM status_updates u");
    if (!activity.isEmpty()) {
        sql += QStringLiteral(" WHERE u.activity = ?");
    }
    sql += QStringLiteral(" ORDER BY u.id");
    QList<StatusUpdate> out;
    if (activity.isEmpty()) {
        out.reserve(sql::scalar(d, QStringLiteral("SELECT COUNT(*) FROM status_updates")).toInt());
    }
    sql::SqliteRows rows(d, sql);
    if (!activity.isEmpty()) {
        rows.bind(0, activity);
    }
    QHash<QString, QString> codes;
    while (rows.next()) {
        StatusUpdate u = sql::readUpdateRow(rows, withText, &codes);
        u.withdrawn = withdrawn.value(u.id, false);
        out.append(std::move(u));
    }
    return out;
}

Snapshot SqlitePersistence::loadSnapshot(bool withText)
{
    sql::Transaction transaction(db(), sql::Transaction::Kind::Read);
    Snapshot s;
    s.strategy = readStrategy();
    s.settings = readSettings();
    s.assignments = readAssignments();
    s.updates = readUpdates({}, withText);
    transaction.commit();
    return s;
}

Snapshot SqlitePersistence::loadActivityContext(const QString& activity)
{
    sql::Transaction transaction(db(), sql::Transaction::Kind::Read);
    Snapshot s;
    s.strategy = readStrategy(true, nullptr, activity);
    s.settings = readSettings();
    s.assignments = readAssignments(activity);
    s.inForceAt = QList<QDate>(); // no history: no figures
    transaction.commit();
    return s;
}

Settings SqlitePersistence::settings()
{
    sql::Transaction transaction(db(), sql::Transaction::Kind::Read);
    Settings s = readSettings();
    transaction.commit();
    return s;
}

QList<StatusUpdate> SqlitePersistence::history(const QString& activity)
{
    sql::Transaction transaction(db(), sql::Transaction::Kind::Read);
    QList<StatusUpdate> out = readUpdates(activity, true);
    transaction.commit();
    return out;
}

QList<WithdrawalEvent> SqlitePersistence::withdrawals(qint64 update)
{
    sql::Transaction transaction(db(), sql::Transaction::Kind::Read);
    QList<WithdrawalEvent> out = readWithdrawals(update);
    transaction.commit();
    return out;
}

ActivityHistory SqlitePersistence::activityHistory(const QString& activity)
{
    sql::Transaction transaction(db(), sql::Transaction::Kind::Read);
    ActivityHistory out;
    out.updates = readUpdates(activity, true);
    out.withdrawals = readWithdrawals(0, activity);
    out.evidence = readEvidence(QStringLiteral("WHERE u.activity = ?"), {activity});
    transaction.commit();
    return out;
}

TrackerContent SqlitePersistence::exportContent()
{
    sql::Transaction transaction(db(), sql::Transaction::Kind::Read);
    TrackerContent c;
    c.strategy = readStrategy();
    c.settings = readSettings();
    c.assignments = readAssignments();
    c.updates = readUpdates({}, true);
    c.withdrawals = readWithdrawals(0);
    transaction.commit();
    return c;
}

} // namespace pml
