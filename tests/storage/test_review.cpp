#include "core/format.h"
#include "core/text_limits.h"
#include "core/user.h"
#include "support.h"

#include <QCryptographicHash>

using namespace pml;
using namespace pml::test;

namespace {

const Quarter kQ2{2026, 2};
const QDate kToday{2026, 7, 10};

struct ReviewFixture {
    QTemporaryDir dir;
    QString file = dir.filePath("t.pml");
    std::unique_ptr<TrackerStore> store;

    ReviewFixture()
    {
        TrackerContent c = freshContent();
        c.settings.start = QDate(2026, 1, 1);
        c.people = {Person{QStringLiteral("admin"), allRoles(), true},
                    Person{QStringLiteral("ana"), {Role::Monitor}, true},
                    Person{QStringLiteral("rosa"), {Role::Reviewer}, true}};
        store = createTrackerFile(file, c);
    }
    ReviewTransition step(const QString& who, ReviewAction action, int line = 2,
                          const QString& text = {}, const Narrative& n = {})
    {
        store->setActingUser(who);
        return store->review({kQ2, line, action, text, n}, kToday);
    }
    QList<StatusUpdate> record(const QString& who, const QString& code, int percent,
                               const QDate& date)
    {
        UpdateRequest r = request(code, Status::InProgress, percent, date);
        r.recordedBy = who;
        return store->recordUpdates({r}, kToday);
    }
};

const Narrative kNarrative{QStringLiteral("Se capacitó a 40 empresas"),
                           QStringLiteral("Presupuesto tardío"),
                           QStringLiteral("Ampliar a Arequipa")};

} // namespace

TEST_CASE("review: submit, return, resubmit, approve and reopen, each recorded")
{
    ReviewFixture f;
    f.record("ana", "11.C1", 40, QDate(2026, 5, 10));
    const auto submitted = f.step("ana", ReviewAction::Submit, 2, {}, kNarrative);
    CHECK(submitted.from == ReviewState::Open);
    CHECK(submitted.to == ReviewState::Submitted);
    CHECK(submitted.recordedBy == "ana");
    CHECK(submitted.narrative.difficulties == "Presupuesto tardío");
    const auto returned = f.step("rosa", ReviewAction::Return, 2, "Falta el acta");
    CHECK(returned.to == ReviewState::Returned);
    CHECK(returned.text == "Falta el acta");
    f.step("ana", ReviewAction::Submit, 2, {}, kNarrative);
    const auto approved = f.step("rosa", ReviewAction::Approve);
    CHECK(approved.to == ReviewState::Approved);
    const auto steps = f.store->reviewTransitions(kQ2, 2);
    REQUIRE(steps.size() == 4);
    CHECK(reviewStateAfter(steps) == ReviewState::Approved);
    CHECK(f.store->reviewTransitions(kQ2, 3).isEmpty());
    const auto frozen = f.store->frozenLine(kQ2, 2);
    REQUIRE(frozen);
    CHECK(frozen->approval.id == approved.id);
    CHECK(frozen->figures.contains("\"11.C1\""));
    CHECK(frozen->snapshot.inForceAt->first() == kQ2.lastDay());
    CHECK(frozen->periodUpdates.size() == 1);
    const auto reopened = f.step("rosa", ReviewAction::Reopen, 2, "Corrección del 11.C1");
    CHECK(reopened.to == ReviewState::Open);
    CHECK(!f.store->frozenLine(kQ2, 2));
    CHECK(f.store->check().isEmpty());
}

TEST_CASE("review: refusals name the state, the text needed or the role")
{
    ReviewFixture f;
    CHECK(errorOf([&] { f.step("rosa", ReviewAction::Approve); }).contains("open"));
    CHECK(errorOf([&] { f.step("ana", ReviewAction::Submit); }).contains("narrative"));
    CHECK(errorOf([&] {
              f.step("rosa", ReviewAction::Submit, 2, {}, kNarrative);
          }).contains("needs the monitor role"));
    f.step("ana", ReviewAction::Submit, 2, {}, kNarrative);
    CHECK(
        errorOf([&] { f.step("ana", ReviewAction::Approve); }).contains("needs the reviewer role"));
    CHECK(errorOf([&] { f.step("rosa", ReviewAction::Return); }).contains("note"));
    CHECK(errorOf([&] {
              f.step("ana", ReviewAction::Submit, 2, {}, kNarrative);
          }).contains("submitted"));
    CHECK(errorOf([&] { f.step("nadie", ReviewAction::Approve); }).contains("not among"));
    f.step("rosa", ReviewAction::Approve);
    CHECK(errorOf([&] { f.step("rosa", ReviewAction::Reopen); }).contains("reason"));
    CHECK(errorOf([&] { f.step("rosa", ReviewAction::Approve, 9); }).contains("no line"));
    f.store->setActingUser("ana");
    CHECK(errorOf([&] {
              (void)f.store->review({Quarter{2026, 3}, 2, ReviewAction::Submit, {}, kNarrative},
                                    kToday);
          }).contains("ends on " + dateText(QDate(2026, 9, 30))));
    CHECK(f.store->reviewTransitions(kQ2, 2).size() == 2); // refusals recorded nothing
}

