// Changing a listed person's roles: an admin's audited write, the last admin kept, and
// nothing recorded when nothing changes.
#include "support.h"

using namespace pml;
using namespace pml::test;

namespace {

struct RolesFixture {
    QTemporaryDir dir;
    std::unique_ptr<TrackerStore> store;

    RolesFixture()
    {
        TrackerContent c = freshContent();
        c.settings.start = QDate(2026, 1, 1);
        c.people = {Person{QStringLiteral("admin"), allRoles(), true},
                    Person{QStringLiteral("ana"), {Role::Monitor}, true}};
        store = createTrackerFile(dir.filePath("t.pml"), c);
        store->setActingUser(QStringLiteral("admin"));
    }
    QList<Role> rolesOf(const QString& name) { return findPerson(store->people(), name)->roles; }
    int entries(const QString& kind) { return int(store->auditLog({{}, {}, kind, {}}).size()); }
};

} // namespace

TEST_CASE("people: an admin changes a person's roles, audited, the old roles returned", "[people]")
{
    RolesFixture f;
    const QList<Role> before = f.store->setPersonRoles("ANA", {Role::Monitor, Role::Reviewer});
    CHECK(before == QList<Role>{Role::Monitor});
    CHECK(f.rolesOf("ana") == QList<Role>{Role::Monitor, Role::Reviewer});
    const QList<AuditEntry> log = f.store->auditLog({{}, {}, QStringLiteral("person.change"), {}});
    REQUIRE(log.size() == 1);
    CHECK(log.first().item == QStringLiteral("ana"));
    CHECK(log.first().recordedBy == QStringLiteral("admin"));
    CHECK(log.first().oldValue.contains("monitor"));
    CHECK(log.first().newValue.contains("reviewer"));
    CHECK(f.store->check().isEmpty()); // the replay accepts the entry
}

TEST_CASE("people: the same roles again record nothing", "[people]")
{
    RolesFixture f;
    const int all = int(f.store->auditLog().size());
    CHECK(f.store->setPersonRoles("ana", {Role::Monitor}) == QList<Role>{Role::Monitor});
    CHECK(f.store->auditLog().size() == all);
}

TEST_CASE("people: changing roles is refused to a non-admin, for the last admin, without a "
          "role and for someone not listed; nothing changes",
          "[people]")
{
    RolesFixture f;
    const int all = int(f.store->auditLog().size());
    CHECK(
        errorOf([&] { f.store->setPersonRoles("admin", {Role::Monitor}); }).contains("only admin"));
    CHECK(errorOf([&] { f.store->setPersonRoles("ana", {}); }).contains("at least one role"));
    CHECK(errorOf([&] { f.store->setPersonRoles("pepe", {Role::Monitor}); }).contains("not among"));
    f.store->removePerson("ana");
    CHECK(errorOf([&] { f.store->setPersonRoles("ana", {Role::Reviewer}); }).contains("not among"));
    f.store->addPerson("rosa", {Role::Admin});
    f.store->setActingUser("rosa");
    f.store->setPersonRoles("rosa", {Role::Reviewer}); // admin still remains: allowed
    CHECK(errorOf([&] { f.store->setPersonRoles("admin", {Role::Monitor}); }).contains("admin"));
    CHECK(f.rolesOf("admin") == allRoles());
    CHECK(f.entries("person.") == 3); // ana removed, rosa added, rosa's roles
    CHECK(f.store->auditLog().size() == all + 3);
}
