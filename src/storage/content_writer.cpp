#include "content_writer.h"

#include "core/error.h"
#include "json_support.h"
#include "sql_support.h"
#include "strategy_json_internal.h"

#include <QCoreApplication>

namespace pml::sql {
namespace {

QString jsonText(const json::Json& value)
{
    return QString::fromStdString(value.dump());
}

QVariant optionalDate(const std::optional<QDate>& date)
{
    return date ? QVariant(json::dateText(*date)) : QVariant(QMetaType(QMetaType::QString));
}

void writeStructure(const QSqlDatabase& db, const Strategy& s)
{
    Query line(db, QStringLiteral("INSERT INTO lines (number, name, heading, introduction) "
                                  "VALUES (?, ?, ?, ?)"));
    Query barrier(
        db, QStringLiteral("INSERT INTO line_barriers (line, position, text) VALUES (?, ?, ?)"));
    for (const Line& l : s.lines) {
        line.bind(0, l.number).bind(1, l.name).bind(2, l.heading);
        line.bind(3, jsonText(json::stringArrayJson(l.introduction))).exec();
        for (int i = 0; i < l.barriers.size(); ++i) {
            barrier.bind(0, l.number).bind(1, i + 1).bind(2, l.barriers[i]).exec();
        }
    }
    Query group(db, QStringLiteral("INSERT INTO barrier_groups (code, line, position, "
                                   "source_code, heading) VALUES (?, ?, ?, ?, ?)"));
    Query covers(db, QStringLiteral("INSERT INTO group_barriers (group_code, line, "
                                    "barrier_position, position) VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < s.barrierGroups.size(); ++i) {
        const BarrierGroup& g = s.barrierGroups[i];
        group.bind(0, g.code).bind(1, g.line).bind(2, i + 1).bind(3, g.sourceCode);
        group.bind(4, g.heading).exec();
        const Line* l = s.line(g.line);
        for (int k = 0; k < g.barriers.size(); ++k) {
            const qsizetype position = l ? l->barriers.indexOf(g.barriers[k]) : -1;
            covers.bind(0, g.code).bind(1, g.line).bind(2, int(position + 1)).bind(3, k + 1);
            covers.exec();
        }
    }
    Query objective(
        db,
        QStringLiteral("INSERT INTO objectives (number, barrier_group, text) VALUES (?, ?, ?)"));
    for (const Objective& o : s.objectives) {
        objective.bind(0, o.number).bind(1, o.barrierGroup).bind(2, o.text).exec();
    }
    Query activity(db, QStringLiteral("INSERT INTO activities (code, position, barrier_group, "
                                      "horizon, text, weight, planned_start, planned_end) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    Query serves(db, QStringLiteral("INSERT INTO activity_objectives (activity, objective, "
                                    "position) VALUES (?, ?, ?)"));
    for (int i = 0; i < s.activities.size(); ++i) {
        const Activity& a = s.activities[i];
        activity.bind(0, a.code).bind(1, i + 1).bind(2, a.barrierGroup);
        activity.bind(3, horizonKey(a.horizon)).bind(4, a.text).bind(5, a.weight);
        activity.bind(6, optionalDate(a.plannedStart)).bind(7, optionalDate(a.plannedEnd)).exec();
        for (int k = 0; k < a.objectives.size(); ++k) {
            serves.bind(0, a.code).bind(1, a.objectives[k]).bind(2, k + 1).exec();
        }
    }
    Query actor(db, QStringLiteral("INSERT INTO actors (id, name, short_name, actor_group) "
                                   "VALUES (?, ?, ?, ?)"));
    for (const Actor& a : s.actors) {
        actor.bind(0, a.id).bind(1, a.name);
        actor.bind(2, a.shortName.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                            : QVariant(a.shortName));
        actor.bind(3, actorGroupKey(a.group)).exec();
    }
}

void writeHistory(const QSqlDatabase& db, const TrackerContent& content, int schemaVersion)
{
    Query update(db, QStringLiteral("INSERT INTO status_updates (id, activity, effective_date, "
                                    "recorded_at, status, percent, note, recorded_by) "
                                    "VALUES (?, ?, ?, ?, ?, ?, COALESCE(?, ''), COALESCE(?, ''))"));
    for (const StatusUpdate& u : content.updates) {
        update.bind(0, u.id).bind(1, u.activity).bind(2, json::dateText(u.effectiveDate));
        update.bind(3, u.recordedAt.toMSecsSinceEpoch()).bind(4, statusKey(u.status));
        update.bind(5, u.percent).bind(6, u.note).bind(7, u.recordedBy).exec();
    }
    if (content.withdrawals.isEmpty()) {
        return;
    }
    if (schemaVersion < 2) {
        throw Error(
            QCoreApplication::translate("pml", "Schema version %1 cannot hold withdrawn updates.")
                .arg(schemaVersion));
    }
    Query event(db,
                QStringLiteral("INSERT INTO update_withdrawals (id, update_id, withdrawn, "
                               "recorded_at, recorded_by) VALUES (?, ?, ?, ?, COALESCE(?, ''))"));
    for (const WithdrawalEvent& w : content.withdrawals) {
        event.bind(0, w.id).bind(1, w.update).bind(2, w.withdrawn);
        event.bind(3, w.recordedAt.toMSecsSinceEpoch()).bind(4, w.recordedBy).exec();
    }
}

} // namespace

void writeStrategyText(const QSqlDatabase& db, const Strategy& strategy)
{
    Query meta(db, QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
    meta.bind(0, QStringLiteral("title")).bind(1, strategy.title).exec();
    meta.bind(0, QStringLiteral("introduction"))
        .bind(1, jsonText(json::stringArrayJson(strategy.introduction)))
        .exec();
    meta.bind(0, QStringLiteral("reference"))
        .bind(1, jsonText(json::referenceToJson(strategy.reference)))
        .exec();
}

void writeContent(const QSqlDatabase& db, const TrackerContent& content, int schemaVersion)
{
    writeStrategyText(db, content.strategy);
    writeStructure(db, content.strategy);
    Query setting(db, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
    for (const QString& key : settingKeys()) {
        // Empty: the default of an optional setting, left out as setSettings() does.
        if (const QString value = settingValue(content.settings, key); !value.isEmpty()) {
            setting.bind(0, key).bind(1, value).exec();
        }
    }
    Query assignment(
        db, QStringLiteral("INSERT INTO assignments (activity, actor, role) VALUES (?, ?, ?)"));
    for (const Assignment& a : content.assignments) {
        assignment.bind(0, a.activity).bind(1, a.actor).bind(2, actorRoleKey(a.role)).exec();
    }
    writeHistory(db, content, schemaVersion);
}

} // namespace pml::sql