TEST_CASE("review: an approved quarter locks its line's updates until reopened")
{
    ReviewFixture f;
    f.step("ana", ReviewAction::Submit, 2, {}, kNarrative);
    f.step("rosa", ReviewAction::Approve);
    const QString refused = errorOf([&] { f.record("ana", "11.C1", 50, QDate(2026, 6, 30)); });
    CHECK(refused.contains("Q2 2026"));
    CHECK(refused.contains("line 2"));
    CHECK(refused.contains("reopen"));
    f.record("ana", "11.C1", 50, QDate(2026, 7, 1)); // the next quarter is open
    f.record("ana", "14.C1", 50, QDate(2026, 6, 1)); // line 3 is open
    f.step("rosa", ReviewAction::Reopen, 2, "Dato corregido");
    f.record("ana", "11.C1", 45, QDate(2026, 6, 30));
}

TEST_CASE("review: 21.C1-21.M2 serve objectives 21 and 22, and line 5 alone locks them")
{
    ReviewFixture f;
    f.step("ana", ReviewAction::Submit, 5, {}, kNarrative);
    f.step("rosa", ReviewAction::Approve, 5);
    for (const char* code : {"21.C1", "21.C2", "21.M1", "21.M2"}) {
        INFO(code);
        CHECK(errorOf([&] { f.record("ana", code, 30, QDate(2026, 5, 5)); }).contains("line 5"));
    }
    ReviewFixture g; // approving another line leaves them open
    g.step("ana", ReviewAction::Submit, 4, {}, kNarrative);
    g.step("rosa", ReviewAction::Approve, 4);
    CHECK(g.record("ana", "21.C1", 30, QDate(2026, 5, 5)).size() == 1);
    // Withdrawing an update of an approved quarter would change it too.
    const qint64 id = g.record("ana", "21.M1", 30, QDate(2026, 5, 5)).first().id;
    g.step("ana", ReviewAction::Submit, 5, {}, kNarrative);
    g.step("rosa", ReviewAction::Approve, 5);
    CHECK(errorOf([&] { g.store->setWithdrawn(id, true, "ana"); }).contains("Q2 2026"));
}

TEST_CASE("roles: a reviewer cannot record, a monitor cannot approve or manage people")
{
    ReviewFixture f;
    CHECK(errorOf([&] {
              f.record("rosa", "11.C1", 40, QDate(2026, 5, 10));
          }).contains("needs the monitor role"));
    f.store->setActingUser("ana");
    CHECK(errorOf([&] { f.store->addPerson("pepe", {Role::Monitor}); }).contains("admin"));
    CHECK(errorOf([&] { f.store->setSettings(f.store->settings()); }).contains("admin"));
    f.store->setActingUser("admin");
    f.store->addPerson("pepe", {Role::Monitor});
    CHECK(errorOf([&] { f.store->addPerson("Pepe", {Role::Monitor}); }).contains("already"));
    f.store->removePerson("pepe");
    CHECK(errorOf([&] {
              f.record("pepe", "11.C1", 40, QDate(2026, 5, 10));
          }).contains("pepe was removed"));
    CHECK(errorOf([&] { f.store->removePerson("admin"); }).contains("only admin"));
    CHECK(findPerson(f.store->people(), "pepe")->active == false); // still listed
    CHECK(f.store->check().isEmpty());
}

