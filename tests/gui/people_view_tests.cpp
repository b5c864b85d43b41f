// The People page: an admin adds, changes roles and removes, each undoable and audited;
// everyone else sees the list with the buttons disabled; a refusal changes nothing.
#include "core/user.h"
#include "gui/document/acting_user.h"
#include "gui/people/people_table_model.h"
#include "gui/people/people_view.h"
#include "gui/people/person_dialog.h"
#include "gui_fixtures.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace pml;
using namespace pml::test;

namespace {

const QString kRosa = QStringLiteral("Rosa");

struct PeoplePage {
    TempTracker tracker;
    std::unique_ptr<TrackerDocument> document = tracker.open();
    PeopleView view{document.get()};

    const Person* stored(const QString& name)
    {
        m_people = storeOf(*document).people();
        return findPerson(m_people, name);
    }
    int entries(const QString& kind)
    {
        return int(storeOf(*document).auditLog({{}, {}, kind, {}}).size());
    }
    int auditSize() { return int(storeOf(*document).auditLog().size()); }
    // Fills the dialog and presses its OK button; returns whether it closed.
    bool submit(PersonDialog* dialog, const QString& name, const QList<Role>& roles)
    {
        REQUIRE(dialog != nullptr);
        QPointer<PersonDialog> guard(dialog);
        if (!name.isEmpty())
            dialog->setName(name);
        dialog->setRoles(roles);
        dialog->accept();
        const bool closed = !dialog->isVisible();
        if (closed)
            waitFor([&] { return guard.isNull(); }, 1000); // deleted on close
        return closed;
    }
    void confirmRemoval(const QString& name)
    {
        view.selectPerson(name);
        QMessageBox* box = view.removePerson();
        REQUIRE(box != nullptr);
        CHECK(box->text().contains(name));
        box->button(QMessageBox::Yes)->click();
    }
    QString shownState(const QString& name)
    {
        const int row = view.model()->rowOfPerson(name);
        return view.model()->index(row, PeopleTableModel::State).data().toString();
    }

private:
    QList<Person> m_people;
};

} // namespace

TEST_CASE("people: an admin adds, changes roles and removes; each step audited and undone",
          "[people]")
{
    PeoplePage f;
    QAbstractItemModelTester tester(f.view.model());
    const QString admin = systemUserName();
    REQUIRE(f.view.addButton()->isEnabled());

    REQUIRE(f.submit(f.view.addPerson(), kRosa, {Role::Reviewer}));
    REQUIRE(f.stored(kRosa) != nullptr);
    CHECK(f.stored(kRosa)->roles == QList<Role>{Role::Reviewer});
    CHECK(f.entries("person.add") == 1);
    CHECK(f.view.currentPerson() == kRosa);
    const int row = f.view.model()->rowOfPerson(kRosa);
    CHECK(f.view.model()->index(row, PeopleTableModel::Roles).data().toString() ==
          roleNames({Role::Reviewer}));

    REQUIRE(f.submit(f.view.changeRoles(), {}, {Role::Monitor, Role::Reviewer}));
    CHECK(f.stored(kRosa)->roles == QList<Role>{Role::Monitor, Role::Reviewer});
    CHECK(f.entries("person.change") == 1);

    f.confirmRemoval(kRosa);
    CHECK_FALSE(f.stored(kRosa)->active);
    CHECK(f.entries("person.remove") == 1);
    CHECK(f.shownState(kRosa).contains(admin)); // removed on <date> by the admin
    CHECK_FALSE(f.view.removeButton()->isEnabled());
    REQUIRE(f.document->undoStack()->count() == 3);

    // Undo appends to the log: the history only grows.
    f.document->undoStack()->undo(); // the removal: listed again with the roles they had
    CHECK(f.stored(kRosa)->active);
    CHECK(f.stored(kRosa)->roles == QList<Role>{Role::Monitor, Role::Reviewer});
    CHECK(f.shownState(kRosa) == PeopleTableModel::tr("Active"));
    f.document->undoStack()->undo(); // the roles
    CHECK(f.stored(kRosa)->roles == QList<Role>{Role::Reviewer});
    f.document->undoStack()->undo(); // the addition: removed
    CHECK_FALSE(f.stored(kRosa)->active);
    CHECK(f.entries("person.") == 6);
    f.document->undoStack()->redo(); // listed again
    CHECK(f.stored(kRosa)->active);
    CHECK(storeOf(*f.document).check().isEmpty()); // the log replays
}

TEST_CASE("people: the acting user's roles follow a change made on the page", "[people]")
{
    PeoplePage f;
    const QString admin = systemUserName();
    REQUIRE(f.submit(f.view.addPerson(), kRosa, {Role::Admin}));
    f.view.selectPerson(admin);
    REQUIRE(f.submit(f.view.changeRoles(), {}, {Role::Monitor, Role::Admin}));
    CHECK(f.document->actingRoles() == QList<Role>{Role::Monitor, Role::Admin});
    CHECK(actingUserText(*f.document).contains(roleNames({Role::Monitor, Role::Admin})));
    f.document->undoStack()->undo();
    CHECK(f.document->actingRoles() == allRoles());
    const int row = f.view.model()->rowOfPerson(admin);
    CHECK(f.view.model()->index(row, 0).data(PeopleTableModel::ActingRole).toBool());
}

TEST_CASE("people: someone who is not an admin sees the list with the buttons disabled", "[people]")
{
    PeoplePage f;
    actAs(*f.document, QStringLiteral("ana"), {Role::Monitor, Role::Reviewer});
    const QString why = *f.document->editBlockedReason(Operation::ManagePeople);
    CHECK(why.contains(roleName(Role::Admin)));
    for (QPushButton* button : {f.view.addButton(), f.view.changeButton(), f.view.removeButton()}) {
        CHECK_FALSE(button->isEnabled());
        CHECK(button->toolTip() == why);
    }
    const int ana = f.view.model()->rowOfPerson(QStringLiteral("ana"));
    REQUIRE(ana >= 0);
    CHECK(f.view.model()->index(ana, 0).data(PeopleTableModel::ActingRole).toBool());
    CHECK(f.view.model()->index(ana, 0).data().toString() ==
          PeopleTableModel::tr("%1 (you)").arg(QStringLiteral("ana")));
    CHECK(f.view.model()->rowOfPerson(systemUserName()) >= 0);
}

TEST_CASE("people: a refused change shows why and changes nothing", "[people]")
{
    PeoplePage f;
    addPerson(*f.document, QStringLiteral("ana"), {Role::Monitor});
    const int audit = f.auditSize();

    SECTION("a name already listed")
    {
        PersonDialog* dialog = f.view.addPerson();
        CHECK_FALSE(f.submit(dialog, QStringLiteral("ANA"), {Role::Reviewer}));
        CHECK(dialog->problemLabel()->isVisibleTo(dialog));
        CHECK(dialog->problemLabel()->text().contains(QStringLiteral("already listed")));
        CHECK(dialog->name() == QStringLiteral("ANA")); // what was typed stays
        dialog->reject();
        CHECK(f.stored(QStringLiteral("ana"))->roles == QList<Role>{Role::Monitor});
    }
    SECTION("the only admin removing themselves")
    {
        f.confirmRemoval(systemUserName());
        auto* box = f.view.findChild<QMessageBox*>(QStringLiteral("refusalBox"));
        REQUIRE(box != nullptr);
        CHECK(box->text().contains(QStringLiteral("only admin")));
        box->close();
        CHECK(f.stored(systemUserName())->active);
    }
    CHECK(f.auditSize() == audit);
    CHECK(f.document->undoStack()->count() == 0);
}
