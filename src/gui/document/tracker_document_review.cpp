// TrackerDocument's acting user and the review cycle: who acts, what their roles allow,
// and the review and evidence writes (not undoable: see tracker_document.h).

#include "core/error.h"
#include "gui/document/tracker_document.h"

namespace pml {

void TrackerDocument::setUserName(const QString& name)
{
    store().setActingUser(name.trimmed());
    readPeople();
    Q_EMIT actingUserChanged();
}

void TrackerDocument::readPeople()
{
    QList<Person> people;
    try {
        people = store().people();
    } catch (const Error&) {
        return; // unreadable for a moment: keep what was read; the store checks anyway
    }
    const auto same = [](const Person& a, const Person& b) {
        return a.name == b.name && a.roles == b.roles && a.active == b.active;
    };
    const bool changed =
        !std::equal(people.cbegin(), people.cend(), m_people.cbegin(), m_people.cend(), same);
    m_people = people;
    if (changed) {
        Q_EMIT peopleChanged();
        Q_EMIT actingUserChanged();
    }
}

QList<Role> TrackerDocument::actingRoles() const
{
    const Person* person = findPerson(m_people, userName());
    return person && person->active ? person->roles : QList<Role>();
}

std::optional<QString> TrackerDocument::permissionProblem(Operation operation) const
{
    return operationProblem(m_people, userName(), operation);
}

std::optional<QString> TrackerDocument::lockedReason(const QString& code, const QDate& date) const
{
    const Activity* activity = snapshot().strategy.activity(code);
    if (!activity || !date.isValid())
        return std::nullopt;
    const int line = snapshot().strategy.lineOfActivity(*activity);
    const Quarter quarter = quarterOf(date);
    try {
        if (reviewStateAfter(reader().reviewTransitions(quarter, line)) == ReviewState::Approved)
            return lockedQuarterMessage(code, date, line, quarter);
    } catch (const Error&) {
        // Unreadable: the control stays enabled and the store's refusal says why.
    }
    return std::nullopt;
}

EditResult TrackerDocument::reviewRefusal(Operation operation) const
{
    return {editBlockedReason(operation).value_or(QString())};
}

EditResult TrackerDocument::review(const ReviewRequest& request)
{
    if (EditResult refused = reviewRefusal(operationFor(request.action)); !refused.done())
        return refused;
    EditResult result{storeRefusal([&] { store().review(request, today()); })};
    // A step changes no figure in force (an approval only refuses later updates into the
    // quarter): the views that show review steps read again.
    if (result.done())
        Q_EMIT reviewChanged();
    return result;
}

EditResult TrackerDocument::addEvidence(const EvidenceRequest& request)
{
    if (EditResult refused = reviewRefusal(Operation::AddEvidence); !refused.done())
        return refused;
    EditResult result;
    result.refusal = storeRefusal([&] { result.id = store().addEvidence(request).id; });
    if (result.done())
        Q_EMIT reviewChanged();
    return result;
}

EditResult TrackerDocument::withdrawEvidence(qint64 evidence, const QString& reason)
{
    if (EditResult refused = reviewRefusal(Operation::WithdrawEvidence); !refused.done())
        return refused;
    EditResult result{storeRefusal([&] { store().withdrawEvidence(evidence, reason); })};
    if (result.done())
        Q_EMIT reviewChanged();
    return result;
}

} // namespace pml
