#include "cli_runner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <cmath>

using namespace pml::test;

namespace {

// A tracker (start 2026-01-01, today 2026-06-30) with updates in Q1 and Q2 2026.
struct ReportFixture : TrackerFixture {
    ReportFixture()
    {
        runOk({"users", db, "add", "Ana", "--role", "monitor"});
        runOk({"update", db, "1.C1", "--status", "in_progress", "--percent", "20", "--date",
               "2026-02-10", "--by", "Ana"});
        runOk({"update", db, "1.C1", "--status", "in_progress", "--percent", "55", "--date",
               "2026-05-04", "--note", "Talleres <b>regionales</b>", "--by", "Ana"});
        runOk({"update", db, "6.C7", "--status", "completed", "--date", "2026-04-20"});
        runOk({"update", db, "14.C1", "--status", "in_progress", "--percent", "30", "--date",
               "2026-03-31", "--note", "=SUM(A1:A3)"});
        runOk({"update", db, "21.C1", "--status", "cancelled", "--date", "2026-06-01"});
        runOk({"set", db, "1.C1", "--lead", "CONAM"});
    }
};

nlohmann::json readJson(const QString& file)
{
    return nlohmann::json::parse(readFile(file).toStdString());
}

void requireSameFigure(const nlohmann::json& a, const nlohmann::json& b)
{
    REQUIRE(a.is_null() == b.is_null());
    if (!a.is_null()) {
        REQUIRE(a.get<double>() == Approx(b.get<double>()).epsilon(1e-12));
    }
}

void requireSameFigures(const nlohmann::json& report, const nlohmann::json& show)
{
    requireSameFigure(report["actual"], show["actual"]);
    requireSameFigure(report["planned"], show["planned"]);
    REQUIRE(report["schedule"] == show["schedule"]);
}

} // namespace

TEST_CASE("report figures equal show --as-of at the quarter's end", "[cli][report]")
{
    ReportFixture tracker;
    for (const auto& [quarter, asOf] :
         {std::pair{"2026-Q1", "2026-03-31"}, std::pair{"2026-Q2", "2026-06-30"}}) {
        INFO(quarter);
        const QString output = tracker.path(QStringLiteral("r.json"));
        runOk({"report", tracker.db, "--quarter", quarter, "--output", output});
        const nlohmann::json report = readJson(output);
        const nlohmann::json show = runJson({"show", tracker.db, "--as-of", asOf, "--json"});
        REQUIRE(report["quarter"] == quarter);
        REQUIRE(report["as_of"] == asOf);
        requireSameFigures(report["strategy"], show["strategy"]);
        REQUIRE(report["lines"].size() == show["lines"].size());
        for (std::size_t i = 0; i < show["lines"].size(); ++i) {
            const nlohmann::json& line = show["lines"][i];
            requireSameFigures(report["lines"][i], line);
            std::size_t objective = 0;
            for (const auto& group : line["barrier_groups"]) {
                for (const auto& expected : group["objectives"]) {
                    const nlohmann::json& got = report["lines"][i]["objectives"][objective++];
                    REQUIRE(got["number"] == expected["number"]);
                    requireSameFigures(got, expected);
                }
            }
            REQUIRE(objective == report["lines"][i]["objectives"].size());
        }
    }
    // Q2's change is Q2's actual minus Q1's.
    const QString q1 = tracker.path(QStringLiteral("q1.json"));
    const QString q2 = tracker.path(QStringLiteral("q2.json"));
    runOk({"report", tracker.db, "--quarter", "2026-Q1", "--output", q1});
    runOk({"report", tracker.db, "--quarter", "2026-Q2", "--output", q2});
    const double change = readJson(q2)["strategy"]["change"].get<double>();
    REQUIRE(change == Approx(readJson(q2)["strategy"]["actual"].get<double>() -
                             readJson(q1)["strategy"]["actual"].get<double>()));
    REQUIRE(change > 0);
    const nlohmann::json updates = readJson(q2)["updates"];
    REQUIRE(updates.size() == 3); // 6.C7 (20 Apr), 1.C1 (4 May), 21.C1 (1 Jun)
    REQUIRE(updates[1]["code"] == "1.C1");
    REQUIRE(updates[1]["old_percent"] == 20);
    REQUIRE(updates[1]["new_percent"] == 55);
    REQUIRE(updates[1]["recorded_by"] == "Ana");
}

