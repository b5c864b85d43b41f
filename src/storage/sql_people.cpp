#include "audit_rows.h"
#include "sql_support.h"

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
        people.append({query.value(0).toString(), rolesFromKeys(query.value(1).toString()),
                       query.value(2).toBool()});
    }
    return people;
}

} // namespace sql

} // namespace pml
