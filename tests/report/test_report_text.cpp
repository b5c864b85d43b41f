#include "core/error.h"
#include "report/report_text.h"
#include "report/writer_support.h"

#include <catch2/catch.hpp>

using namespace pml;

TEST_CASE("Spanish report numbers use a decimal comma and a spaced percent", "[report][text]")
{
    const ReportText es(ReportLanguage::Spanish);
    REQUIRE(es.percent(12.345) == QStringLiteral("12,3\u00a0%"));
    REQUIRE(es.percent(100.0) == QStringLiteral("100,0\u00a0%"));
    REQUIRE(es.percent(std::nullopt) == QStringLiteral("—"));
    REQUIRE(es.wholePercent(40) == QStringLiteral("40\u00a0%"));
    REQUIRE(es.points(1.25) == QStringLiteral("+1,3\u00a0p.\u00a0p."));
    REQUIRE(es.points(-0.04) == QStringLiteral("0,0\u00a0p.\u00a0p.")); // no "-0,0"
    REQUIRE(es.points(-2.0) == QStringLiteral("−2,0\u00a0p.\u00a0p."));
    REQUIRE(es.date(QDate(2026, 9, 30)) == QStringLiteral("30/09/2026"));
    REQUIRE(es.number(1234.5) == QStringLiteral("1234,5"));
}

TEST_CASE("English report numbers use a decimal point", "[report][text]")
{
    const ReportText en(ReportLanguage::English);
    REQUIRE(en.percent(12.345) == QStringLiteral("12.3%"));
    REQUIRE(en.points(1.25) == QStringLiteral("+1.3\u00a0pp"));
    REQUIRE(en.date(QDate(2026, 9, 30)) == QStringLiteral("2026-09-30"));
}

TEST_CASE("Report titles and terms follow the glossary", "[report][text]")
{
    const ReportText es(QStringLiteral("es"));
    const Quarter q{2026, 3};
    REQUIRE(es.title(q) == QStringLiteral("Informe trimestral de avance — T3 2026"));
    REQUIRE(es.cutOff(q.lastDay()) == QStringLiteral("Corte al 30/09/2026"));
    REQUIRE(es.pageOf(2, 9) == QStringLiteral("Página 2 de 9"));
    REQUIRE(es(Phrase::Actual) == QStringLiteral("Avance ejecutado"));
    REQUIRE(es(Phrase::Planned) == QStringLiteral("Avance programado"));
    REQUIRE(es(Phrase::Gap) == QStringLiteral("Brecha"));
    REQUIRE(es(Phrase::Schedule) == QStringLiteral("Semáforo"));
    REQUIRE(es(Phrase::Note) == QStringLiteral("Comentario"));
    REQUIRE(es(Phrase::RecordedBy) == QStringLiteral("Registrado por"));
    REQUIRE(es.lineHeading(3, QStringLiteral("Tecnología")) ==
            QStringLiteral("Línea de acción 3: Tecnología"));
    REQUIRE(es.status(Status::NotStarted) == QStringLiteral("No iniciada"));
    REQUIRE(es.status(Status::InProgress) == QStringLiteral("En ejecución"));
    REQUIRE(es.status(Status::Completed) == QStringLiteral("Concluida"));
    REQUIRE(es.status(Status::Suspended) == QStringLiteral("Suspendida"));
    REQUIRE(es.status(Status::Cancelled) == QStringLiteral("Cancelada"));
    REQUIRE(es.schedule(Schedule::OnTrack) == QStringLiteral("En plazo"));
    REQUIRE(es.schedule(Schedule::AtRisk) == QStringLiteral("En riesgo"));
    REQUIRE(es.schedule(Schedule::Late) == QStringLiteral("Retrasada"));
    REQUIRE(es.schedule(Schedule::NotDue) == QStringLiteral("Por iniciar"));
    REQUIRE(es.schedule(Schedule::NoData) == QStringLiteral("Sin datos"));
    REQUIRE(es.horizon(Horizon::MediumLong) == QStringLiteral("Mediano y largo plazo"));
    REQUIRE(es.role(ActorRole::Lead) == QStringLiteral("Responsable"));
    REQUIRE(es.role(ActorRole::Support) == QStringLiteral("Apoyo"));
    REQUIRE(es.status(Status::InProgress, 40) == QStringLiteral("En ejecución (40\u00a0%)"));

    const ReportText en(QStringLiteral("en"));
    REQUIRE(en.title(q) == QStringLiteral("Quarterly progress report — Q3 2026"));
    REQUIRE(en.status(Status::InProgress) == QStringLiteral("In progress"));
    REQUIRE(en.schedule(Schedule::NotDue) == QStringLiteral("Not due"));
    REQUIRE_THROWS_AS(ReportText(QStringLiteral("pt")), Error);
}

TEST_CASE("Every fixed text has both languages", "[report][text]")
{
    const ReportText es(ReportLanguage::Spanish);
    const ReportText en(ReportLanguage::English);
    for (int i = 0; i <= int(Phrase::PeriodStart); ++i) {
        INFO(i);
        REQUIRE_FALSE(es(Phrase(i)).isEmpty());
        REQUIRE_FALSE(en(Phrase(i)).isEmpty());
    }
}

TEST_CASE("Text a spreadsheet would run as a formula is neutralised", "[report][text]")
{
    for (const char* risky : {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"}) {
        const QString text = QString::fromLatin1(risky);
        REQUIRE(neutraliseFormula(text) == QLatin1Char('\'') + text);
    }
    REQUIRE(neutraliseFormula(QStringLiteral("Taller 1")) == QStringLiteral("Taller 1"));
    REQUIRE(neutraliseFormula(QString()).isEmpty());
}
