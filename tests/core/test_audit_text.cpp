// An audit entry as a sentence, its item and its fields: what the audit page, its CSV and
// the command line show instead of the recorded JSON.
#include "core/audit_text.h"
#include "core/permissions.h"

#include <QLocale>

#include <catch2/catch.hpp>

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& text) { return text.toStdString(); }
};
} // namespace Catch

using namespace pml;

namespace {

// The interface's English with day-first dates, as the program sets it.
struct EnglishLocale {
    EnglishLocale() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    ~EnglishLocale() { QLocale::setDefault(QLocale::c()); }
};

AuditEntry entry(const QString& by, const QString& kind, const QString& item, const QString& before,
                 const QString& after)
{
    AuditEntry e;
    e.id = 7;
    e.recordedBy = by;
    e.kind = kind;
    e.item = item;
    e.oldValue = before;
    e.newValue = after;
    return e;
}

const QString kUpdate =
    QStringLiteral(R"({"status_updates":{"activity":"11.C1","effective_date":"2026-05-15","id":4,)"
                   R"("note":"","percent":30,"recorded_at":1796666704708,"recorded_by":"ana",)"
                   R"("status":"in_progress"}})");

QString transition(const QString& action, const QString& note)
{
    return QStringLiteral(R"({"review_transitions":{"action":"%1","from_state":"submitted",)"
                          R"("id":3,"line":2,"note":"%2","quarter":"2026-Q2",)"
                          R"("recorded_at":1796666704708,"recorded_by":"rosa",)"
                          R"("to_state":"returned"}})")
        .arg(action, note);
}

} // namespace

TEST_CASE("an update reads as who recorded what, with its status, progress and date",
          "[audit][text]")
{
    EnglishLocale english;
    const AuditEntry e = entry("ana", "update.record", "11.C1", {}, kUpdate);
    CHECK(auditSentence(e) == "ana recorded 11.C1: In progress, 30.0 %, in force from 15/05/2026");
    CHECK(auditItemText(e) == "activity 11.C1");
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    CHECK(auditSentence(e).contains("30,0 %")); // the locale's decimal separator
}

TEST_CASE("review steps name the line and quarter, and quote a note", "[audit][text]")
{
    EnglishLocale english;
    const AuditEntry returned = entry("rosa", "review.return", "line 2 2026-Q2", {},
                                      transition("return", "Falta evidencia"));
    CHECK(auditSentence(returned) == "rosa returned line 2, Q2 2026: “Falta evidencia”");
    CHECK(auditItemText(returned) == "line 2, Q2 2026");
    CHECK(auditSentence(
              entry("ana", "review.submit", "line 2 2026-Q2", {}, transition("submit", ""))) ==
          "ana submitted line 2, Q2 2026 for review");
    CHECK(auditSentence(entry("rosa", "review.approve", "line 2 2026-Q2", {},
                              transition("approve", ""))) == "rosa approved line 2, Q2 2026");
    CHECK(auditSentence(entry("rosa", "review.reopen", "line 2 2026-Q2", {},
                              transition("reopen", "Corregir cifra"))) ==
          "rosa reopened line 2, Q2 2026: “Corregir cifra”");
}

TEST_CASE("a planning change names the field and both values", "[audit][text]")
{
    EnglishLocale english;
    const AuditEntry weight =
        entry("ana", "planning", "6.C3", R"({"planned_end":null,"planned_start":null,"weight":1})",
              R"({"planned_end":null,"planned_start":null,"weight":3})");
    CHECK(auditSentence(weight) == "ana changed the weight of 6.C3 from 1 to 3");
    const AuditEntry both =
        entry("ana", "planning", "6.C3", R"({"planned_end":null,"planned_start":null,"weight":1})",
              R"({"planned_end":"2027-12-31","planned_start":null,"weight":1.5})");
    CHECK(auditSentence(both) == "ana changed the planning of 6.C3: the weight from 1 to 1.5; "
                                 "the planned end from — to 31/12/2027");
    const QList<AuditField> fields = auditFields(weight);
    REQUIRE(fields.size() == 3);
    CHECK(fields.at(0).name == "Weight");
    CHECK(fields.at(0).before == "1");
    CHECK(fields.at(0).after == "3");
}

