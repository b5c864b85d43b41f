#include "storage/tracker_json.h"
#include "support.h"

using namespace pml;
using namespace pml::test;

namespace {

QByteArray replaceFirst(QByteArray text, const QByteArray& from, const QByteArray& to)
{
    const qsizetype at = text.indexOf(from);
    REQUIRE(at >= 0);
    return text.replace(at, from.size(), to);
}

QString importRefusal(const QByteArray& from, const QByteArray& to)
{
    const QByteArray bytes = replaceFirst(trackerToJson(sampleContent()), from, to);
    return errorOf([&] { trackerFromJson(bytes); });
}

} // namespace

TEST_CASE("tracker JSON: export, import into a new tracker, export again is byte-identical")
{
    QTemporaryDir dir;
    auto store = createTrackerFile(dir.filePath("a.pml"), sampleContent());
    store->addActor("Gobierno Regional de Piura", "GRP", ActorGroup::Other);
    store->setResponsibility("2.C1", 32, {1, 2});
    store->recordUpdates({request("2.C1", Status::InProgress, 15, QDate(2024, 5, 5),
                                  "con \"comillas\", tildes (áéí) y\nsalto")},
                         QDate(2024, 6, 1));
    const QByteArray first = trackerToJson(store->exportContent());
    const TrackerContent parsed = trackerFromJson(first);
    CHECK(trackerToJson(parsed) == first);
    auto imported = createTrackerFile(dir.filePath("b.pml"), parsed);
    const QByteArray second = trackerToJson(imported->exportContent());
    CHECK(second == first);
    CHECK(imported->check().isEmpty());
    CHECK(imported->history().last().note == "con \"comillas\", tildes (áéí) y\nsalto");
    CHECK(first.contains("\"recorded_at\": \"2024-03-01T09:30:00.125Z\""));
    CHECK(first.contains("\"format\": \"pml-tracker\""));
    CHECK(first.contains("\"weight\": 2.5"));
    CHECK(first.contains("\"schedule.at_risk_gap\": \"12.5\""));
}

TEST_CASE("tracker JSON: the report's logo travels as base64 and comes back byte for byte")
{
    TrackerContent content = sampleContent();
    content.settings.institution = "Ministerio del Ambiente";
    content.settings.logo = QByteArray("\xff\xd8\xff\xe0", 4) + QByteArray(300, '\x7f');
    const QByteArray json = trackerToJson(content);
    CHECK(json.contains("\"report.logo\": \"" + content.settings.logo.toBase64() + "\""));
    CHECK(trackerFromJson(json).settings == content.settings);
    CHECK(!importRefusal("\"schedule.start\"", "\"report.logo\": \"R0lGODlh\", \"schedule.start\"")
               .isEmpty());
}

TEST_CASE("tracker JSON: the bundled strategy alone round-trips too")
{
    const QByteArray bytes = trackerToJson(freshContent());
    CHECK(trackerToJson(trackerFromJson(bytes)) == bytes);
}

