#include "content_validation.h"
#include "core/error.h"
#include "core/history.h"
#include "core/messages.h"
#include "json_support.h"
#include "store_rules.h"
#include "strategy_validation.h"

#include <QHash>
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

} // namespace

QStringList RulesStore::check()
{
    QStringList problems = m_persistence.integrityProblems();
    try {
        const auto read = m_persistence.beginRead(); // every part from the same moment
        problems << m_persistence.structureProblems();
        try {
            validateStrategy(m_persistence.loadSnapshotAt({}, Detail::Full).strategy);
        } catch (const Error& e) {
            problems << e.message();
        }
        checkHistory(m_persistence.history({}), m_persistence.withdrawals(0), problems);
        checkAudit(problems);
    } catch (const Error& e) {
        problems << e.message();
    }
    return problems;
}

} // namespace pml
