#include "content_validation.h"
#include "core/error.h"
#include "core/history.h"
#include "core/messages.h"
#include "json_support.h"
#include "store_rules.h"
#include "store_rules_replay.h"
#include "strategy_validation.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace pml {
namespace {

// Each check adds sentences instead of stopping at the first problem.
void checkHistory(const QList<StatusUpdate>& updates, const QList<WithdrawalEvent>& events,
                  QStringList& problems)
{
    QSet<qint64> ids;
    for (const StatusUpdate& u : updates) {
        ids.insert(u.id);
        if (const auto problem = storedPercentProblem(u.status, u.percent)) {
            problems << Messages::tr("Update %1 (%2): %3").arg(u.id).arg(u.activity, *problem);
        }
        // The latest date core allows on the day it was recorded, with a day's margin for
        // time zones, as import checks it.
        if (u.effectiveDate > effectiveDateRange(u.recordedAt.toUTC().date().addDays(1)).latest) {
            problems << Messages::tr(
                            "Update %1 (%2): the effective date %3 is after the day it was "
                            "recorded.")
                            .arg(u.id)
                            .arg(u.activity, json::dateText(u.effectiveDate));
        }
    }
    QHash<qint64, QList<bool>> sequences;
    QList<qint64> order;
    for (const WithdrawalEvent& w : events) {
        if (!ids.contains(w.update)) {
            problems << Messages::tr("Withdrawal %1 refers to the missing update %2.")
                            .arg(w.id)
                            .arg(w.update);
        }
        if (!sequences.contains(w.update)) {
            order.append(w.update);
        }
        sequences[w.update].append(w.withdrawn);
    }
    for (qint64 update : order) {
        if (const auto problem = withdrawalSequenceProblem(update, sequences.value(update))) {
            problems << *problem;
        }
    }
}

// The replay's input: the log, each activity's line, the people as the log began and the
// updates kept before it.
ReplayInput replayInput(Persistence& persistence, const Strategy& strategy,
                        const QList<StatusUpdate>& history)
{
    ReplayInput input;
    input.entries = persistence.auditEntries();
    for (const Line& line : strategy.lines) {
        for (const QString& code : strategy.activityCodesOfLine(line.number)) {
            input.lineOfActivity.insert(code, line.number);
        }
    }
    input.peopleAtStart =
        peopleAtStart(persistence.stateValues(QStringLiteral("people")), input.entries);
    const qint64 lastBefore =
        input.entries.isEmpty()
            ? 0
            : QJsonDocument::fromJson(input.entries.constFirst().newValue.toUtf8())
                  .object()
                  .value(QLatin1String("status_updates"))
                  .toObject()
                  .value(QLatin1String("last_id"))
                  .toInteger();
    for (const StatusUpdate& u : history) {
        if (u.id <= lastBefore) {
            input.earlierUpdates.insert(u.id, {u.activity, u.effectiveDate});
        }
    }
    return input;
}

// The document's texts against the first entry's digest (trackers made before it was kept
// have none to compare with).
void checkDocument(Persistence& persistence, const QList<AuditEntry>& entries,
                   QStringList& problems)
{
    const QJsonValue recorded =
        entries.isEmpty() ? QJsonValue()
                          : QJsonDocument::fromJson(entries.constFirst().newValue.toUtf8())
                                .object()
                                .value(QLatin1String("document"));
    if (recorded.isString() &&
        recorded.toString() != QString::fromLatin1(persistence.documentDigest())) {
        problems << Messages::tr("The strategy document's title, introduction or reference was "
                                 "changed outside the program.");
    }
}

} // namespace

QStringList RulesStore::check()
{
    QStringList problems = m_persistence.integrityProblems();
    try {
        const auto read = m_persistence.beginRead(); // every part from the same moment
        problems << m_persistence.structureProblems();
        Strategy strategy;
        try {
            strategy = m_persistence.loadSnapshotAt({}, Detail::Full).strategy;
            validateStrategy(strategy);
        } catch (const Error& e) {
            problems << e.message();
        }
        const QList<StatusUpdate> history = m_persistence.history({});
        checkHistory(history, m_persistence.withdrawals(0), problems);
        const ReplayInput input = replayInput(m_persistence, strategy, history); // reads the log
        checkAudit(input.entries, problems);
        checkDocument(m_persistence, input.entries, problems);
        problems << replayProblems(input);
    } catch (const Error& e) {
        problems << e.message();
    }
    return problems;
}

} // namespace pml
