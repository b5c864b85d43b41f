#include "report/pdf_finish.h"
#include "report/report_writers.h"
#include "report_fixture.h"

#include <QBuffer>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace pml;
using namespace pml::test;

namespace {

const QString longTitle =
    QStringLiteral("Estrategia Nacional para la Promoción de la Producción Más limpia y Eficiente");

// The fixture with the real strategy's long title and words that fonts set as ligatures.
Snapshot ligatureSnapshot()
{
    Snapshot snapshot = reportSnapshot();
    snapshot.strategy.title = longTitle;
    snapshot.strategy.activities[1].text =
        QStringLiteral("Identificar fuentes de financiamiento y flujos eficientes");
    return snapshot;
}

QString pdfInfo(const QString& path)
{
    const auto info = runTool(QStringLiteral("pdfinfo"), {path});
    return info ? QString::fromUtf8(*info) : QString();
}

int pageCount(const QString& path)
{
    return QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
        .match(pdfInfo(path))
        .captured(1)
        .toInt();
}

QByteArray pngLogo()
{
    QImage image(120, 60, QImage::Format_RGB32);
    image.fill(QColor(0x2e, 0x7d, 0x32));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data();
}

} // namespace

TEST_CASE("The PDF's text holds real words in subset fonts, with title and author", "[report][pdf]")
{
    const Snapshot snapshot = ligatureSnapshot();
    const ReportModel model =
        buildReport(snapshot, snapshot.updates, quarterOptions(2026, 3), testMeta());
    QTemporaryDir dir;
    const QString path = saved(dir, model, ReportFormat::Pdf, QStringLiteral("informe.pdf"));
    const auto text = pdfText(path);
    const auto fonts = runTool(QStringLiteral("pdffonts"), {path});
    if (!text || !fonts) {
        WARN("poppler-utils not installed: PDF text not checked");
        return;
    }
    // Searching or copying finds the words: no "ﬁ", "ﬂ" or other ligature glyphs.
    REQUIRE(text->contains(QStringLiteral("Identificar fuentes de financiamiento y flujos")));
    REQUIRE_FALSE(text->contains(QRegularExpression(QStringLiteral("[\\x{FB00}-\\x{FB06}]"))));

    // pdffonts: every font embedded, subset (tagged "ABCDEF+") and with a Unicode map.
    const QStringList rows = QString::fromUtf8(*fonts).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(rows.size() >= 3);
    for (const QString& row : rows.mid(2)) {
        INFO(row.toStdString());
        REQUIRE(row.contains(QRegularExpression(QStringLiteral("^[A-Z]{6}\\+"))));
        REQUIRE(row.contains(QRegularExpression(QStringLiteral("\\byes\\s+yes\\s+yes\\b"))));
    }
    const QString info = pdfInfo(path);
    REQUIRE(
        info.contains(QStringLiteral("Title:           Informe trimestral de avance — T3 2026\n")));
    REQUIRE(info.contains(QStringLiteral("Author:          Monitora Quispe\n")));
    if (const auto check = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), path})) {
        REQUIRE(check->contains("No syntax or stream encoding errors"));
    }
    // The running header carries the strategy's whole title, not a cut one.
    REQUIRE(pdfText(path, 2, 2)->contains(longTitle));
}

TEST_CASE("A line report's PDF names the line and shows its figures once", "[report][pdf]")
{
    const Snapshot snapshot = reportSnapshot();
    const ReportModel model =
        buildReport(snapshot, snapshot.updates, quarterOptions(2026, 3, 2), testMeta());
    QTemporaryDir dir;
    const QString path = saved(dir, model, ReportFormat::Pdf, QStringLiteral("linea.pdf"));
    const auto text = pdfText(path);
    if (!text) {
        WARN("poppler-utils not installed: PDF text not checked");
        return;
    }
    REQUIRE(pdfInfo(path).contains(QStringLiteral(
        "Title:           Informe trimestral de avance — T3 2026 — Línea de acción 2: "
        "Tecnología\n")));
    // The four figure boxes are in the summary only, not again in the line's section:
    // their label is then once there and once in the method note.
    REQUIRE(text->count(QStringLiteral("Variación en el trimestre")) == 2);
}

