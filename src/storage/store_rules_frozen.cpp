#include "core/error.h"
#include "core/messages.h"
#include "core/progress.h"
#include "core/quarter.h"
#include "core/surface.h"
#include "store_rules.h"
#include "tracker_json.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace pml {
namespace {

QJsonValue number(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject figuresObject(const Figures& f)
{
    return {{"actual", number(f.actual)},
            {"planned", number(f.planned)},
            {"schedule", scheduleKey(f.schedule)}};
}

// The roll-up of the line, its groups, objectives and activities: what approval froze,
// kept for the record beside the input it came from.
QJsonObject lineFigures(const Snapshot& s, const Progress& p, int line)
{
    QJsonObject groups;
    QJsonObject objectives;
    QJsonObject activities;
    for (const BarrierGroup* g : s.strategy.groupsOfLine(line)) {
        groups.insert(g->code, figuresObject(p.groups.value(g->code)));
        for (const Objective* o : s.strategy.objectivesOfGroup(g->code)) {
            objectives.insert(QString::number(o->number),
                              figuresObject(p.objectives.value(o->number)));
        }
    }
    for (const Activity& a : s.strategy.activities) {
        if (s.strategy.lineOfActivity(a) == line) {
            const ActivityProgress& ap = p.activities.value(a.code);
            activities.insert(a.code, QJsonObject{{"status", statusKey(ap.status)},
                                                  {"percent", ap.percent},
                                                  {"planned", ap.planned},
                                                  {"schedule", scheduleKey(ap.schedule)}});
        }
    }
    return {{"line", figuresObject(p.lines.value(line))},
            {"groups", groups},
            {"objectives", objectives},
            {"activities", activities}};
}

QJsonArray idArray(const QList<StatusUpdate>& updates)
{
    QJsonArray ids;
    for (const StatusUpdate& u : updates) {
        ids.append(u.id);
    }
    return ids;
}

QSet<qint64> idSet(const QJsonArray& ids)
{
    QSet<qint64> set;
    for (const QJsonValue& v : ids) {
        set.insert(v.toInteger());
    }
    return set;
}

} // namespace

QString RulesStore::frozenContent(const Quarter& quarter, int line)
{
    const QuarterFigureDates dates = figureDates(quarter);
    const QDate asOf = dates.end;
    const QDate previous = dates.previousEnd;
    const Snapshot live = m_persistence.snapshotAt(dates.list());
    const QSet<QString> codes = live.strategy.activityCodesOfLine(line);
    TrackerContent c;
    c.strategy = live.strategy;
    c.settings = live.settings;
    for (const Assignment& a : live.assignments) {
        if (codes.contains(a.activity)) {
            c.assignments.append(a);
        }
    }
    QList<StatusUpdate> inForce;
    for (const StatusUpdate& u : live.updates) {
        if (codes.contains(u.activity)) {
            inForce.append(u);
        }
    }
    const QList<StatusUpdate> period =
        codes.isEmpty()
            ? QList<StatusUpdate>{}
            : m_persistence.updatesEffectiveBetween(quarter.firstDay(), asOf, codes.values());
    QHash<qint64, StatusUpdate> all;
    for (const StatusUpdate& u : inForce + period) {
        all.insert(u.id, u);
    }
    c.updates = all.values();
    std::sort(c.updates.begin(), c.updates.end(),
              [](const StatusUpdate& a, const StatusUpdate& b) { return a.id < b.id; });
    qint64 event = 0;
    for (const StatusUpdate& u : c.updates) {
        if (u.withdrawn) {
            c.withdrawals.append({++event, u.id, true, u.recordedAt, u.recordedBy});
        }
    }
    QJsonArray evidence;
    for (const Evidence& e : m_persistence.evidenceOfLineQuarter(quarter, line)) {
        evidence.append(e.id);
    }
    for (const StatusUpdate& u : period) {
        for (const Evidence& e : m_persistence.evidenceOfUpdate(u.id)) {
            evidence.append(e.id);
        }
    }
    const QJsonObject object{
        {"format", "pml-tracker-frozen-line"},
        {"quarter", quarter.key()},
        {"line", line},
        {"content", QJsonDocument::fromJson(trackerToJson(c)).object()},
        {"in_force", idArray(inForce)},
        {"period", idArray(period)},
        {"evidence", evidence},
        {"figures", lineFigures(live, computeProgress(live, asOf), line)},
    };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<FrozenLine> RulesStore::frozenLine(const Quarter& quarter, int line)
{
    const auto transaction = m_persistence.begin(Persistence::Access::Read);
    const QList<ReviewTransition> transitions = m_persistence.transitionsOf(quarter, line);
    const ReviewTransition* approval = currentApproval(transitions);
    if (!approval) {
        return std::nullopt;
    }
    const auto record = m_persistence.frozenRecord(approval->id);
    const QString damaged = Messages::tr("The figures frozen when line %1's %2 was approved are "
                                         "missing or were changed outside the program: restore "
                                         "the tracker from a backup copy.")
                                .arg(line)
                                .arg(quarterText(quarter)) +
                            QLatin1Char(' ') + checkRemedy();
    if (!record) {
        throw Error(damaged);
    }
    const QByteArray content = record->content.toUtf8();
    if (QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex() != record->sha256) {
        throw Error(damaged);
    }
    const QJsonObject object = QJsonDocument::fromJson(content).object();
    FrozenLine frozen;
    frozen.approval = *approval;
    const TrackerContent c =
        trackerFromJson(QJsonDocument(object.value(QStringLiteral("content")).toObject()).toJson());
    const QSet<qint64> inForce = idSet(object.value(QStringLiteral("in_force")).toArray());
    const QSet<qint64> period = idSet(object.value(QStringLiteral("period")).toArray());
    frozen.snapshot.strategy = c.strategy;
    frozen.snapshot.settings = c.settings;
    frozen.snapshot.assignments = c.assignments;
    frozen.snapshot.inForceAt = figureDates(quarter).list();
    for (const StatusUpdate& u : c.updates) {
        if (inForce.contains(u.id)) {
            frozen.snapshot.updates.append(u);
        }
        if (period.contains(u.id)) {
            frozen.periodUpdates.append(u);
        }
    }
    frozen.figures =
        QString::fromUtf8(QJsonDocument(object.value(QStringLiteral("figures")).toObject())
                              .toJson(QJsonDocument::Compact));
    for (const QJsonValue& id : object.value(QStringLiteral("evidence")).toArray()) {
        if (const auto evidence = m_persistence.evidenceWithId(id.toInteger())) {
            frozen.evidence.append(*evidence);
        }
    }
    transaction->commit();
    return frozen;
}

} // namespace pml
