#include "core/error.h"
#include "core/messages.h"
#include "json_support.h"
#include "settings_values.h"
#include "sqlite_store.h"
#include "strategy_json_internal.h"

#include <QCoreApplication>
#include <QHash>

namespace pml {
namespace {

[[noreturn]] void damaged(const QString& what)
{
    throw Error(Messages::tr("The tracker is damaged: %1").arg(what));
}

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

// "YYYY-MM-DD" without the generic parser: this runs once per history row.
QDate fastIsoDate(const QString& text)
{
    if (text.size() != 10) {
        return {};
    }
    auto digits = [&](int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; ++i) {
            const int d = text.at(i).unicode() - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            n = n * 10 + d;
        }
        return n;
    };
    return QDate(digits(0, 4), digits(5, 2), digits(8, 2));
}

Status statusOf(const QString& key, qint64 id)
{
    static const QHash<QString, Status> statuses = [] {
        QHash<QString, Status> out;
        for (Status s : {Status::NotStarted, Status::InProgress, Status::Completed,
                         Status::Suspended, Status::Cancelled}) {
            out.insert(statusKey(s), s);
        }
        return out;
    }();
    const auto it = statuses.constFind(key);
    if (it == statuses.constEnd()) {
        damaged(Messages::tr("update %1 has an unknown status \"%2\".").arg(id).arg(key));
    }
    return *it;
}

} // namespace

Strategy SqliteTrackerStore::readStrategy()
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
    sql::Query activities(
        d, QStringLiteral("SELECT code, text, horizon, barrier_group, weight, "
                          "planned_start, planned_end FROM activities ORDER BY position"));
    activities.exec();
    QHash<QString, qsizetype> activityIndex;
    while (activities.next()) {
        Activity a;
        a.code = activities.value(0).toString();
        a.text = activities.value(1).toString();
        const auto horizon = horizonFromKey(activities.value(2).toString());
        if (!horizon) {
            damaged(Messages::tr("activity %1 has an unknown horizon.").arg(a.code));
        }
        a.horizon = *horizon;
        a.barrierGroup = activities.value(3).toString();
        a.weight = activities.value(4).toDouble();
        a.plannedStart = optionalDate(activities.value(5));
        a.plannedEnd = optionalDate(activities.value(6));
        activityIndex.insert(a.code, s.activities.size());
        s.activities.append(a);
    }
    sql::Query serves(d, QStringLiteral("SELECT activity, objective FROM activity_objectives "
                                        "ORDER BY activity, position"));
    serves.exec();
    while (serves.next()) {
        const auto it = activityIndex.constFind(serves.value(0).toString());
        if (it != activityIndex.constEnd()) {
            s.activities[*it].objectives.append(serves.value(1).toInt());
        }
    }
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

Settings SqliteTrackerStore::readSettings()
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

QList<Assignment> SqliteTrackerStore::readAssignments()
{
    QList<Assignment> out;
    sql::Query query(db(), QStringLiteral("SELECT a.activity, a.actor, a.role FROM assignments a "
                                          "JOIN activities t ON t.code = a.activity "
                                          "ORDER BY t.position, a.role, a.actor"));
    query.exec();
    while (query.next()) {
        const auto role = actorRoleFromKey(query.value(2).toString());
        out.append({query.value(0).toString(), query.value(1).toLongLong(),
                    role.value_or(ActorRole::Support)});
    }
    return out;
}

QList<WithdrawalEvent> SqliteTrackerStore::readWithdrawals(qint64 update)
{
    QString sql = QStringLiteral("SELECT id, update_id, withdrawn, recorded_at, recorded_by "
                                 "FROM update_withdrawals");
    if (update != 0) {
        sql += QStringLiteral(" WHERE update_id = ?");
    }
    sql::Query query(db(), sql + QStringLiteral(" ORDER BY id"));
    if (update != 0) {
        query.bind(0, update);
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

QList<StatusUpdate> SqliteTrackerStore::readUpdates(const QString& activity, bool withText)
{
    const QSqlDatabase d = db();
    QHash<qint64, bool> withdrawn; // final state of each update with events
    for (const WithdrawalEvent& w : readWithdrawals(0)) {
        withdrawn.insert(w.update, w.withdrawn);
    }
    // Codes are shared between rows rather than allocated a million times.
    QHash<QString, QString> codes;
    sql::Query known(d, QStringLiteral("SELECT code FROM activities"));
    known.exec();
    while (known.next()) {
        const QString code = known.value(0).toString();
        codes.insert(code, code);
    }
    QString sql = QStringLiteral("SELECT id, activity, effective_date, recorded_at, status, "
                                 "percent");
    sql += withText ? QStringLiteral(", note, recorded_by FROM status_updates")
                    : QStringLiteral(" FROM status_updates");
    if (!activity.isEmpty()) {
        sql += QStringLiteral(" WHERE activity = ?");
    }
    sql += QStringLiteral(" ORDER BY id");
    QList<StatusUpdate> out;
    if (activity.isEmpty()) {
        out.reserve(sql::scalar(d, QStringLiteral("SELECT COUNT(*) FROM status_updates")).toInt());
    }
    sql::Query query(d, sql);
    if (!activity.isEmpty()) {
        query.bind(0, activity);
    }
    query.exec();
    while (query.next()) {
        StatusUpdate u;
        u.id = query.value(0).toLongLong();
        const QString code = query.value(1).toString();
        u.activity = codes.value(code, code);
        u.effectiveDate = fastIsoDate(query.value(2).toString());
        u.recordedAt = QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC);
        u.status = statusOf(query.value(4).toString(), u.id);
        u.percent = query.value(5).toInt();
        if (withText) {
            u.note = query.value(6).toString();
            u.recordedBy = query.value(7).toString();
        }
        u.withdrawn = withdrawn.value(u.id, false);
        if (!u.effectiveDate.isValid()) {
            damaged(Messages::tr("update %1 has an impossible effective date.").arg(u.id));
        }
        out.append(std::move(u));
    }
    return out;
}

Snapshot SqliteTrackerStore::loadSnapshot(bool withText)
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

Settings SqliteTrackerStore::settings()
{
    sql::Transaction transaction(db(), sql::Transaction::Kind::Read);
    Settings s = readSettings();
    transaction.commit();
    return s;
}

QList<StatusUpdate> SqliteTrackerStore::history(const QString& activity)
{
    sql::Transaction transaction(db(), sql::Transaction::Kind::Read);
    if (!activity.isEmpty()) {
        requireActivity(activity);
    }
    QList<StatusUpdate> out = readUpdates(activity, true);
    transaction.commit();
    return out;
}

QList<WithdrawalEvent> SqliteTrackerStore::withdrawals(qint64 update)
{
    sql::Transaction transaction(db(), sql::Transaction::Kind::Read);
    QList<WithdrawalEvent> out = readWithdrawals(update);
    transaction.commit();
    return out;
}

TrackerContent SqliteTrackerStore::exportContent()
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
