#include "core/error.h"
#include "core/progress.h"
#include "report/report_text.h"
#include "report/report_writers.h"
#include "report_fixture.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>

#include <catch2/catch.hpp>
#include <cmath>

using namespace pml;
using pml::test::pdfText;
using pml::test::quarterOptions;
using pml::test::reportSnapshot;
using pml::test::runTool;
using pml::test::saved;
using pml::test::testMeta;
using pml::test::written;
using pml::test::zipEntry;

namespace {

ReportModel q3Model(std::optional<int> line = std::nullopt,
                    const QString& language = QStringLiteral("es"))
{
    const Snapshot snapshot = reportSnapshot();
    return buildReport(snapshot, snapshot.updates, quarterOptions(2026, 3, line, language),
                       testMeta());
}

} // namespace

TEST_CASE("The PDF is an A4 document with the report's text", "[report][pdf]")
{
    QTemporaryDir dir;
    const ReportModel model = q3Model();
    const QString path = saved(dir, model, ReportFormat::Pdf, QStringLiteral("informe.pdf"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("%PDF-"));
    REQUIRE(bytes.trimmed().endsWith("%%EOF"));

    const auto info = runTool(QStringLiteral("pdfinfo"), {path});
    const auto text = pdfText(path);
    if (!info || !text) {
        WARN("poppler-utils not installed: PDF content not checked");
        return;
    }
    const QString pdfInfo = QString::fromUtf8(*info);
    REQUIRE(pdfInfo.contains(QLatin1String("595 x 842 pts (A4)")));
    const int pages =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(pdfInfo).captured(1).toInt();
    REQUIRE(pages >= 4);

    const ReportText t(ReportLanguage::Spanish);
    for (const QString& expected :
         {QStringLiteral("Estrategia de prueba"), QStringLiteral("Informe trimestral de avance"),
          QStringLiteral("T3 2026"), QStringLiteral("Corte al 30/09/2026"),
          QStringLiteral("Resumen ejecutivo"), QStringLiteral("Avance ejecutado"),
          QStringLiteral("Línea de acción 2: Tecnología"),
          QStringLiteral("Actividades actualizadas en el trimestre"),
          QStringLiteral("Actividades que requieren atención"),
          QStringLiteral("Anexo: todas las actividades"), QStringLiteral("seguimiento-pml.db"),
          QStringLiteral("Monitora Quispe"), QStringLiteral("Página 1 de %1").arg(pages),
          QStringLiteral("Página %1 de %1").arg(pages), QStringLiteral("<script>alert(1)"),
          t.percent(model.strategy.current.actual).replace(QChar(0x00a0), QLatin1Char(' ')),
          QStringLiteral("Corrección del mismo")}) {
        INFO(expected.toStdString());
        REQUIRE(text->contains(expected));
    }
}

TEST_CASE("The PDF follows the language and options", "[report][pdf]")
{
    QTemporaryDir dir;
    ReportModel model = q3Model(2, QStringLiteral("en"));
    model.options.appendix = false;
    const QString path = saved(dir, model, ReportFormat::Pdf, QStringLiteral("report.pdf"));
    const auto text = pdfText(path);
    if (!text) {
        WARN("pdftotext not installed: PDF content not checked");
        return;
    }
    REQUIRE(text->contains(QLatin1String("Quarterly progress report")));
    REQUIRE(text->contains(QLatin1String("Q3 2026")));
    REQUIRE(text->contains(QLatin1String("Report on a line of action")));
    REQUIRE(text->contains(QStringLiteral("Line of action 2: Tecnología")));
    REQUIRE_FALSE(text->contains(QLatin1String("Line of action 1:")));
    REQUIRE_FALSE(text->contains(QLatin1String("Appendix")));
    REQUIRE_FALSE(text->contains(QLatin1String("Avance ejecutado")));
}

TEST_CASE("A long table breaks across pages and repeats its header", "[report][pdf]")
{
    Snapshot snapshot = reportSnapshot();
    for (int i = 1; i <= 150; ++i) {
        Activity a = snapshot.strategy.activities.first();
        a.code = QStringLiteral("1.L%1").arg(i);
        a.horizon = Horizon::Long;
        a.text = QStringLiteral("Actividad larga número %1 con un texto que ocupa más de una línea "
                                "en la tabla del anexo del informe")
                     .arg(i);
        snapshot.strategy.activities.append(a);
    }
    const ReportModel model =
        buildReport(snapshot, snapshot.updates, quarterOptions(2026, 3), testMeta());
    QTemporaryDir dir;
    const QString path = saved(dir, model, ReportFormat::Pdf, QStringLiteral("largo.pdf"));
    const auto text = pdfText(path);
    if (!text) {
        WARN("pdftotext not installed: PDF content not checked");
        return;
    }
    for (const char* code : {"1.L1 ", "1.L75 ", "1.L150 "}) {
        REQUIRE(text->contains(QLatin1String(code)));
    }
    // The appendix header row ("Última actualización") is on each of its pages.
    REQUIRE(text->count(QStringLiteral("Última actualización")) >= 4);
}

TEST_CASE("The spreadsheet has the five sheets, numbers and no formulas", "[report][xlsx]")
{
    QTemporaryDir dir;
    const ReportModel model = q3Model();
    const QString path = saved(dir, model, ReportFormat::Xlsx, QStringLiteral("informe.xlsx"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    REQUIRE(file.read(4) == QByteArray("PK\x03\x04", 4)); // a zip container

    const auto listing = runTool(QStringLiteral("unzip"), {QStringLiteral("-l"), path});
    if (!listing) {
        WARN("unzip not installed: workbook content not checked");
        return;
    }
    REQUIRE(listing->contains("xl/workbook.xml"));
    const QString workbook = zipEntry(path, QStringLiteral("xl/workbook.xml"));
    QStringList names;
    const QRegularExpression sheet(QStringLiteral("<sheet name=\"([^\"]+)\""));
    for (auto it = sheet.globalMatch(workbook); it.hasNext();) {
        names.append(it.next().captured(1));
    }
    REQUIRE(names == QStringList{QStringLiteral("Resumen"), QStringLiteral("Líneas"),
                                 QStringLiteral("Objetivos"), QStringLiteral("Actividades"),
                                 QStringLiteral("Actualizaciones")});

    // Activities (sheet 4): a frozen header, an autofilter, percents as fractions.
    const QString activities = zipEntry(path, QStringLiteral("xl/worksheets/sheet4.xml"));
    REQUIRE(activities.contains(QLatin1String("<pane ySplit=\"1\"")));
    REQUIRE(activities.contains(QLatin1String("<autoFilter ref=\"A1:P7\"")));
    REQUIRE(activities.contains(QLatin1String("<v>0.6</v>"))); // 1.C1 at 60 %
    REQUIRE(activities.contains(QLatin1String("<cols>")));
    const QString styles = zipEntry(path, QStringLiteral("xl/styles.xml"));
    REQUIRE(styles.contains(QLatin1String("formatCode=\"0.0%\"")));

    const QString summary = zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    // The strategy's actual progress as a number cell (a fraction with a percent format).
    const double actual = *model.strategy.current.actual / 100;
    bool found = false;
    const QRegularExpression number(QStringLiteral("<c r=\"B\\d+\" s=\"\\d+\"><v>([0-9.E-]+)</v>"));
    for (auto it = number.globalMatch(summary); it.hasNext();) {
        const double value = it.next().captured(1).toDouble();
        found = found || std::abs(value - actual) < 1e-12;
    }
    REQUIRE(found);

    // User text exactly as written: a string cell is never evaluated, so no apostrophe.
    const QString strings = zipEntry(path, QStringLiteral("xl/sharedStrings.xml"));
    REQUIRE(strings.contains(QLatin1String("<t>=HYPERLINK(\"http://x\")</t>")));
    REQUIRE(strings.contains(QStringLiteral("<t>=1+2 Formular normas; técnicas</t>")));
    REQUIRE_FALSE(strings.contains(QLatin1String("'=")));
    REQUIRE(strings.contains(QLatin1String("&lt;script&gt;")));
    for (int i = 1; i <= 5; ++i) {
        const QString sheetXml = zipEntry(path, QStringLiteral("xl/worksheets/sheet%1.xml").arg(i));
        REQUIRE_FALSE(sheetXml.isEmpty());
        REQUIRE_FALSE(sheetXml.contains(QLatin1String("<f>")));
    }
}

TEST_CASE("The spreadsheet prints one page wide with titles, header and footer", "[report][xlsx]")
{
    QTemporaryDir dir;
    ReportModel model = q3Model();
    model.institution = QStringLiteral("Ministerio del Ambiente & Energía");
    const QString path = saved(dir, model, ReportFormat::Xlsx, QStringLiteral("informe.xlsx"));
    const QString workbook = zipEntry(path, QStringLiteral("xl/workbook.xml"));
    if (workbook.isEmpty()) {
        WARN("unzip not installed: workbook content not checked");
        return;
    }
    for (int i = 1; i <= 5; ++i) {
        INFO("sheet " << i);
        const QString sheet = zipEntry(path, QStringLiteral("xl/worksheets/sheet%1.xml").arg(i));
        // A4, one page wide and as many tall as needed; the summary alone is portrait.
        REQUIRE(sheet.contains(QLatin1String("<pageSetUpPr fitToPage=\"1\"/>")));
        REQUIRE(sheet.contains(QStringLiteral("<pageSetup paperSize=\"9\" fitToHeight=\"0\" "
                                              "orientation=\"%1\"/>")
                                   .arg(i == 1 ? "portrait" : "landscape")));
        // Header: strategy, report title and institution; footer: cut-off and page N of M.
        REQUIRE(sheet.contains(QStringLiteral("<oddHeader>&amp;L&amp;8Estrategia de prueba\n"
                                              "Informe trimestral de avance — T3 2026&amp;R&amp;8"
                                              "Ministerio del Ambiente &amp;&amp; Energía"
                                              "</oddHeader>")));
        REQUIRE(sheet.contains(QStringLiteral("<oddFooter>&amp;L&amp;8Corte al 30/09/2026 · "
                                              "seguimiento-pml.db&amp;R&amp;8"
                                              "Página &amp;P de &amp;N</oddFooter>")));
        // The header row repeats on every printed page.
        REQUIRE(workbook.contains(
            QRegularExpression(QStringLiteral("<definedName name=\"_xlnm.Print_Titles\" "
                                              "localSheetId=\"%1\">[^<]*!\\$1:\\$1<")
                                   .arg(i - 1))));
        // No filter buttons on the two-column summary.
        REQUIRE(sheet.contains(QLatin1String("<autoFilter")) == (i != 1));
    }
    // Long text wraps, and its row is as tall as its lines.
    REQUIRE(
        zipEntry(path, QStringLiteral("xl/styles.xml")).contains(QLatin1String("wrapText=\"1\"")));
    const QString updates = zipEntry(path, QStringLiteral("xl/worksheets/sheet5.xml"));
    REQUIRE(updates.contains(QRegularExpression(QStringLiteral("<row r=\"\\d+\"[^>]* ht=\"\\d+\" "
                                                               "customHeight=\"1\">"))));
    // Objective numbers are numbers: column D of the activities, one objective each.
    const QString activities = zipEntry(path, QStringLiteral("xl/worksheets/sheet4.xml"));
    REQUIRE(
        activities.contains(QRegularExpression(QStringLiteral("<c r=\"D2\" s=\"\\d+\"><v>1</v>"))));
}

TEST_CASE("A page header too long for Excel leaves a part out, never the report title",
          "[report][xlsx]")
{
    QTemporaryDir dir;
    ReportModel model = q3Model();
    model.institution = QString(200, QLatin1Char('I'));
    const QString path = saved(dir, model, ReportFormat::Xlsx, QStringLiteral("largo.xlsx"));
    const QString sheet = zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    if (sheet.isEmpty()) {
        WARN("unzip not installed: workbook content not checked");
        return;
    }
    REQUIRE(sheet.contains(QStringLiteral("<oddHeader>&amp;L&amp;8Estrategia de prueba\n"
                                          "Informe trimestral de avance — T3 2026</oddHeader>")));
}

TEST_CASE("A line report and a provisional one say so in the spreadsheet", "[report][xlsx]")
{
    QTemporaryDir dir;
    const Snapshot snapshot = reportSnapshot();
    const ReportModel q4 =
        buildReport(snapshot, snapshot.updates, quarterOptions(2026, 4, 2), testMeta());
    const QString path = saved(dir, q4, ReportFormat::Xlsx, QStringLiteral("t4.xlsx"));
    const QString core = zipEntry(path, QStringLiteral("docProps/core.xml"));
    if (core.isEmpty()) {
        WARN("unzip not installed: workbook content not checked");
        return;
    }
    REQUIRE(core.contains(QStringLiteral("<dc:title>Informe trimestral de avance — T4 2026 — "
                                         "Línea de acción 2: Tecnología (Informe provisional)"
                                         "</dc:title>")));
    REQUIRE(core.contains(QLatin1String("<dc:creator>Monitora Quispe</dc:creator>")));
    const QString summary = zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    REQUIRE(summary.contains(QStringLiteral("(Informe provisional)</oddHeader>")));
    const QString strings = zipEntry(path, QStringLiteral("xl/sharedStrings.xml"));
    REQUIRE(strings.contains(QStringLiteral("Informe provisional: el trimestre termina el "
                                            "31/12/2026; las cifras son al 08/10/2026")));
    REQUIRE(strings.contains(QStringLiteral("<t>Revisora Flores</t>")));
    REQUIRE(strings.contains(QStringLiteral("<t>¿Cómo se calcula?</t>")));
}

TEST_CASE("English spreadsheets have English sheet names", "[report][xlsx]")
{
    QTemporaryDir dir;
    const QString path = saved(dir, q3Model(std::nullopt, QStringLiteral("en")), ReportFormat::Xlsx,
                               QStringLiteral("report.xlsx"));
    const QString workbook = zipEntry(path, QStringLiteral("xl/workbook.xml"));
    if (workbook.isEmpty()) {
        WARN("unzip not installed: workbook content not checked");
        return;
    }
    REQUIRE(workbook.contains(QLatin1String("name=\"Summary\"")));
    REQUIRE(workbook.contains(QLatin1String("name=\"Updates\"")));
}

TEST_CASE("HTML is one self-contained page with user text escaped", "[report][html]")
{
    const QString html = QString::fromUtf8(written(q3Model(), ReportFormat::Html));
    REQUIRE(html.startsWith(QLatin1String("<!DOCTYPE html>")));
    REQUIRE(html.contains(QLatin1String("<html lang=\"es\">")));
    REQUIRE(html.contains(QLatin1String("<style>")));
    REQUIRE(html.contains(QLatin1String("<svg")));
    REQUIRE(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; más")));
    REQUIRE_FALSE(html.contains(QLatin1String("<script")));
    REQUIRE_FALSE(html.contains(QLatin1String("src=\"http")));
    REQUIRE_FALSE(html.contains(QLatin1String("<link")));
    REQUIRE(html.contains(QStringLiteral("Informe trimestral de avance — T3 2026")));
    REQUIRE(html.contains(QStringLiteral("Corte al 30/09/2026")));
    REQUIRE(html.contains(QStringLiteral("Anexo: todas las actividades")));

    ReportModel noAppendix = q3Model();
    noAppendix.options.appendix = false;
    const QString shorter = QString::fromUtf8(written(noAppendix, ReportFormat::Html));
    REQUIRE_FALSE(shorter.contains(QStringLiteral("Anexo: todas las actividades")));
}

TEST_CASE("CSV: the activity table with BOM, separator and neutralised text", "[report][csv]")
{
    const ReportModel model = q3Model();
    const QByteArray comma = written(model, ReportFormat::Csv);
    REQUIRE(comma.startsWith("\xEF\xBB\xBF"));
    const QStringList lines =
        QString::fromUtf8(comma.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 7); // header + six activities
    REQUIRE(lines[0].startsWith(QStringLiteral("Código,Actividad,Línea de acción,")));
    // No cover: each row says its cut-off, whether the report is provisional, its line's
    // review and the fingerprint (both empty in a report built from a snapshot).
    const ReportText t(ReportLanguage::Spanish);
    REQUIRE(lines[0].endsWith(QStringLiteral(",Última actualización,Fecha de corte,"
                                             "Informe provisional,%1,%2")
                                  .arg(t(Phrase::ReviewColumn), t(Phrase::Fingerprint))));
    for (const QString& line : lines.mid(1)) {
        REQUIRE(line.endsWith(QStringLiteral(",2026-09-30,No,,")));
    }
    const QByteArray q4 = written(buildReport(reportSnapshot(), reportSnapshot().updates,
                                              quarterOptions(2026, 4), testMeta()),
                                  ReportFormat::Csv);
    REQUIRE(QString::fromUtf8(q4).contains(QStringLiteral(",2026-10-08,Sí,,\r\n")));
    REQUIRE(lines
                .filter(QStringLiteral("1.C1,Realizar talleres regionales,1,1,Corto plazo,"
                                       "En ejecución,60,1,"))
                .size() == 1);
    // Starts with '=' and holds the separator ';' (not special with ','): apostrophe only.
    REQUIRE(lines.filter(QStringLiteral("3.C2,'=1+2 Formular normas; técnicas,")).size() == 1);

    const QByteArray semicolon = written(model, ReportFormat::Csv, {QLatin1Char(';')});
    const QStringList rows =
        QString::fromUtf8(semicolon.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(rows[0].startsWith(QStringLiteral("Código;Actividad;Línea de acción;")));
    REQUIRE(rows.filter(QStringLiteral("3.C2;\"'=1+2 Formular normas; técnicas\";")).size() == 1);
    // A planned percent with the decimal comma that goes with ';'.
    REQUIRE(rows.filter(QRegularExpression(QStringLiteral("^1\\.C1;.*;60;1;\\d+,\\d;"))).size() ==
            1);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    REQUIRE_THROWS_AS(writeCsv(model, buffer, QLatin1Char('|')), Error);
}

TEST_CASE("JSON holds the complete model with the engine's figures", "[report][json]")
{
    const Snapshot snapshot = reportSnapshot();
    const ReportModel model =
        buildReport(snapshot, snapshot.updates, quarterOptions(2026, 3), testMeta());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(written(model, ReportFormat::Json), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    REQUIRE(root.value(QLatin1String("quarter")).toString() == QStringLiteral("2026-Q3"));
    REQUIRE(root.value(QLatin1String("as_of")).toString() == QStringLiteral("2026-09-30"));
    REQUIRE(root.value(QLatin1String("period_end")).toString() == QStringLiteral("2026-09-30"));
    REQUIRE(root.value(QLatin1String("provisional")) == QJsonValue(false));
    const QJsonObject meta = root.value(QLatin1String("meta")).toObject();
    REQUIRE(meta.value(QLatin1String("reviewed_by")).toString() ==
            QStringLiteral("Revisora Flores"));
    REQUIRE(meta.value(QLatin1String("institution")).toString().isEmpty());
    REQUIRE(meta.value(QLatin1String("logo")) == QJsonValue(false));
    const Progress now = computeProgress(snapshot, QDate(2026, 9, 30));
    const QJsonObject strategy = root.value(QLatin1String("strategy")).toObject();
    REQUIRE(strategy.value(QLatin1String("actual")).toDouble() == Approx(*now.strategy.actual));
    REQUIRE(strategy.value(QLatin1String("planned")).toDouble() == Approx(*now.strategy.planned));
    REQUIRE(strategy.value(QLatin1String("schedule")).toString() ==
            scheduleKey(now.strategy.schedule));
    REQUIRE(strategy.value(QLatin1String("change")).toDouble() == Approx(*model.strategy.change));
    const QJsonArray lines = root.value(QLatin1String("lines")).toArray();
    REQUIRE(lines.size() == 2);
    const QJsonArray objectives = lines[0].toObject().value(QLatin1String("objectives")).toArray();
    REQUIRE(objectives.size() == 2);
    REQUIRE(objectives[0].toObject().value(QLatin1String("actual")).toDouble() ==
            Approx(*now.objectives.value(1).actual));
    const QJsonArray updates = root.value(QLatin1String("updates")).toArray();
    REQUIRE(updates.size() == 5);
    REQUIRE(updates[2].toObject().value(QLatin1String("note")).toString() ==
            QStringLiteral("<script>alert(1)</script> & más"));
    REQUIRE(updates[2].toObject().value(QLatin1String("old_percent")).toInt() == 30);
    REQUIRE(root.value(QLatin1String("activities")).toArray().size() == 6);
    REQUIRE(root.value(QLatin1String("counts"))
                .toObject()
                .value(QLatin1String("updates_in_quarter"))
                .toInt() == 5);
}

TEST_CASE("Null figures are null in JSON and a dash in text", "[report][json]")
{
    Snapshot snapshot = reportSnapshot();
    snapshot.settings.start = QDate(2027, 1, 1);
    snapshot.updates.clear();
    const ReportModel model =
        buildReport(snapshot, snapshot.updates, quarterOptions(2026, 1), testMeta());
    const QJsonObject root = QJsonDocument::fromJson(written(model, ReportFormat::Json)).object();
    const QJsonObject strategy = root.value(QLatin1String("strategy")).toObject();
    REQUIRE(strategy.value(QLatin1String("actual")).toDouble() == 0);
    REQUIRE(root.value(QLatin1String("updates")).toArray().isEmpty());
}

TEST_CASE("Report files are written atomically", "[report][file]")
{
    QTemporaryDir dir;
    const ReportModel model = q3Model();

    // A folder that does not exist: a clear error, nothing created.
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/informe.pdf"));
    REQUIRE_THROWS_WITH(writeReportFile(model, ReportFormat::Pdf, missing),
                        Catch::Contains("informe.pdf"));
    REQUIRE_FALSE(QFile::exists(missing));

    // A writer that fails half-way leaves an existing file as it was and no temporary.
    const QString existing = dir.filePath(QStringLiteral("informe.csv"));
    {
        QFile file(existing);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("old content");
    }
    REQUIRE_THROWS_AS(writeReportFile(model, ReportFormat::Csv, existing, {QLatin1Char('|')}),
                      Error);
    QFile file(existing);
    REQUIRE(file.open(QIODevice::ReadOnly));
    REQUIRE(file.readAll() == QByteArray("old content"));
    REQUIRE(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("informe.csv")});

    // Every format round-trips through a file.
    for (ReportFormat format : {ReportFormat::Pdf, ReportFormat::Xlsx, ReportFormat::Html,
                                ReportFormat::Csv, ReportFormat::Json}) {
        const QString path = dir.filePath(QStringLiteral("r.") + reportFormatKey(format));
        writeReportFile(model, format, path);
        REQUIRE(QFileInfo(path).size() > 100);
        REQUIRE(reportFormatFromKey(reportFormatKey(format)) == format);
    }
    REQUIRE_FALSE(reportFormatFromKey(QStringLiteral("docx")));
}

TEST_CASE("The preview shows the PDF's pages and paintReport prints them", "[report][pdf]")
{
    const ReportModel model = q3Model();
    const ReportPreview preview(model);
    REQUIRE(preview.pageCount() >= 4);
    const QImage cover = preview.page(0, 420);
    REQUIRE(cover.width() == 420);
    REQUIRE(cover.height() == 594); // A4 proportions
    int dark = 0;
    for (int y = 0; y < cover.height(); y += 2) {
        for (int x = 0; x < cover.width(); x += 2) {
            dark += qGray(cover.pixel(x, y)) < 128 ? 1 : 0;
        }
    }
    REQUIRE(dark > 200); // the title, the band and the text are painted

    // The same pages painted on any paged device (a printer in the application).
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(150);
    paintReport(model, writer);
    buffer.close();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("printed.pdf"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(buffer.data());
    file.close();
    const auto info = runTool(QStringLiteral("pdfinfo"), {path});
    const auto text = pdfText(path);
    if (!info || !text) {
        WARN("poppler-utils not installed: printed pages not checked");
        return;
    }
    REQUIRE(QString::fromUtf8(*info).contains(
        QStringLiteral("Pages:           %1").arg(preview.pageCount())));
    REQUIRE(text->contains(QStringLiteral("Página 2 de %1").arg(preview.pageCount())));
    REQUIRE(text->contains(QStringLiteral("Resumen ejecutivo")));
}

TEST_CASE("A note longer than a page is cut at the page's foot, not looped on", "[report][pdf]")
{
    Snapshot snapshot = reportSnapshot();
    QString note;
    for (int i = 0; i < 1500; ++i) {
        note += QStringLiteral("palabra%1 ").arg(i);
    }
    snapshot.updates[1].note = note; // update 2, in Q3
    const ReportModel model =
        buildReport(snapshot, snapshot.updates, quarterOptions(2026, 3), testMeta());
    const ReportPreview preview(model);
    const ReportPreview normal(q3Model());
    REQUIRE(preview.pageCount() >= normal.pageCount());
    REQUIRE(preview.pageCount() <= normal.pageCount() + 2);
}

TEST_CASE("JSON of a running quarter: provisional, as of today", "[report][json]")
{
    Snapshot snapshot = reportSnapshot();
    snapshot.updates.append({103,
                             QStringLiteral("2.C1"),
                             QDate(2026, 10, 2),
                             QDateTime(QDate(2026, 10, 3), QTime(8, 0), QTimeZone::utc()),
                             Status::Suspended,
                             25,
                             {},
                             QStringLiteral("x"),
                             false});
    const ReportModel model =
        buildReport(snapshot, snapshot.updates, quarterOptions(2026, 4), testMeta());
    const QJsonObject root = QJsonDocument::fromJson(written(model, ReportFormat::Json)).object();
    REQUIRE(root.value(QLatin1String("provisional")) == QJsonValue(true));
    REQUIRE(root.value(QLatin1String("as_of")).toString() == QStringLiteral("2026-10-08"));
    REQUIRE(root.value(QLatin1String("period_end")).toString() == QStringLiteral("2026-12-31"));
    bool suspended = false;
    for (const QJsonValue& row : root.value(QLatin1String("attention")).toArray()) {
        if (row.toObject().value(QLatin1String("code")).toString() == QStringLiteral("2.C1")) {
            suspended = row.toObject()
                            .value(QLatin1String("reasons"))
                            .toArray()
                            .contains(QJsonValue(QStringLiteral("suspended")));
        }
    }
    REQUIRE(suspended);
}
