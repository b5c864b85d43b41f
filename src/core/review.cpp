#include "review.h"

#include "error.h"
#include "format.h"
#include "messages.h"
#include "surface.h"

namespace pml {

QString roleKey(Role role)
{
    switch (role) {
    case Role::Monitor:
        return QStringLiteral("monitor");
    case Role::Reviewer:
        return QStringLiteral("reviewer");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString& key)
{
    for (Role role : allRoles()) {
        if (roleKey(role) == key) {
            return role;
        }
    }
    return std::nullopt;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Monitor:
        return Messages::tr("monitor");
    case Role::Reviewer:
        return Messages::tr("reviewer");
    case Role::Admin:
        return Messages::tr("admin");
    }
    return {};
}

QList<Role> allRoles()
{
    return {Role::Monitor, Role::Reviewer, Role::Admin};
}

QString roleNames(const QList<Role>& roles)
{
    QStringList names;
    for (Role role : allRoles()) {
        if (roles.contains(role)) {
            names << roleName(role);
        }
    }
    return names.isEmpty() ? Messages::tr("no role") : names.join(QStringLiteral(", "));
}

QString normalizedPersonName(const QString& name)
{
    return name.normalized(QString::NormalizationForm_C);
}

bool samePersonName(const QString& a, const QString& b)
{
    return normalizedPersonName(a).compare(normalizedPersonName(b), Qt::CaseInsensitive) == 0;
}

QString removedPersonProblem(const QString& name, const QString& action, const QDateTime& when,
                             const QString& by)
{
    if (!when.isValid() || by.isEmpty()) {
        return Messages::tr("%1 was removed from this tracker's people, so they cannot %2.")
                   .arg(name, action) +
               QLatin1Char(' ') + listPersonRemedy();
    }
    return Messages::tr("%1 was removed from this tracker's people on %2 by %3, so they cannot "
                        "%4.")
               .arg(name,
                    dateText(when.toLocalTime().date()) + QLatin1Char(' ') +
                        when.toLocalTime().time().toString(QStringLiteral("HH:mm")),
                    by, action) +
           QLatin1Char(' ') + listPersonRemedy();
}

const Person* findPerson(const QList<Person>& people, const QString& name)
{
    for (const Person& p : people) {
        if (samePersonName(p.name, name)) {
            return &p;
        }
    }
    return nullptr;
}

std::optional<QString> permissionProblem(const QList<Person>& people, const QString& name,
                                         Role role, const QString& action)
{
    const Person* person = findPerson(people, name);
    if (person && !person->active) {
        return removedPersonProblem(person->name, action, {}, {});
    }
    if (!person) {
        return Messages::tr("\"%1\" is not among this tracker's people, so they cannot %2.")
                   .arg(name, action) +
               QLatin1Char(' ') + listPersonRemedy();
    }
    if (!person->roles.contains(role)) {
        return Messages::tr("%1 cannot %2: that needs the %3 role, and %1 has not got it.")
            .arg(person->name, action, roleName(role));
    }
    return std::nullopt;
}

std::optional<QString> personNameProblem(const QString& name)
{
    if (name.trimmed().isEmpty()) {
        return Messages::tr("a person needs a name");
    }
    if (name != name.trimmed()) {
        return Messages::tr("the name \"%1\" starts or ends with spaces").arg(name);
    }
    if (name.size() > 80) {
        return Messages::tr("the name \"%1…\" is longer than 80 characters").arg(name.left(20));
    }
    for (QChar c : name) {
        if (c.category() == QChar::Other_Control) {
            return Messages::tr("the name \"%1\" contains a control character").arg(name);
        }
    }
    return std::nullopt;
}

QString lockedQuarterMessage(const QString& activity, const QDate& date, int line,
                             const Quarter& quarter)
{
    return Messages::tr("Activity %1: %2 falls in %3, which is approved for line %4, so its "
                        "figures are frozen.")
               .arg(activity, dateText(date), quarterText(quarter))
               .arg(line) +
           QLatin1Char(' ') + reopenRemedy(quarter, line);
}

} // namespace pml
