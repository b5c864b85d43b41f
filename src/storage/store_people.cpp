#include "audit_rows.h"
#include "core/error.h"
#include "core/messages.h"
#include "sqlite_store.h"

namespace pml {
namespace {

QString rolesText(const QList<Role>& roles)
{
    QStringList keys;
    for (Role role : allRoles()) {
        if (roles.contains(role)) {
            keys << roleKey(role);
        }
    }
    return keys.join(QLatin1Char(','));
}

QList<Role> rolesFrom(const QString& text)
{
    QList<Role> roles;
    for (const QString& key : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const auto role = roleFromKey(key)) {
            roles << *role;
        }
    }
    return roles;
}

} // namespace

namespace sql {

void writePerson(const QSqlDatabase& db, const Person& person, bool exists)
{
    Query(db, exists ? QStringLiteral("UPDATE people SET roles = ?, active = ? WHERE name = ?")
                     : QStringLiteral("INSERT INTO people (roles, active, name) VALUES (?, ?, ?)"))
        .bind(0, rolesText(person.roles))
        .bind(1, person.active)
        .bind(2, person.name)
        .exec();
}

QList<Person> readPeople(const QSqlDatabase& db)
{
    Query query(db, QStringLiteral("SELECT name, roles, active FROM people ORDER BY name"));
    query.exec();
    QList<Person> people;
    while (query.next()) {
        people.append({query.value(0).toString(), rolesFrom(query.value(1).toString()),
                       query.value(2).toBool()});
    }
    return people;
}

} // namespace sql

void SqliteTrackerStore::setActingUser(const QString& name)
{
    m_actingUser = name;
}

QString SqliteTrackerStore::actingUser() const
{
    return m_actingUser;
}

QList<Person> SqliteTrackerStore::people()
{
    sql::Transaction transaction(db(), sql::Transaction::Kind::Read);
    return sql::readPeople(db());
}

void SqliteTrackerStore::requireAllowed(Operation operation, const QString& name)
{
    const QString who = name.isEmpty() ? m_actingUser : name;
    if (const auto problem = operationProblem(sql::readPeople(db()), who, operation)) {
        throw Error(*problem);
    }
}

void SqliteTrackerStore::addPerson(const QString& name, const QList<Role>& roles)
{
    requireWritable();
    if (const auto problem = personNameProblem(name)) {
        throw Error(Messages::tr("Cannot add the person: %1.").arg(*problem));
    }
    if (roles.isEmpty()) {
        throw Error(
            Messages::tr("%1 needs at least one role: monitor, reviewer or admin.").arg(name));
    }
    const QSqlDatabase d = db();
    sql::Transaction transaction(d, sql::Transaction::Kind::Write);
    requireAllowed(Operation::ManagePeople);
    const QList<Person> people = sql::readPeople(d);
    const Person* existing = findPerson(people, name);
    if (existing && existing->active) {
        throw Error(Messages::tr("%1 is already listed (as %2).")
                        .arg(existing->name, rolesText(existing->roles)));
    }
    const Person person{existing ? existing->name : name, roles, true};
    const QString before =
        existing ? sql::stateValue(d, QStringLiteral("people"), person.name) : QString();
    sql::writePerson(d, person, existing != nullptr);
    sql::AuditWriter(d, m_actingUser)
        .append(existing ? QStringLiteral("person.change") : QStringLiteral("person.add"),
                person.name, before, sql::stateValue(d, QStringLiteral("people"), person.name));
    transaction.commit();
}

void SqliteTrackerStore::removePerson(const QString& name)
{
    requireWritable();
    const QSqlDatabase d = db();
    sql::Transaction transaction(d, sql::Transaction::Kind::Write);
    requireAllowed(Operation::ManagePeople);
    const QList<Person> people = sql::readPeople(d);
    const Person* existing = findPerson(people, name);
    if (!existing || !existing->active) {
        throw Error(Messages::tr("\"%1\" is not among this tracker's people.").arg(name));
    }
    int admins = 0;
    for (const Person& p : people) {
        admins += p.active && p.roles.contains(Role::Admin) ? 1 : 0;
    }
    if (existing->roles.contains(Role::Admin) && admins == 1) {
        throw Error(Messages::tr("%1 is the only admin; add another admin before removing them, "
                                 "or nobody could manage people any more.")
                        .arg(existing->name));
    }
    const QString before = sql::stateValue(d, QStringLiteral("people"), existing->name);
    sql::writePerson(d, Person{existing->name, existing->roles, false}, true);
    sql::AuditWriter(d, m_actingUser)
        .append(QStringLiteral("person.remove"), existing->name, before,
                sql::stateValue(d, QStringLiteral("people"), existing->name));
    transaction.commit();
}

} // namespace pml
