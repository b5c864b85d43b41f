#include "store_rules.h"

#include "core/error.h"
#include "core/evidence.h"
#include "core/messages.h"
#include "core/user.h"

#include <QCoreApplication>

namespace pml {

RulesStore::RulesStore(std::unique_ptr<Persistence> persistence, bool readOnly)
    : m_owned(std::move(persistence))
    , m_persistence(*m_owned)
    , m_readOnly(readOnly)
    , m_actingUser(systemUserName())
{
}

void RulesStore::requireWritable() const
{
    if (!m_refusal.isEmpty()) {
        throw Error(m_refusal);
    }
    if (m_readOnly) {
        throw Error(
            Messages::tr("%1 is open read-only: nothing can be changed.").arg(location().shown()));
    }
}

QString RulesStore::requireAllowed(Operation operation, const QString& name)
{
    const QString who = name.isEmpty() ? m_actingUser : name;
    const QList<Person> people = m_persistence.people();
    const Person* person = findPerson(people, who);
    if (person && !person->active) {
        throw Error(removedProblem(*person, operation));
    }
    if (const auto problem = operationProblem(people, who, operation)) {
        throw Error(*problem);
    }
    if (name.isEmpty()) {
        m_actingUser = person->name;
    }
    return person->name;
}

QString RulesStore::removedProblem(const Person& person, Operation operation)
{
    // Read only on this refusal: the latest removal of this person in the log.
    const QList<AuditEntry> log = m_persistence.auditEntries();
    for (auto it = log.crbegin(); it != log.crend(); ++it) {
        if (it->kind == QLatin1String("person.remove") && samePersonName(it->item, person.name)) {
            return removedPersonProblem(person.name, operationPhrase(operation), it->recordedAt,
                                        it->recordedBy);
        }
    }
    return removedPersonProblem(person.name, operationPhrase(operation), {}, {});
}

void RulesStore::requireUnlocked(const QString& activity, const QDate& date)
{
    // An activity belongs to one barrier group, so to one line, whichever of the group's
    // objectives it serves (21.C1–21.M2 serve objectives 21 and 22, both of line 5).
    const int line = m_persistence.lineOfActivity(activity);
    const Quarter quarter = quarterOf(date);
    if (m_persistence.latestReviewState(quarter, line) == ReviewState::Approved) {
        throw Error(lockedQuarterMessage(activity, date, line, quarter));
    }
}

QString RulesStore::requireUpdateUnlocked(qint64 update)
{
    const auto target = m_persistence.updateTarget(update);
    if (!target) {
        throw Error(Messages::tr("Unknown update %1.").arg(update));
    }
    requireUnlocked(target->activity, target->effectiveDate);
    return target->activity;
}

void RulesStore::requireEvidenceChangeable(const std::optional<qint64>& update,
                                           const std::optional<Quarter>& quarter, int line)
{
    if (update) {
        requireUpdateUnlocked(*update);
        return;
    }
    if (!m_persistence.lineExists(line)) {
        throw Error(Messages::tr("There is no line of action %1.").arg(line));
    }
    const ReviewState state =
        m_persistence.latestReviewState(*quarter, line).value_or(ReviewState::Open);
    if (const auto problem = quarterEvidenceProblem(line, *quarter, state)) {
        throw Error(*problem);
    }
}

void RulesStore::setActingUser(const QString& name)
{
    m_actingUser = name;
}

QString RulesStore::actingUser() const
{
    return m_actingUser;
}

QList<Person> RulesStore::people()
{
    const auto transaction = m_persistence.begin(Persistence::Access::Read);
    return m_persistence.people();
}

} // namespace pml
