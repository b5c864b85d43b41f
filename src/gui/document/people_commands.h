#pragma once

#include "core/review.h"
#include "gui/document/document_command.h"

#include <QList>

namespace pml {

// Listing a person (new, or a removed one again). Undo removes them: the audit log keeps
// both steps, as the history only grows.
class AddPersonCommand : public DocumentCommand {
    Q_DECLARE_TR_FUNCTIONS(pml::AddPersonCommand)
public:
    AddPersonCommand(TrackerDocument* document, const QString& name, const QList<Role>& roles);

protected:
    void undoInStore(TrackerStore& store) override;
    void redoInStore(TrackerStore& store) override;
    StoredChange change() const override { return StoredChange::ofPeople(); }

private:
    QString m_name;
    QList<Role> m_roles;
};

// Giving a listed person other roles; undo gives back the roles they had.
class SetPersonRolesCommand : public DocumentCommand {
    Q_DECLARE_TR_FUNCTIONS(pml::SetPersonRolesCommand)
public:
    SetPersonRolesCommand(TrackerDocument* document, const QString& name, const QList<Role>& before,
                          const QList<Role>& after);

protected:
    void undoInStore(TrackerStore& store) override;
    void redoInStore(TrackerStore& store) override;
    StoredChange change() const override { return StoredChange::ofPeople(); }

private:
    QString m_name;
    QList<Role> m_before;
    QList<Role> m_after;
};

// Removing a person; undo lists them again with the roles they had.
class RemovePersonCommand : public DocumentCommand {
    Q_DECLARE_TR_FUNCTIONS(pml::RemovePersonCommand)
public:
    RemovePersonCommand(TrackerDocument* document, const QString& name, const QList<Role>& roles);

protected:
    void undoInStore(TrackerStore& store) override;
    void redoInStore(TrackerStore& store) override;
    StoredChange change() const override { return StoredChange::ofPeople(); }

private:
    QString m_name;
    QList<Role> m_roles;
};

} // namespace pml
