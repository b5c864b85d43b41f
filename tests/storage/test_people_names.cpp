// People's names: one person whatever the case or Unicode form typed; a removed person is
// told so; unsafe evidence names and links refused by the store.
#include "core/format.h"
#include "support.h"

using namespace pml;
using namespace pml::test;

namespace {

const QString kComposed = QStringLiteral("Jos") + QChar(0x00E9);
const QString kDecomposed = QStringLiteral("Jose") + QChar(0x0301);

// An update of 11.C1 recorded by `who` as typed; empty: by the acting user.
QList<StatusUpdate> record(TrackerStore& store, const QString& who)
{
    UpdateRequest r = request("11.C1", Status::InProgress, 40, QDate(2026, 5, 10));
    r.recordedBy = who;
    return store.recordUpdates({r}, QDate(2026, 7, 10));
}

AuditEntry entryOfKind(TrackerStore& store, const QString& kind)
{
    for (const AuditEntry& e : store.auditLog()) {
        if (e.kind == kind) {
            return e;
        }
    }
    FAIL("no audit entry of kind " << kind.toStdString());
    return {};
}

struct PeopleFixture {
    QTemporaryDir dir;
    std::unique_ptr<TrackerStore> store;

    PeopleFixture()
    {
        TrackerContent c = freshContent();
        c.settings.start = QDate(2026, 1, 1);
        c.people = {Person{QStringLiteral("admin"), allRoles(), true},
                    Person{QStringLiteral("ana"), {Role::Monitor}, true}};
        store = createTrackerFile(dir.filePath("t.pml"), c);
        store->setActingUser(QStringLiteral("admin"));
    }
};

} // namespace

TEST_CASE("people: a name typed decomposed or in capitals is the person already listed", "[people]")
{
    PeopleFixture f;
    f.store->addPerson(kDecomposed, {Role::Monitor});
    QStringList names;
    for (const Person& p : f.store->people()) {
        names << p.name;
    }
    CHECK(names.contains(kComposed)); // kept composed
    CHECK(errorOf([&] {
              f.store->addPerson(kComposed, {Role::Monitor});
          }).contains("already listed"));
    CHECK(errorOf([&] {
              f.store->addPerson(QStringLiteral("JOS") + QChar(0x00C9), {Role::Monitor});
          }).contains("already listed"));
    CHECK(f.store->people().size() == 3);
}

TEST_CASE("people: acting as ANA records under the name listed, ana", "[people]")
{
    PeopleFixture f;
    f.store->setActingUser(QStringLiteral("ANA"));
    const QList<StatusUpdate> recorded = record(*f.store, {});
    REQUIRE(recorded.size() == 1);
    CHECK(recorded.first().recordedBy == QStringLiteral("ana"));
    const auto link = f.store->addEvidence(
        {recorded.first().id, {}, 0, {}, {}, QStringLiteral("https://example.org/acta")});
    CHECK(link.recordedBy == QStringLiteral("ana"));
    CHECK(entryOfKind(*f.store, "evidence.add").recordedBy == QStringLiteral("ana"));
    CHECK(record(*f.store, QStringLiteral("Ana")).first().recordedBy == QStringLiteral("ana"));
}

TEST_CASE("people: a removed person is told they were removed, when and by whom", "[people]")
{
    PeopleFixture f;
    f.store->removePerson(QStringLiteral("ana"));
    const AuditEntry removal = entryOfKind(*f.store, "person.remove");
    f.store->setActingUser(QStringLiteral("Ana"));
    const QString error = errorOf([&] { record(*f.store, {}); });
    CHECK(error.contains("removed"));
    CHECK(error.contains(dateText(removal.recordedAt.toLocalTime().date())));
    CHECK(error.contains("by admin"));
    CHECK_FALSE(error.contains("not among"));
}

TEST_CASE("evidence: the store refuses names that are paths and deceptive links", "[evidence]")
{
    PeopleFixture f;
    f.store->setActingUser(QStringLiteral("ana"));
    const qint64 update = record(*f.store, {}).first().id;
    for (const QString& name : {QStringLiteral("../../x"), QStringLiteral(".."),
                                QStringLiteral("a") + QChar(0x202E) + QStringLiteral("fdp.exe")}) {
        CAPTURE(name);
        CHECK(errorOf([&] {
                  f.store->addEvidence({update, {}, 0, name, QByteArray("x"), {}});
              }).contains("Cannot add the file"));
    }
    for (const QString& url :
         {QStringLiteral("https://trusted.gob.pe@evil.example/x"),
          QStringLiteral("https://example.org/") + QChar(0x202E) + QStringLiteral("fdp.exe")}) {
        CAPTURE(url);
        CHECK(errorOf([&] {
                  f.store->addEvidence({update, {}, 0, {}, {}, url});
              }).contains("Cannot add the link"));
    }
    CHECK(f.store->evidenceFor({update}, {}, 0).isEmpty());
}