TEST_CASE("evidence: files with hash and type, links, size limit, withdrawal")
{
    ReviewFixture f;
    const qint64 update = f.record("ana", "11.C1", 40, QDate(2026, 5, 10)).first().id;
    f.store->setActingUser("ana");
    const QByteArray pdf = QByteArray("%PDF-1.4\n") + QByteArray(1000, 'x');
    const Evidence file = f.store->addEvidence({update, {}, 0, "acta.pdf", pdf, {}});
    CHECK(file.sha256 == QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
    CHECK(file.mime == "application/pdf");
    CHECK(file.activity == "11.C1");
    CHECK(f.store->evidenceContent(file.id) == pdf);
    const Evidence link =
        f.store->addEvidence({{}, kQ2, 2, {}, {}, "https://example.org/acta-2026-q2"});
    CHECK(link.kind == Evidence::Kind::Link);
    CHECK(errorOf([&] {
              f.store->addEvidence({{}, kQ2, 2, {}, {}, "javascript:alert(1)"});
          }).contains("web address"));
    const QByteArray big(int(maxEvidenceBytes()) + 1, 'a');
    CHECK(errorOf([&] {
              f.store->addEvidence({update, {}, 0, "big.bin", big, {}});
          }).contains("20 MiB"));
    CHECK(errorOf([&] { f.store->withdrawEvidence(file.id, " "); }).contains("reason"));
    f.store->withdrawEvidence(file.id, "Archivo equivocado");
    const auto listed = f.store->evidenceFor({update}, kQ2, 2);
    REQUIRE(listed.size() == 2);
    CHECK(listed[1].withdrawn);
    CHECK(listed[1].withdrawalReason == "Archivo equivocado");
    CHECK(f.store->evidenceContent(file.id) == pdf); // withdrawn, never deleted
    f.store->setActingUser("rosa");
    CHECK(errorOf([&] {
              f.store->addEvidence({update, {}, 0, "b.pdf", pdf, {}});
          }).contains("monitor"));
    f.step("ana", ReviewAction::Submit, 2, {}, kNarrative);
    f.store->setActingUser("ana");
    CHECK(errorOf([&] {
              f.store->addEvidence({{}, kQ2, 2, {}, {}, "https://example.org/x"});
          }).contains("submitted"));
    f.step("rosa", ReviewAction::Approve);
    CHECK(f.store->frozenLine(kQ2, 2)->evidence.size() == 2);
    CHECK(f.store->check().isEmpty());
}

TEST_CASE("limits: a note, reason or narrative too long is refused and nothing is recorded")
{
    ReviewFixture f;
    const QString longNote(noteLimit + 1, QLatin1Char('n'));
    f.store->setActingUser("ana");
    const auto asAna = [](const QString& note) {
        UpdateRequest r = request("11.C1", Status::InProgress, 40, QDate(2026, 5, 10), note);
        r.recordedBy = "ana";
        return r;
    };
    const QString refusal = errorOf([&] { f.store->recordUpdates({asAna(longNote)}, kToday); });
    CHECK(refusal.contains("4001 characters"));
    CHECK(refusal.contains("at most 4000"));
    CHECK(f.store->history("11.C1").isEmpty());
    const QString fits(noteLimit, QLatin1Char('n'));
    const qint64 update = f.store->recordUpdates({asAna(fits)}, kToday).first().id;

    Narrative tooLong = kNarrative;
    tooLong.difficulties = QString(narrativeFieldLimit + 1, QLatin1Char('d'));
    CHECK(errorOf([&] {
              f.step("ana", ReviewAction::Submit, 2, {}, tooLong);
          }).contains("difficulties"));
    CHECK(f.store->reviewTransitions(kQ2, 2).isEmpty());
    f.step("ana", ReviewAction::Submit, 2, {}, kNarrative);
    CHECK(errorOf([&] {
              f.step("rosa", ReviewAction::Return, 2, longNote);
          }).contains("at most 4000"));
    CHECK(f.store->reviewTransitions(kQ2, 2).size() == 1);
    f.step("rosa", ReviewAction::Return, 2, QStringLiteral("Falta el acta"));

    f.store->setActingUser("ana");
    const QByteArray pdf = QByteArray("%PDF-1.4\n") + QByteArray(100, 'x');
    const Evidence file = f.store->addEvidence({update, {}, 0, "acta.pdf", pdf, {}});
    CHECK(errorOf([&] { f.store->withdrawEvidence(file.id, longNote); }).contains("at most 4000"));
    CHECK_FALSE(f.store->evidence(file.id).withdrawn);
}

TEST_CASE("limits: a tracker whose update note is too long is not created")
{
    QTemporaryDir dir;
    TrackerContent c = sampleContent();
    REQUIRE_FALSE(c.updates.isEmpty());
    c.updates.first().note = QString(noteLimit + 1, QLatin1Char('n'));
    CHECK(errorOf([&] { createTrackerFile(dir.filePath("t.pml"), c); }).contains("at most 4000"));
    CHECK_FALSE(QFile::exists(dir.filePath("t.pml")));
}