TEST_CASE("A provisional PDF says so on the cover and on every page", "[report][pdf]")
{
    const Snapshot snapshot = reportSnapshot();
    const ReportModel model =
        buildReport(snapshot, snapshot.updates, quarterOptions(2026, 4), testMeta());
    QTemporaryDir dir;
    const QString path = saved(dir, model, ReportFormat::Pdf, QStringLiteral("t4.pdf"));
    const auto cover = pdfText(path, 1, 1);
    if (!cover) {
        WARN("poppler-utils not installed: PDF text not checked");
        return;
    }
    REQUIRE(cover->contains(QStringLiteral("Corte al 08/10/2026")));
    REQUIRE(cover->contains(QStringLiteral("Informe provisional: el trimestre termina el "
                                           "31/12/2026; las cifras son al 08/10/2026")));
    REQUIRE_FALSE(cover->contains(QStringLiteral("31/12/2026 ·")));
    REQUIRE(pdfInfo(path).contains(
        QStringLiteral("Title:           Informe trimestral de avance — T4 2026 (Informe "
                       "provisional)\n")));
    const int pages = pageCount(path);
    REQUIRE(pages >= 4);
    for (int page = 1; page <= pages; ++page) {
        INFO("page " << page);
        REQUIRE(pdfText(path, page, page)->contains(QStringLiteral("Informe provisional")));
    }
}

TEST_CASE("The PDF ends with the method note and the sign-off block", "[report][pdf]")
{
    Snapshot snapshot = reportSnapshot();
    snapshot.settings.institution = QStringLiteral("Ministerio del Ambiente");
    snapshot.settings.logo = pngLogo();
    const ReportModel model =
        buildReport(snapshot, snapshot.updates, quarterOptions(2026, 3), testMeta());
    QTemporaryDir dir;
    const QString path = saved(dir, model, ReportFormat::Pdf, QStringLiteral("comite.pdf"));
    const int pages = pageCount(path);
    const auto last = pdfText(path, pages, pages);
    if (!last || pages == 0) {
        WARN("poppler-utils not installed: PDF text not checked");
        return;
    }
    for (const QString& expected :
         {QStringLiteral("¿Cómo se calcula?"), QStringLiteral("Las cifras son al 30/09/2026"),
          QStringLiteral("En riesgo si la brecha supera 10 p. p.; Retrasada si supera 25 p. p."),
          QStringLiteral("Promedio por objetivos"), QStringLiteral("Elaboración y revisión"),
          QStringLiteral("Elaborado por"), QStringLiteral("Monitora Quispe"),
          QStringLiteral("Revisado por"), QStringLiteral("Revisora Flores"),
          QStringLiteral("Firma:"), QStringLiteral("Fecha:")}) {
        INFO(expected.toStdString());
        REQUIRE(last->contains(expected));
    }
    REQUIRE(pdfText(path, 1, 1)->contains(QStringLiteral("Ministerio del Ambiente")));
    if (const auto images = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path})) {
        // The logo, once, on the cover.
        const QStringList rows = QString::fromUtf8(*images).split('\n', Qt::SkipEmptyParts);
        REQUIRE(rows.size() == 3);
        REQUIRE(rows[2].simplified().startsWith(QStringLiteral("1 0 image 120 60")));
    }
}

TEST_CASE("finishPdf leaves anything it does not recognise unchanged", "[report][pdf]")
{
    const QByteArray notPdf("%PDF-1.4\nno cross-reference table here\n%%EOF\n");
    REQUIRE(finishPdf(notPdf, QStringLiteral("Ana")) == notPdf);
    REQUIRE(finishPdf(QByteArray(), QStringLiteral("Ana")).isEmpty());
}
