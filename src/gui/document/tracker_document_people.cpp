// TrackerDocument's edits of the people: each checks who may (core), calls the store once,
// then pushes its command. Not tied to the date viewed (core's needsTodaysView()).

#include "gui/document/people_commands.h"
#include "gui/document/tracker_document.h"

#include <algorithm>

namespace pml {

EditResult TrackerDocument::addPerson(const QString& name, const QList<Role>& roles)
{
    if (EditResult refused = reviewRefusal(Operation::ManagePeople); !refused.done())
        return refused;
    EditResult result{storeRefusal([&] { store().addPerson(name, roles); })};
    if (result.done())
        undoStack()->push(new AddPersonCommand(this, name, roles));
    return result;
}

EditResult TrackerDocument::setPersonRoles(const QString& name, const QList<Role>& roles)
{
    if (EditResult refused = reviewRefusal(Operation::ManagePeople); !refused.done())
        return refused;
    // Undo gives back what the store held just before, not this window's copy.
    QList<Role> before;
    EditResult result{storeRefusal([&] { before = store().setPersonRoles(name, roles); })};
    const bool changed =
        !std::is_permutation(before.cbegin(), before.cend(), roles.cbegin(), roles.cend());
    if (result.done() && changed)
        undoStack()->push(new SetPersonRolesCommand(this, name, before, roles));
    else if (result.done())
        refreshAfter(StoredChange::ofPeople());
    return result;
}

EditResult TrackerDocument::removePerson(const QString& name)
{
    if (EditResult refused = reviewRefusal(Operation::ManagePeople); !refused.done())
        return refused;
    QList<Role> roles;
    EditResult result{storeRefusal([&] { roles = store().removePerson(name); })};
    if (result.done())
        undoStack()->push(new RemovePersonCommand(this, name, roles));
    return result;
}

} // namespace pml
