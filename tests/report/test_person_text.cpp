// Every word a person typed reaches every report format: texts too long for a spreadsheet
// cell continue elsewhere, and control characters are shown, never cut at or written raw.
#include "report/report_writers.h"
#include "report/writer_support.h"
#include "report_fixture.h"

#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace pml;
using pml::test::quarterOptions;
using pml::test::reportSnapshot;
using pml::test::saved;
using pml::test::testMeta;
using pml::test::written;
using pml::test::zipEntry;

namespace {

// The third quarter's report, in English, with `note` on its first update (the CSV has
// no notes: it is also the first activity's text).
ReportModel modelWithNote(const QString& note)
{
    const Snapshot snapshot = reportSnapshot();
    ReportModel model =
        buildReport(snapshot, snapshot.updates,
                    quarterOptions(2026, 3, std::nullopt, QStringLiteral("en")), testMeta());
    REQUIRE_FALSE(model.updates.isEmpty());
    model.updates.first().note = note;
    REQUIRE_FALSE(model.activities.isEmpty());
    model.activities.first().text = note;
    return model;
}

const QString controlNote = QStringLiteral("before") + QChar(0) + QStringLiteral("after") +
                            QChar(0x1b) + QStringLiteral("[31m red");

// 40,000 characters: more than Excel's 32,767 in a cell.
QString longNote()
{
    QString note;
    for (int i = 0; note.size() < 40000; ++i) {
        note += QStringLiteral("word%1 ").arg(i);
    }
    return note + QStringLiteral("THE-END");
}

} // namespace

TEST_CASE("A person's text keeps its line breaks and shows its control characters",
          "[report][text]")
{
    REQUIRE(outputText(controlNote) == QStringLiteral("before␀after␛[31m red"));
    REQUIRE(outputText(QStringLiteral("a\r\nb\rc\td")) == QStringLiteral("a\nb\nc\td"));
    REQUIRE(outputText(QStringLiteral("x") + QChar(0x7f) + QChar(0x85)) ==
            QStringLiteral("x␡") + QChar(QChar::ReplacementCharacter));
    REQUIRE(outputText(QStringLiteral("Año 2026\nbien")) == QStringLiteral("Año 2026\nbien"));
}

TEST_CASE("HTML, CSV and JSON reports carry no raw NUL or ESC and lose nothing after a NUL",
          "[report][text]")
{
    const ReportModel model = modelWithNote(controlNote);
    for (ReportFormat format : {ReportFormat::Html, ReportFormat::Csv, ReportFormat::Json}) {
        const QByteArray bytes = written(model, format);
        INFO(reportFormatKey(format).toStdString());
        REQUIRE_FALSE(bytes.contains('\0'));
        REQUIRE_FALSE(bytes.contains('\x1b'));
        REQUIRE_FALSE(bytes.contains("\\u0000"));
        REQUIRE(QString::fromUtf8(bytes).contains(QStringLiteral("before␀after␛[31m red")));
    }
}

TEST_CASE("A spreadsheet cell keeps the text after a NUL", "[report][xlsx][text]")
{
    QTemporaryDir dir;
    const QString path =
        saved(dir, modelWithNote(controlNote), ReportFormat::Xlsx, QStringLiteral("nul.xlsx"));
    const QString strings = zipEntry(path, QStringLiteral("xl/sharedStrings.xml"));
    if (strings.isEmpty()) {
        WARN("unzip not installed: workbook content not checked");
        return;
    }
    REQUIRE(strings.contains(QStringLiteral("before␀after␛[31m red")));
}

TEST_CASE("A text too long for a spreadsheet cell continues in the continued sheet",
          "[report][xlsx][text]")
{
    QTemporaryDir dir;
    const QString note = longNote();
    const QString path =
        saved(dir, modelWithNote(note), ReportFormat::Xlsx, QStringLiteral("long.xlsx"));
    const QString workbook = zipEntry(path, QStringLiteral("xl/workbook.xml"));
    if (workbook.isEmpty()) {
        WARN("unzip not installed: workbook content not checked");
        return;
    }
    REQUIRE(workbook.contains(QLatin1String("name=\"Continued text\"")));
    const QString strings = zipEntry(path, QStringLiteral("xl/sharedStrings.xml"));
    // The first part ends with the marker; the second holds the rest, up to the last word.
    REQUIRE(
        strings.contains(QLatin1String(" [continued in the sheet \"Continued text\", row 2]</t>")));
    REQUIRE(strings.contains(note.left(200)));
    REQUIRE(strings.contains(note.right(200)));
    REQUIRE(strings.contains(QLatin1String("Updates!")));
    // Every row stays within Excel's tallest row (409 points).
    static const QRegularExpression height(QStringLiteral(" ht=\"([0-9.]+)\""));
    for (int i = 1; i <= 8; ++i) {
        const QString sheet = zipEntry(path, QStringLiteral("xl/worksheets/sheet%1.xml").arg(i));
        for (auto it = height.globalMatch(sheet); it.hasNext();) {
            REQUIRE(it.next().captured(1).toDouble() <= 409);
        }
    }
}
