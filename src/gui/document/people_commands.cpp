#include "gui/document/people_commands.h"

#include "storage/tracker_store.h"

namespace pml {

AddPersonCommand::AddPersonCommand(TrackerDocument* document, const QString& name,
                                   const QList<Role>& roles)
    : DocumentCommand(document, tr("Add person %1").arg(name))
    , m_name(name)
    , m_roles(roles)
{
}

void AddPersonCommand::undoInStore(TrackerStore& store)
{
    store.removePerson(m_name);
}

void AddPersonCommand::redoInStore(TrackerStore& store)
{
    store.addPerson(m_name, m_roles);
}

SetPersonRolesCommand::SetPersonRolesCommand(TrackerDocument* document, const QString& name,
                                             const QList<Role>& before, const QList<Role>& after)
    : DocumentCommand(document, tr("Change the roles of %1").arg(name))
    , m_name(name)
    , m_before(before)
    , m_after(after)
{
}

void SetPersonRolesCommand::undoInStore(TrackerStore& store)
{
    store.setPersonRoles(m_name, m_before);
}

void SetPersonRolesCommand::redoInStore(TrackerStore& store)
{
    store.setPersonRoles(m_name, m_after);
}

RemovePersonCommand::RemovePersonCommand(TrackerDocument* document, const QString& name,
                                         const QList<Role>& roles)
    : DocumentCommand(document, tr("Remove person %1").arg(name))
    , m_name(name)
    , m_roles(roles)
{
}

void RemovePersonCommand::undoInStore(TrackerStore& store)
{
    store.addPerson(m_name, m_roles); // lists the removed person again
}

void RemovePersonCommand::redoInStore(TrackerStore& store)
{
    store.removePerson(m_name);
}

} // namespace pml