TEST_CASE("every audit kind reads as a sentence without JSON", "[audit][text]")
{
    EnglishLocale english;
    const AuditNames names{{{1, "CONAM"}, {2, "PRODUCE"}}};
    const QList<AuditEntry> entries{
        entry("ana", "tracker.create", {}, {}, R"({"structure":"ab12","people":"cd34"})"),
        entry("ana", "tracker.upgrade", {}, {}, R"({"structure":"ab12"})"),
        entry("ana", "update.record", "11.C1", {}, kUpdate),
        entry("ana", "update.withdraw", "11.C1", {},
              R"({"update_withdrawals":{"id":2,"update_id":4,"withdrawn":1}})"),
        entry("ana", "update.restore", "11.C1", {},
              R"({"update_withdrawals":{"id":3,"update_id":4,"withdrawn":0}})"),
        entry("ana", "planning", "6.C3", R"({"weight":1})", R"({"weight":3})"),
        entry("ana", "responsibility", "6.C3", R"({"lead":null,"support":[]})",
              R"({"lead":1,"support":[2]})"),
        entry("ana", "actor.add", "3", {},
              R"({"actor_group":"sector","name":"Ministerio","short_name":"MIN"})"),
        entry("ana", "actor.change", "3",
              R"({"actor_group":"sector","name":"Ministerio","short_name":"MIN"})",
              R"({"actor_group":"other","name":"Ministerio","short_name":"MIN"})"),
        entry("ana", "settings", "settings", R"({"schedule.late_gap":"25"})",
              R"({"schedule.late_gap":"30.5"})"),
        entry("ana", "person.add", "rosa", {}, R"({"active":1,"roles":"reviewer"})"),
        entry("ana", "person.change", "rosa", R"({"active":1,"roles":"reviewer"})",
              R"({"active":1,"roles":"reviewer,admin"})"),
        entry("ana", "person.remove", "rosa", R"({"active":1,"roles":"reviewer"})",
              R"({"active":0,"roles":"reviewer"})"),
        entry("ana", "review.submit", "line 2 2026-Q2", {}, transition("submit", "")),
        entry("ana", "review.approve", "line 2 2026-Q2", {}, transition("approve", "")),
        entry("ana", "review.return", "line 2 2026-Q2", {}, transition("return", "x")),
        entry("ana", "review.reopen", "line 2 2026-Q2", {}, transition("reopen", "y")),
        entry("ana", "evidence.add", "line 2 2026-Q2", {},
              R"({"evidence":{"id":5,"kind":"file","name":"acta.pdf","size":2048}})"),
        entry("ana", "evidence.withdraw", "11.C1", {},
              R"({"evidence_withdrawals":{"evidence_id":5,"id":1,"reason":"duplicada"}})"),
    };
    QStringList kinds;
    for (const AuditEntry& e : entries) {
        kinds << e.kind;
        const QString sentence = auditSentence(e, names);
        INFO(e.kind.toStdString() << ": " << sentence.toStdString());
        CHECK(sentence.startsWith("ana "));
        CHECK_FALSE(sentence.contains('{'));
        CHECK_FALSE(sentence.contains('_'));
        CHECK_FALSE(sentence.contains(e.kind));
    }
    // Every kind the log writes and permissions know has its sentence here.
    for (const QString& kind : auditKinds()) {
        INFO(kind.toStdString());
        CHECK(kinds.contains(kind));
    }
    CHECK(auditSentence(entries.at(3)) == "ana withdrew update 4 of 11.C1");
    CHECK(auditSentence(entries.at(6), names) ==
          "ana changed who is responsible for 6.C3: the lead from — to CONAM; the support "
          "from — to PRODUCE");
    CHECK(auditSentence(entries.at(8)) ==
          "ana changed the group of MIN from Sector to Other institution");
    CHECK(auditSentence(entries.at(9)) == "ana changed the gap for late from 25 to 30.5");
    CHECK(auditSentence(entries.at(10)) == "ana added rosa as reviewer");
    CHECK(auditSentence(entries.at(17)) == "ana added evidence to line 2, Q2 2026: acta.pdf");
    CHECK(auditItemText(entries.at(7)) == "actor MIN");
    CHECK(auditItemText(entries.at(10)) == "person rosa");
}

TEST_CASE("an unknown kind gets a generic sentence, never its raw values", "[audit][text]")
{
    EnglishLocale english;
    const AuditEntry e = entry("ana", "future.thing", "11.C1", R"({"a":1})", R"({"a":2})");
    CHECK_FALSE(operationOfAuditKind(e.kind).has_value());
    CHECK(auditSentence(e) == "ana made a change (future.thing) to activity 11.C1");
}
