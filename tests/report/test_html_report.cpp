#include "report/report_writers.h"
#include "report_fixture.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace pml;
using namespace pml::test;

namespace {

QString html(const Snapshot& snapshot, const ReportOptions& options)
{
    return QString::fromUtf8(
        written(buildReport(snapshot, snapshot.updates, options, testMeta()), ReportFormat::Html));
}

} // namespace

TEST_CASE("HTML keeps the line breaks of notes and texts", "[report][html]")
{
    Snapshot snapshot = reportSnapshot();
    snapshot.updates.append(
        {102, QStringLiteral("2.C1"), QDate(2026, 9, 20),
         QDateTime(QDate(2026, 9, 21), QTime(8, 0), QTimeZone::utc()), Status::InProgress, 30,
         QStringLiteral("Primera línea <b>\nSegunda línea"), QStringLiteral("x"), false});
    const QString page = html(snapshot, quarterOptions(2026, 3));
    REQUIRE(page.contains(QStringLiteral("Primera línea &lt;b&gt;<br>Segunda línea")));
}

TEST_CASE("HTML gives the objective's name room and a line report its figures once",
          "[report][html]")
{
    const Snapshot snapshot = reportSnapshot();
    const QString whole = html(snapshot, quarterOptions(2026, 3));
    // Each line's section has its four figures; the name column is not squeezed.
    REQUIRE(whole.count(QStringLiteral("<div class=\"kpis\">")) == 3);
    REQUIRE(whole.contains(
        QStringLiteral("<th class=\"num\">N.º</th><th class=\"wide\">Objetivo estratégico</th>")));
    const QString line = html(snapshot, quarterOptions(2026, 3, 2));
    REQUIRE(line.count(QStringLiteral("<div class=\"kpis\">")) == 1);
    REQUIRE(line.contains(QStringLiteral("<title>Informe trimestral de avance — T3 2026 — "
                                         "Línea de acción 2: Tecnología</title>")));
}

TEST_CASE("A provisional HTML report says so; a final one does not", "[report][html]")
{
    const Snapshot snapshot = reportSnapshot();
    const QString q4 = html(snapshot, quarterOptions(2026, 4));
    REQUIRE(q4.contains(QStringLiteral("<title>Informe trimestral de avance — T4 2026 (Informe "
                                       "provisional)</title>")));
    REQUIRE(q4.contains(QStringLiteral("Corte al 08/10/2026")));
    REQUIRE(q4.contains(QStringLiteral("<div class=\"provisional\">Informe provisional: el "
                                       "trimestre termina el 31/12/2026; las cifras son al "
                                       "08/10/2026")));
    const QString q3 = html(snapshot, quarterOptions(2026, 3));
    REQUIRE_FALSE(q3.contains(QStringLiteral("class=\"provisional\"")));
    REQUIRE_FALSE(q3.contains(QStringLiteral("Informe provisional")));
}

TEST_CASE("HTML shows the institution, its logo inline, the method and the sign-off",
          "[report][html]")
{
    Snapshot snapshot = reportSnapshot();
    snapshot.settings.institution = QStringLiteral("Ministerio del Ambiente & Energía");
    snapshot.settings.logo = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray("rest");
    const QString page = html(snapshot, quarterOptions(2026, 3));
    REQUIRE(page.contains(QStringLiteral("<img src=\"data:image/png;base64,%1\" alt=\"\">")
                              .arg(QString::fromLatin1(snapshot.settings.logo.toBase64()))));
    REQUIRE(page.contains(QStringLiteral("Ministerio del Ambiente &amp; Energía")));
    REQUIRE_FALSE(page.contains(QStringLiteral("src=\"http")));
    REQUIRE(page.contains(QStringLiteral("<h2>¿Cómo se calcula?</h2>")));
    REQUIRE(page.contains(QStringLiteral("<li>Las cifras son al 30/09/2026")));
    REQUIRE(page.contains(QStringLiteral("Elaboración y revisión")));
    const QRegularExpression signer(QStringLiteral(
        "<div class=\"role\">%1</div>\\n<div class=\"field\"><span class=\"label\">Nombre:</span>"
        "<span class=\"line\">%2</span>"));
    REQUIRE(page.contains(QRegularExpression(
        signer.pattern().arg(QStringLiteral("Elaborado por"), QStringLiteral("Monitora Quispe")))));
    REQUIRE(page.contains(QRegularExpression(
        signer.pattern().arg(QStringLiteral("Revisado por"), QStringLiteral("Revisora Flores")))));
    REQUIRE(page.count(QStringLiteral("<span class=\"label\">Firma:</span>")) == 2);
}
