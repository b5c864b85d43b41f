#include "audit_rows.h"
#include "core/error.h"
#include "core/messages.h"
#include "json_support.h"
#include "sqlite_store.h"

#include <QCryptographicHash>

namespace pml {
namespace {

QString itemOf(const Quarter& quarter, int line)
{
    return QStringLiteral("line %1 %2").arg(line).arg(quarter.key());
}

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

} // namespace

QList<ReviewTransition> SqliteTrackerStore::readTransitions(const QString& where,
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

QList<ReviewTransition> SqliteTrackerStore::reviewTransitions(const Quarter& quarter, int line)
{
    sql::Transaction transaction(db(), sql::Transaction::Kind::Read);
    QList<ReviewTransition> out =
        line > 0 ? readTransitions(QStringLiteral("WHERE quarter = ? AND line = ?"),
                                   {quarter.key(), line})
                 : readTransitions(QStringLiteral("WHERE quarter = ?"), {quarter.key()});
    transaction.commit();
    return out;
}

QList<ReviewTransition> SqliteTrackerStore::allReviewTransitions()
{
    sql::Transaction transaction(db(), sql::Transaction::Kind::Read);
    QList<ReviewTransition> out = readTransitions({}, {});
    transaction.commit();
    return out;
}

ReviewTransition SqliteTrackerStore::review(const ReviewRequest& r, const QDate& today)
{
    m_rules.requireWritable();
    if (!r.quarter.isValid()) {
        throw Error(Messages::tr("The quarter is not valid; write it as 2026-Q2."));
    }
    if (const auto problem = quarterNotEndedProblem(r.quarter, today)) {
        throw Error(*problem);
    }
    const QSqlDatabase d = db();
    sql::Transaction transaction(d, sql::Transaction::Kind::Write);
    if (!m_persistence.lineExists(r.line)) {
        throw Error(Messages::tr("There is no line of action %1.").arg(r.line));
    }
    m_rules.requireAllowed(operationFor(r.action));
    const QList<ReviewTransition> before = readTransitions(
        QStringLiteral("WHERE quarter = ? AND line = ?"), {r.quarter.key(), r.line});
    const ReviewState from = reviewStateAfter(before);
    if (const auto problem = transitionProblem(from, r.action, r.text, r.narrative)) {
        throw Error(Messages::tr("Line %1, %2: %3.").arg(r.line).arg(r.quarter.key(), *problem));
    }
    ReviewTransition t;
    t.quarter = r.quarter;
    t.line = r.line;
    t.action = r.action;
    t.from = from;
    t.to = stateAfter(r.action);
    t.text = r.action == ReviewAction::Submit ? QString() : r.text.trimmed();
    t.narrative = r.action == ReviewAction::Submit ? r.narrative : Narrative{};
    t.recordedAt = QDateTime::fromMSecsSinceEpoch(
        QDateTime::currentDateTimeUtc().toMSecsSinceEpoch(), Qt::UTC);
    t.recordedBy = m_rules.actingUser();
    sql::Query insert(d, QStringLiteral("INSERT INTO review_transitions (quarter, line, action, "
                                        "from_state, to_state, note, achievements, difficulties, "
                                        "next_steps, recorded_at, recorded_by) VALUES "
                                        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariantList values = {r.quarter.key(),
                                 r.line,
                                 reviewActionKey(r.action),
                                 reviewStateKey(from),
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
    t.id = insert.lastInsertId().toLongLong();
    QList<QPair<QString, qint64>> rows = {{QStringLiteral("review_transitions"), t.id}};
    if (r.action == ReviewAction::Approve) {
        const QString content = frozenContent(r.quarter, r.line);
        sql::Query(d, QStringLiteral("INSERT INTO review_snapshots (transition_id, content, "
                                     "sha256) VALUES (?, ?, ?)"))
            .bind(0, t.id)
            .bind(1, content)
            .bind(
                2,
                QString::fromLatin1(
                    QCryptographicHash::hash(content.toUtf8(), QCryptographicHash::Sha256).toHex()))
            .exec();
        rows.append({QStringLiteral("review_snapshots"), t.id});
    }
    sql::AuditWriter(d, m_rules.actingUser())
        .appendRows(QStringLiteral("review.") + reviewActionKey(r.action),
                    itemOf(r.quarter, r.line), rows, t.recordedAt);
    transaction.commit();
    return t;
}

} // namespace pml