TEST_CASE("report writes every format and changes nothing in the tracker", "[cli][report]")
{
    ReportFixture tracker;
    QTemporaryDir reports; // apart: trackerState() covers the tracker's own folder
    REQUIRE(reports.isValid());
    const TrackerState before = trackerState(tracker.db);
    const struct {
        const char* name;
        QByteArray start;
    } outputs[] = {{"informe.pdf", "%PDF-"},
                   {"informe.xlsx", QByteArray("PK\x03\x04", 4)},
                   {"informe.html", "<!DOCTYPE html>"},
                   {"informe.csv", "\xEF\xBB\xBF"},
                   {"informe.json", "{"}};
    for (const auto& output : outputs) {
        INFO(output.name);
        const QString file = reports.filePath(QString::fromLatin1(output.name));
        const CliResult result =
            runOk({"report", tracker.db, "--quarter", "2026-Q2", "--output", file, "--by", "Ana"});
        REQUIRE(result.out.contains(file));
        REQUIRE(readFile(file).startsWith(output.start));
    }
    REQUIRE(trackerState(tracker.db) == before);

    const QString html = QString::fromUtf8(readFile(reports.filePath("informe.html")));
    REQUIRE(html.contains(QStringLiteral("Informe trimestral de avance — T2 2026")));
    REQUIRE(html.contains(QStringLiteral("Talleres &lt;b&gt;regionales&lt;/b&gt;")));
    const QString csv = QString::fromUtf8(readFile(reports.filePath("informe.csv")));
    REQUIRE(csv.count(QStringLiteral("\r\n")) == 98); // header + 97 activities

    if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {reports.filePath("informe.pdf"), "-"});
        REQUIRE(pdftotext.waitForFinished(60000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
        REQUIRE(text.contains(QStringLiteral("Corte al 30/06/2026")));
        REQUIRE(text.contains(QStringLiteral("Resumen ejecutivo")));
        REQUIRE(text.contains(QStringLiteral("Línea de acción 5: Financiamiento")));
        REQUIRE(text.contains(QStringLiteral("Elaborado por Ana")));
    }
}

TEST_CASE("report options: format, line, language, appendix, separator", "[cli][report]")
{
    ReportFixture tracker;
    // --format wins over the extension.
    const QString data = tracker.path(QStringLiteral("datos.txt"));
    runOk({"report", tracker.db, "--quarter", "2026-Q2", "--format", "json", "--output", data,
           "--line", "1", "--lang", "en", "--no-appendix"});
    const nlohmann::json line = readJson(data);
    REQUIRE(line["line"] == 1);
    REQUIRE(line["language"] == "en");
    REQUIRE(line["appendix"] == false);
    REQUIRE(line["lines"].size() == 1);
    REQUIRE(line["lines"][0]["number"] == 1);
    const nlohmann::json show = runJson({"show", tracker.db, "--as-of", "2026-06-30", "--json"});
    requireSameFigures(line["subject"], show["lines"][0]);
    for (const auto& activity : line["activities"]) {
        REQUIRE(activity["line"] == 1);
    }

    const QString html = tracker.path(QStringLiteral("line.html"));
    runOk({"report", tracker.db, "--quarter", "2026-Q2", "--output", html, "--line", "1", "--lang",
           "en", "--no-appendix"});
    const QString page = QString::fromUtf8(readFile(html));
    REQUIRE(page.contains(QStringLiteral("Quarterly progress report — Q2 2026")));
    REQUIRE(page.contains(QStringLiteral("Report on a line of action")));
    REQUIRE_FALSE(page.contains(QStringLiteral("Appendix")));

    const QString csv = tracker.path(QStringLiteral("a.csv"));
    runOk({"report", tracker.db, "--quarter", "2026-Q2", "--output", csv, "--separator", ";"});
    const QByteArray bytes = readFile(csv);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString table = QString::fromUtf8(bytes.mid(3));
    REQUIRE(table.startsWith(QStringLiteral("Código;Actividad;")));
    REQUIRE(table.contains(QStringLiteral("\r\n1.C1;")));
}