TEST_CASE("tracker JSON: invalid content is refused whole, naming the problem")
{
    CHECK(importRefusal("\"pml-tracker\"", "\"pml-strategy\"").contains("not a tracker export"));
    CHECK(importRefusal("\"format_version\": 1,\n  \"strategy\"",
                        "\"format_version\": 3,\n  \"strategy\"")
              .contains("version 3 is not supported"));
    CHECK(
        importRefusal("\"effective_date\": \"2024-02-01\"", "\"effective_date\": \"2024-02-30\"") ==
        "updates[0].effective_date: \"2024-02-30\" is not a real date written YYYY-MM-DD.");
    CHECK(importRefusal("\"recorded_at\": \"2024-03-01T09:30:00.125Z\"",
                        "\"recorded_at\": \"2024-03-01 09:30\"")
              .contains("updates[0].recorded_at"));
    CHECK(importRefusal("\"recorded_at\": \"2024-03-01T09:30:00.125Z\"",
                        "\"recorded_at\": \"2024-03-01T25:30:00.125Z\"")
              .contains("is not a real UTC time"));
    CHECK(importRefusal("\"activity\": \"6.C7\",\n      \"effective_date\"",
                        "\"activity\": \"6.C99\",\n      \"effective_date\"") ==
          "Update 1: unknown activity 6.C99.");
    CHECK(importRefusal("\"percent\": 40", "\"percent\": \"40\"") ==
          "updates[0].percent: expected a whole number.");
    CHECK(importRefusal("\"percent\": 40", "\"percent\": 40.5") ==
          "updates[0].percent: expected a whole number.");
    CHECK(importRefusal("\"percent\": 40", "\"percent\": 100").contains("Update 1 (6.C7)"));
    CHECK(importRefusal("\"status\": \"in_progress\"", "\"status\": \"done\"")
              .contains("unknown value \"done\""));
    CHECK(importRefusal("\"id\": 2,\n      \"activity\"", "\"id\": 1,\n      \"activity\"")
              .contains("unique"));
    CHECK(importRefusal("\"actor\": 5", "\"actor\": 500") ==
          "Assignment of 6.C7: unknown actor 500.");
    CHECK(importRefusal("\"actor\": 7,\n      \"role\": \"support\"",
                        "\"actor\": 7,\n      \"role\": \"lead\"")
              .contains("more than one lead"));
    CHECK(importRefusal("\"update\": 3", "\"update\": 30") == "Withdrawal 1: unknown update 30.");
    CHECK(importRefusal("\"withdrawn\": false", "\"withdrawn\": true").contains("withdrawn twice"));
    CHECK(importRefusal("\"rollup.mode\": \"activities\"", "\"rollup.mode\": \"lines\"")
              .contains("rollup.mode"));
    CHECK(importRefusal("\"rollup.mode\"", "\"rollup.moda\"").contains("Unknown setting"));
    CHECK(importRefusal("\"weight\": 2.5", "\"weight\": 0").contains("from 0.001 to 1000"));
    CHECK(importRefusal("\"planned_start\": \"2024-02-01\"", "\"planned_start\": \"2026-02-01\"")
              .contains("must be before the planned end"));
    CHECK(importRefusal("\"code\": \"6.C7\"", "\"code\": \"6.C8\"")
              .contains("code does not match its position (expected 6.C7)"));
    CHECK(importRefusal("\"id\": 1,\n        \"name\"", "\"id\": 2,\n        \"name\"")
              .contains("unique number"));
    // Effective date after the day it was recorded.
    CHECK(importRefusal("\"effective_date\": \"2024-02-01\"", "\"effective_date\": \"2024-03-05\"")
              .contains("after the day it was recorded"));
    CHECK(errorOf([] { trackerFromJson("{\n\"format\": \"pml-tracker\",,\n}"); }) ==
          "The document is not valid JSON: at line 2, column 25, a key between double quotes is "
          "missing.");
}

TEST_CASE("tracker JSON: a malformed file is named, with its line and column in plain words")
{
    const QByteArray text = "{\n  \"format\": \"pml-tracker\",\n  \"updates\": [1, 2,, 3]\n}";
    try {
        trackerFromJson(text, QStringLiteral("export.json"));
        FAIL("expected a refusal");
    } catch (const Error& e) {
        CHECK(e.message() ==
              "The file export.json is not valid JSON: at line 3, column 20, a value is missing.");
        CHECK_FALSE(e.message().contains("[json.exception"));
        CHECK_FALSE(e.message().contains("syntax error"));
        // The parser's own words stay in the details, for a "details" part or a log.
        CHECK(e.details().contains("[json.exception.parse_error"));
    }
    const auto refusal = [](const QByteArray& bytes) {
        return errorOf([&] { trackerFromJson(bytes, QStringLiteral("x.json")); });
    };
    CHECK(refusal("  \n") == "The file x.json is empty; it holds no JSON.");
    CHECK(refusal("{\"format\" \"pml-tracker\"}") ==
          "The file x.json is not valid JSON: at line 1, column 23, a colon (:) is missing after "
          "a key.");
    CHECK(refusal("{\"a\": 1 \"b\": 2}") ==
          "The file x.json is not valid JSON: at line 1, column 11, a comma or a closing brace (}) "
          "is missing.");
    CHECK(refusal("[1 2]") == "The file x.json is not valid JSON: at line 1, column 4, a comma or "
                              "a closing bracket (]) is missing.");
    CHECK(refusal("{\"a\": [1,\n 2") ==
          "The file x.json is not valid JSON: at line 2, column 3, the file ends before the JSON "
          "is complete (a closing bracket or brace may be missing).");
    CHECK(refusal("{} {}") == "The file x.json is not valid JSON: at line 1, column 4, there is "
                              "more text after the end of the JSON.");
    CHECK(refusal("{\"a\": yes}")
              .contains("at line 1, column 7, there is a word that is not a "
                        "JSON value"));
    CHECK(refusal("{\"a\": 1.}").contains("a number is written incorrectly"));
    CHECK(refusal("{\"a\": \"x").contains("has no closing quotation mark"));
    CHECK(refusal("{\"a\": \"\xff\"}").contains("not in UTF-8"));
    CHECK(refusal("[1e400]") ==
          "The file x.json is not valid JSON: a number is too large to be represented.");
    // A valid document with invalid content names the file too.
    CHECK(refusal("[]") == "x.json: the document: expected an object.");
}
