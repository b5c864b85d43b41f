#include "tracker_defaults.h"

namespace pml {

QList<Person> defaultPeople(const QString& creator)
{
    const QString name = creator.trimmed();
    if (name.isEmpty()) {
        return {};
    }
    return {Person{name, allRoles(), true}};
}

QDate defaultStartDate(const QDate& today)
{
    return QDate(today.year(), 1, 1);
}

} // namespace pml