TEST_CASE("report refusals name the problem and leave no file", "[cli][report][refusal]")
{
    ReportFixture tracker;
    const QString existing = tracker.path(QStringLiteral("kept.pdf"));
    writeFile(existing, "previous report");
    const TrackerState before = trackerState(tracker.db);
    const QString fresh = tracker.path(QStringLiteral("new.pdf"));
    const QString unwritable = tracker.path(QStringLiteral("no/such/folder/r.pdf"));
    const struct {
        QStringList arguments;
        int exitCode;
        QString named;
        QString output;
    } refusals[] = {
        {{"--quarter", "2026-Q5", "--output", fresh}, 1, "2026-Q5", fresh},
        {{"--quarter", "Q2-2026", "--output", fresh}, 1, "Q2-2026", fresh},
        {{"--quarter", "2026-Q3", "--output", fresh}, 1, "2026-Q3", fresh}, // not begun
        {{"--quarter", "2026-Q2", "--output", fresh, "--line", "9"}, 1, "9", fresh},
        {{"--quarter", "2026-Q2", "--output", fresh, "--line", "x"}, 1, "x", fresh},
        {{"--quarter", "2026-Q2", "--output", fresh, "--lang", "fr"}, 1, "fr", fresh},
        {{"--quarter", "2026-Q2", "--output", fresh, "--format", "docx"}, 1, "docx", fresh},
        {{"--quarter", "2026-Q2", "--output", fresh, "--separator", "|"}, 1, "|", fresh},
        {{"--quarter", "2026-Q2", "--output", unwritable}, 1, "r.pdf", unwritable},
        {{"--output", fresh}, 2, "--quarter", fresh},
        {{"--quarter", "2026-Q2"}, 2, "--output", fresh},
        {{"--quarter", "2026-Q2", "--output", tracker.path("r.doc")},
         2,
         "r.doc",
         tracker.path("r.doc")},
        // CSV text under a web page's name would open as a broken page.
        {{"--quarter", "2026-Q2", "--format", "csv", "--output", tracker.path("informe.html")},
         1,
         "informe.html",
         tracker.path("informe.html")},
        // An existing report stays as it was when the new one is refused.
        {{"--quarter", "2026-Q2", "--output", existing, "--line", "9"}, 1, "9", existing},
    };
    for (const auto& refusal : refusals) {
        QStringList arguments{"report", tracker.db};
        arguments += refusal.arguments;
        const CliResult result = runCli(arguments);
        INFO("pml-tracker-cli " << arguments.join(' ').toStdString()
                                << "\nstderr: " << result.err.toStdString());
        CHECK(result.exitCode == refusal.exitCode);
        CHECK(result.err.contains(QStringLiteral("pml-tracker-cli: ")));
        CHECK(result.err.contains(refusal.named));
        CHECK(result.out.isEmpty());
        if (refusal.output == existing) {
            CHECK(readFile(existing) == QByteArray("previous report"));
        } else {
            CHECK_FALSE(QFileInfo::exists(refusal.output));
        }
    }
    // Nothing but the tracker, the kept report and what trackerState writes is left.
    const QStringList names = QDir(tracker.dir.path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString& name : names) {
        INFO(name.toStdString());
        CHECK_FALSE(name.startsWith(QStringLiteral("new")));
        CHECK_FALSE(name.startsWith(QStringLiteral("r.")));
    }
    CHECK(trackerState(tracker.db) == before);

    const QString notTracker = tracker.path(QStringLiteral("plain.txt"));
    writeFile(notTracker, "not a tracker");
    const CliResult result =
        runCli({"report", notTracker, "--quarter", "2026-Q2", "--output", fresh});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("plain.txt")));
    CHECK_FALSE(QFileInfo::exists(fresh));
}

namespace {

// pdftotext's text, spaces folded; empty when poppler-utils is not installed.
QString pdfText(const QString& file)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        return {};
    }
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {file, QStringLiteral("-")});
    pdftotext.waitForFinished(60000);
    return QString::fromUtf8(pdftotext.readAllStandardOutput())
        .replace(QChar(0x00a0), QLatin1Char(' '))
        .simplified();
}

// The smallest PNG: one white pixel.
const QByteArray onePixelPng = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC");

} // namespace

