#include "audit_rows.h"
#include "sqlite_persistence.h"

namespace pml {
namespace {

ReviewTransition transitionFrom(sql::Query& q)
{
    ReviewTransition t;
    t.id = q.value(0).toLongLong();
    t.quarter = quarterFromKey(q.value(1).toString()).value_or(Quarter{});
    t.line = q.value(2).toInt();
    t.action = reviewActionFromKey(q.value(3).toString()).value_or(ReviewAction::Submit);
    t.from = reviewStateFromKey(q.value(4).toString()).value_or(ReviewState::Open);
    t.to = reviewStateFromKey(q.value(5).toString()).value_or(ReviewState::Open);
    t.text = q.value(6).toString();
    t.narrative = {q.value(7).toString(), q.value(8).toString(), q.value(9).toString()};
    t.recordedAt = QDateTime::fromMSecsSinceEpoch(q.value(10).toLongLong(), Qt::UTC);
    t.recordedBy = q.value(11).toString();
    return t;
}

Evidence evidenceFrom(sql::Query& q)
{
    Evidence e;
    e.id = q.value(0).toLongLong();
    if (!q.value(1).isNull()) {
        e.update = q.value(1).toLongLong();
    }
    e.quarter = quarterFromKey(q.value(2).toString());
    e.line = q.value(3).toInt();
    e.kind = q.value(4).toString() == QLatin1String("link") ? Evidence::Kind::Link
                                                            : Evidence::Kind::File;
    e.name = q.value(5).toString();
    e.url = q.value(6).toString();
    e.mime = q.value(7).toString();
    e.size = q.value(8).toLongLong();
    e.sha256 = q.value(9).toString().toLatin1();
    e.recordedAt = QDateTime::fromMSecsSinceEpoch(q.value(10).toLongLong(), Qt::UTC);
    e.recordedBy = q.value(11).toString();
    e.activity = q.value(12).toString();
    e.withdrawn = !q.value(13).isNull();
    e.withdrawalReason = q.value(13).toString();
    return e;
}

QString tableOf(Persistence::Record record)
{
    switch (record) {
    case Persistence::Record::Update:
        return QStringLiteral("status_updates");
    case Persistence::Record::Withdrawal:
        return QStringLiteral("update_withdrawals");
    case Persistence::Record::Evidence:
        return QStringLiteral("evidence");
    case Persistence::Record::EvidenceWithdrawal:
        return QStringLiteral("evidence_withdrawals");
    case Persistence::Record::Transition:
        return QStringLiteral("review_transitions");
    case Persistence::Record::FrozenLine:
        return QStringLiteral("review_snapshots");
    }
    return {};
}

} // namespace

QList<ReviewTransition> SqlitePersistence::readTransitions(const QString& where,
                                                           const QVariantList& values)
{
    sql::Query q(db(), QStringLiteral("SELECT id, quarter, line, action, from_state, to_state, "
                                      "note, achievements, difficulties, next_steps, "
                                      "recorded_at, recorded_by FROM review_transitions ") +
                           where + QStringLiteral(" ORDER BY id"));
    for (int i = 0; i < values.size(); ++i) {
        q.bind(i, values.at(i));
    }
    q.exec();
    QList<ReviewTransition> out;
    while (q.next()) {
        out.append(transitionFrom(q));
    }
    return out;
}

QList<Evidence> SqlitePersistence::readEvidence(const QString& where, const QVariantList& values,
                                                const QString& order)
{
    sql::Query q(db(), QStringLiteral(
                           "SELECT e.id, e.update_id, e.quarter, e.line, e.kind, e.name, e.url, "
                           "e.mime, e.size, e.sha256, e.recorded_at, e.recorded_by, u.activity, "
                           "(SELECT w.reason FROM evidence_withdrawals w WHERE w.evidence_id = "
                           "e.id ORDER BY w.id LIMIT 1) FROM evidence e LEFT JOIN status_updates u "
                           "ON u.id = e.update_id ") +
                           where + QStringLiteral(" ORDER BY ") + order);
    for (int i = 0; i < values.size(); ++i) {
        q.bind(i, values.at(i));
    }
    q.exec();
    QList<Evidence> out;
    while (q.next()) {
        out.append(evidenceFrom(q));
    }
    return out;
}

QList<ReviewTransition> SqlitePersistence::transitionsOf(const Quarter& quarter, int line)
{
    return readTransitions(QStringLiteral("WHERE quarter = ? AND line = ?"), {quarter.key(), line});
}

qint64 SqlitePersistence::insertTransition(const ReviewTransition& t)
{
    sql::Query insert(
        db(),
        sql::returningId(db(), QStringLiteral("INSERT INTO review_transitions (quarter, line, "
                                              "action, from_state, to_state, note, achievements, "
                                              "difficulties, next_steps, recorded_at, recorded_by) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    const QVariantList values = {t.quarter.key(),
                                 t.line,
                                 reviewActionKey(t.action),
                                 reviewStateKey(t.from),
                                 reviewStateKey(t.to),
                                 t.text,
                                 t.narrative.achievements,
                                 t.narrative.difficulties,
                                 t.narrative.nextSteps,
                                 t.recordedAt.toMSecsSinceEpoch(),
                                 t.recordedBy};
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        insert.bind(i, v.typeId() == QMetaType::QString ? QVariant(sql::notNull(v.toString())) : v);
    }
    insert.exec();
    return insert.insertedId();
}

void SqlitePersistence::insertFrozen(qint64 transition, const FrozenRecord& record)
{
    sql::Query(db(), QStringLiteral("INSERT INTO review_snapshots (transition_id, content, "
                                    "sha256) VALUES (?, ?, ?)"))
        .bind(0, transition)
        .bind(1, record.content)
        .bind(2, QString::fromLatin1(record.sha256))
        .exec();
}

std::optional<Persistence::FrozenRecord> SqlitePersistence::frozenRecord(qint64 transition)
{
    sql::Query q(db(), QStringLiteral("SELECT content, sha256 FROM review_snapshots "
                                      "WHERE transition_id = ?"));
    q.bind(0, transition).exec();
    if (!q.next()) {
        return std::nullopt;
    }
    return FrozenRecord{q.value(0).toString(), q.value(1).toString().toLatin1()};
}

Snapshot SqlitePersistence::snapshotAt(const QList<QDate>& dates)
{
    return readSnapshotAt(dates, TrackerStore::Detail::Full);
}

QList<Evidence> SqlitePersistence::evidenceOfLineQuarter(const Quarter& quarter, int line)
{
    return readEvidence(QStringLiteral("WHERE e.quarter = ? AND e.line = ?"),
                        {quarter.key(), line});
}

QList<Evidence> SqlitePersistence::evidenceOfUpdate(qint64 update)
{
    return readEvidence(QStringLiteral("WHERE e.update_id = ?"), {update});
}

std::optional<Evidence> SqlitePersistence::evidenceWithId(qint64 id)
{
    const QList<Evidence> found = readEvidence(QStringLiteral("WHERE e.id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Evidence>(found.constFirst());
}

void SqlitePersistence::appendAuditOfRecords(const QString& by, const QString& kind,
                                             const QString& item,
                                             const QList<QPair<Record, qint64>>& records,
                                             const QDateTime& at)
{
    QList<QPair<QString, qint64>> rows;
    for (const auto& [record, id] : records) {
        rows.append({tableOf(record), id});
    }
    sql::AuditWriter(db(), by).appendRows(kind, item, rows, at);
}

} // namespace pml
