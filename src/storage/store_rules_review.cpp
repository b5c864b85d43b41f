#include "core/error.h"
#include "core/messages.h"
#include "core/text_limits.h"
#include "store_rules.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace pml {
namespace {

QString itemOf(const Quarter& quarter, int line)
{
    return QStringLiteral("line %1 %2").arg(line).arg(quarter.key());
}

} // namespace

ReviewTransition RulesStore::review(const ReviewRequest& r, const QDate& today)
{
    requireWritable();
    if (!r.quarter.isValid()) {
        throw Error(Messages::tr("The quarter is not valid; write it as 2026-Q2."));
    }
    if (const auto problem = quarterNotEndedProblem(r.quarter, today)) {
        throw Error(*problem);
    }
    if (const auto problem = textLengthProblem(PersonText::ReviewNote, r.text)) {
        throw Error(*problem);
    }
    if (const auto problem = narrativeLengthProblem(r.narrative)) {
        throw Error(*problem);
    }
    const auto transaction = m_persistence.begin(Persistence::Access::Write);
    if (!m_persistence.lineExists(r.line)) {
        throw Error(Messages::tr("There is no line of action %1.").arg(r.line));
    }
    requireAllowed(operationFor(r.action));
    const ReviewState from = reviewStateAfter(m_persistence.transitionsOf(r.quarter, r.line));
    if (const auto problem = transitionProblem(from, r.action, r.text, r.narrative)) {
        throw Error(
            Messages::tr("Line %1, %2: %3.").arg(r.line).arg(quarterText(r.quarter), *problem));
    }
    ReviewTransition t;
    t.quarter = r.quarter;
    t.line = r.line;
    t.action = r.action;
    t.from = from;
    t.to = stateAfter(r.action);
    t.text = r.action == ReviewAction::Submit ? QString() : r.text.trimmed();
    t.narrative = r.action == ReviewAction::Submit ? r.narrative : Narrative{};
    // Stored in milliseconds: the returned transition equals the one read back.
    t.recordedAt = QDateTime::fromMSecsSinceEpoch(
        QDateTime::currentDateTimeUtc().toMSecsSinceEpoch(), Qt::UTC);
    t.recordedBy = m_actingUser;
    t.id = m_persistence.insertTransition(t);
    QList<QPair<Persistence::Record, qint64>> records = {{Persistence::Record::Transition, t.id}};
    if (r.action == ReviewAction::Approve) {
        const QString content = frozenContent(r.quarter, r.line);
        m_persistence.insertFrozen(
            t.id, {content,
                   QCryptographicHash::hash(content.toUtf8(), QCryptographicHash::Sha256).toHex()});
        records.append({Persistence::Record::FrozenLine, t.id});
    }
    m_persistence.appendAuditOfRecords(m_actingUser,
                                       QStringLiteral("review.") + reviewActionKey(r.action),
                                       itemOf(r.quarter, r.line), records, t.recordedAt);
    transaction->commit();
    return t;
}

} // namespace pml
