// RulesStore's people: adding, changing roles and removing, each one audited write by an
// admin. A person is never deleted: removal marks them removed, as their name is on
// records they made.

#include "core/error.h"
#include "core/messages.h"
#include "store_rules.h"

#include <algorithm>

namespace pml {
namespace {

const QString kPeople = QStringLiteral("people");

int activeAdmins(const QList<Person>& people)
{
    return int(std::count_if(people.cbegin(), people.cend(), [](const Person& p) {
        return p.active && p.roles.contains(Role::Admin);
    }));
}

bool sameRoles(const QList<Role>& a, const QList<Role>& b)
{
    return std::all_of(a.cbegin(), a.cend(), [&](Role r) { return b.contains(r); }) &&
           std::all_of(b.cbegin(), b.cend(), [&](Role r) { return a.contains(r); });
}

void requireSomeRole(const QString& name, const QList<Role>& roles)
{
    if (roles.isEmpty()) {
        throw Error(
            Messages::tr("%1 needs at least one role: monitor, reviewer or admin.").arg(name));
    }
}

const Person& requireListed(const QList<Person>& people, const QString& name)
{
    const Person* existing = findPerson(people, name);
    if (!existing || !existing->active) {
        throw Error(Messages::tr("\"%1\" is not among this tracker's people.").arg(name));
    }
    return *existing;
}

} // namespace

void RulesStore::addPerson(const QString& name, const QList<Role>& roles)
{
    requireWritable();
    if (const auto problem = personNameProblem(name)) {
        throw Error(Messages::tr("Cannot add the person: %1.").arg(*problem));
    }
    requireSomeRole(name, roles);
    const auto transaction = m_persistence.begin(Persistence::Access::Write);
    requirePeopleAsLogged();
    requireAllowed(Operation::ManagePeople);
    const QList<Person> people = m_persistence.people();
    const Person* existing = findPerson(people, name);
    if (existing && existing->active) {
        throw Error(Messages::tr("%1 is already listed (as %2).")
                        .arg(existing->name, roleNames(existing->roles)));
    }
    const Person person{existing ? existing->name : normalizedPersonName(name), roles, true};
    const QString before = existing ? m_persistence.auditedState(kPeople, person.name) : QString();
    m_persistence.writePerson(person, existing != nullptr);
    m_persistence.appendAudit(
        m_actingUser, existing ? QStringLiteral("person.change") : QStringLiteral("person.add"),
        person.name, before, m_persistence.auditedState(kPeople, person.name));
    transaction->commit();
}

QList<Role> RulesStore::setPersonRoles(const QString& name, const QList<Role>& roles)
{
    requireWritable();
    requireSomeRole(name, roles);
    const auto transaction = m_persistence.begin(Persistence::Access::Write);
    requirePeopleAsLogged();
    requireAllowed(Operation::ManagePeople);
    const QList<Person> people = m_persistence.people();
    const Person existing = requireListed(people, name);
    if (sameRoles(existing.roles, roles)) {
        return existing.roles; // nothing to record
    }
    if (existing.roles.contains(Role::Admin) && !roles.contains(Role::Admin) &&
        activeAdmins(people) == 1) {
        throw Error(Messages::tr("%1 is the only admin; add another admin before taking the role "
                                 "away, or nobody could manage people any more.")
                        .arg(existing.name));
    }
    const QString before = m_persistence.auditedState(kPeople, existing.name);
    m_persistence.writePerson(Person{existing.name, roles, true}, true);
    m_persistence.appendAudit(m_actingUser, QStringLiteral("person.change"), existing.name, before,
                              m_persistence.auditedState(kPeople, existing.name));
    transaction->commit();
    return existing.roles;
}

QList<Role> RulesStore::removePerson(const QString& name)
{
    requireWritable();
    const auto transaction = m_persistence.begin(Persistence::Access::Write);
    requirePeopleAsLogged();
    requireAllowed(Operation::ManagePeople);
    const QList<Person> people = m_persistence.people();
    const Person existing = requireListed(people, name);
    if (existing.roles.contains(Role::Admin) && activeAdmins(people) == 1) {
        throw Error(Messages::tr("%1 is the only admin; add another admin before removing them, "
                                 "or nobody could manage people any more.")
                        .arg(existing.name));
    }
    const QString before = m_persistence.auditedState(kPeople, existing.name);
    m_persistence.writePerson(Person{existing.name, existing.roles, false}, true);
    m_persistence.appendAudit(m_actingUser, QStringLiteral("person.remove"), existing.name, before,
                              m_persistence.auditedState(kPeople, existing.name));
    transaction->commit();
    return existing.roles;
}

} // namespace pml