TEST_CASE("report on a quarter still running is provisional, as of today", "[cli][report]")
{
    ReportFixture tracker;
    const QString today = QStringLiteral("2026-05-15");
    const QString output = tracker.path(QStringLiteral("t2.json"));
    const CliResult result =
        runOk({"report", tracker.db, "--quarter", "2026-Q2", "--output", output}, today);
    CHECK(result.out.contains(QStringLiteral("as of 2026-05-15, provisional")));
    const nlohmann::json report = readJson(output);
    REQUIRE(report["provisional"] == true);
    REQUIRE(report["as_of"] == "2026-05-15");
    REQUIRE(report["period_end"] == "2026-06-30");
    // The figures are today's, not those the plan expects at the quarter's end.
    const nlohmann::json show =
        runJson({"show", tracker.db, "--as-of", "2026-05-15", "--json"}, today);
    requireSameFigures(report["strategy"], show["strategy"]);

    // An ended quarter is final.
    runOk({"report", tracker.db, "--quarter", "2026-Q1", "--output", output}, today);
    REQUIRE(readJson(output)["provisional"] == false);
    REQUIRE(readJson(output)["as_of"] == "2026-03-31");

    const QString pdf = tracker.path(QStringLiteral("t2.pdf"));
    runOk({"report", tracker.db, "--quarter", "2026-Q2", "--output", pdf}, today);
    const QString text = pdfText(pdf);
    if (!text.isEmpty()) {
        CHECK(text.contains(QStringLiteral("Corte al 15/05/2026")));
        CHECK(text.contains(QStringLiteral("Informe provisional: el trimestre termina el "
                                           "30/06/2026")));
        CHECK_FALSE(text.contains(QStringLiteral("Corte al 30/06/2026")));
    }
}

TEST_CASE("report --by and --reviewed-by fill the author and the sign-off", "[cli][report]")
{
    ReportFixture tracker;
    const QString pdf = tracker.path(QStringLiteral("firmas.pdf"));
    runOk({"report", tracker.db, "--quarter", "2026-Q2", "--output", pdf, "--by", "Ana Quispe",
           "--reviewed-by", "Jorge Huamán"});
    const QString text = pdfText(pdf);
    if (text.isEmpty()) {
        WARN("poppler-utils not installed: PDF not checked");
        return;
    }
    CHECK(text.contains(QStringLiteral("Elaborado por Nombre: Ana Quispe")));
    CHECK(text.contains(QStringLiteral("Revisado por")));
    CHECK(text.contains(QStringLiteral("Jorge Huamán")));
    QProcess pdfinfo;
    pdfinfo.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(pdfinfo.waitForFinished(60000));
    CHECK(QString::fromUtf8(pdfinfo.readAllStandardOutput())
              .contains(QStringLiteral("Author:          Ana Quispe\n")));

    const QString json = tracker.path(QStringLiteral("firmas.json"));
    runOk({"report", tracker.db, "--quarter", "2026-Q2", "--output", json});
    CHECK(readJson(json)["meta"]["produced_by"] == "tester"); // the system user
    CHECK(readJson(json)["meta"]["reviewed_by"] == "");
}

TEST_CASE("config sets the report's institution and logo", "[cli][report]")
{
    ReportFixture tracker;
    const QString logo = tracker.path(QStringLiteral("logo.png"));
    writeFile(logo, onePixelPng);
    runOk({"config", tracker.db, "report.institution", "Ministerio del Ambiente"});
    CHECK(runOk({"config", tracker.db, "report.logo", logo}).out ==
          QStringLiteral("report.logo = PNG image, %1 bytes\n").arg(onePixelPng.size()));
    CHECK(runOk({"config", tracker.db, "report.institution"}).out == "Ministerio del Ambiente\n");

    const QString html = tracker.path(QStringLiteral("comite.html"));
    runOk({"report", tracker.db, "--quarter", "2026-Q2", "--output", html});
    const QString page = QString::fromUtf8(readFile(html));
    CHECK(page.contains(QStringLiteral("data:image/png;base64,") +
                        QString::fromLatin1(onePixelPng.toBase64())));
    CHECK(page.contains(QStringLiteral("Ministerio del Ambiente")));

    // Not an image, or too big: refused, naming the setting or the limit; nothing changes.
    const QString text = tracker.path(QStringLiteral("nota.txt"));
    writeFile(text, "not an image");
    const CliResult refused = runCli({"config", tracker.db, "report.logo", text});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("report.logo")));
    const QString big = tracker.path(QStringLiteral("grande.png"));
    writeFile(big, onePixelPng + QByteArray(600 * 1024, '\0'));
    CHECK(runCli({"config", tracker.db, "report.logo", big}).exitCode == 1);
    CHECK(runOk({"config", tracker.db, "report.logo"}).out.startsWith("PNG image"));

    // "" removes them; a tracker without them stores no such keys.
    runOk({"config", tracker.db, "report.logo", ""});
    runOk({"config", tracker.db, "report.institution", ""});
    CHECK(runOk({"config", tracker.db, "report.logo"}).out == "\n");
    const QString exported = tracker.path(QStringLiteral("export.json"));
    runOk({"export", tracker.db, exported});
    CHECK_FALSE(readJson(exported)["settings"].contains("report.logo"));
}
