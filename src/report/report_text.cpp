#include "report_text.h"

#include "core/error.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <utility>

namespace pml {
namespace {

using Pair = std::pair<const char*, const char*>; // English, Spanish (glossary terms)

// No default case: -Wswitch flags a text added to the enum without its translations.
Pair texts(Phrase phrase)
{
    switch (phrase) {
    case Phrase::ReportTitle:
        return {"Quarterly progress report", "Informe trimestral de avance"};
    case Phrase::LineReportTitle:
        return {"Report on a line of action", "Informe por línea de acción"};
    case Phrase::CutOff:
        return {"As of %1", "Corte al %1"};
    case Phrase::TrackerFile:
        return {"Tracker file", "Archivo de seguimiento"};
    case Phrase::ProducedAt:
        return {"Produced on", "Fecha de emisión"};
    case Phrase::ProducedBy:
        return {"Produced by", "Elaborado por"};
    case Phrase::RollupMode:
        return {"Roll-up mode", "Modo de agregación"};
    case Phrase::Contents:
        return {"Contents", "Contenido"};
    case Phrase::Summary:
        return {"Executive summary", "Resumen ejecutivo"};
    case Phrase::SummaryIntro:
        return {"Progress of the strategy as a whole at the end of the quarter, and its change "
                "since the end of the previous quarter.",
                "Avance de la estrategia en su conjunto al cierre del trimestre y su variación "
                "respecto del cierre del trimestre anterior."};
    case Phrase::LineSummaryIntro:
        return {"Progress of this line of action at the end of the quarter, and its change "
                "since the end of the previous quarter. Counts, updates and lists cover the "
                "activities of this line only.",
                "Avance de esta línea de acción al cierre del trimestre y su variación respecto "
                "del cierre del trimestre anterior. Los conteos, actualizaciones y listados "
                "comprenden solo las actividades de esta línea."};
    case Phrase::WholeStrategy:
        return {"Strategy as a whole", "Estrategia en su conjunto"};
    case Phrase::Strategy:
        return {"Strategy", "Estrategia"};
    case Phrase::Line:
        return {"Line of action", "Línea de acción"};
    case Phrase::Lines:
        return {"Lines of action", "Líneas de acción"};
    case Phrase::Objective:
        return {"Strategic objective", "Objetivo estratégico"};
    case Phrase::Objectives:
        return {"Strategic objectives", "Objetivos estratégicos"};
    case Phrase::Activity:
        return {"Activity", "Actividad"};
    case Phrase::Activities:
        return {"Activities", "Actividades"};
    case Phrase::Code:
        return {"Code", "Código"};
    case Phrase::Name:
        return {"Name", "Nombre"};
    case Phrase::Actual:
        return {"Actual progress", "Avance ejecutado"};
    case Phrase::Planned:
        return {"Planned progress", "Avance programado"};
    case Phrase::Gap:
        return {"Gap", "Brecha"};
    case Phrase::Change:
        return {"Change", "Variación"};
    case Phrase::ChangeInQuarter:
        return {"Change in the quarter", "Variación en el trimestre"};
    case Phrase::Schedule:
        return {"Schedule status", "Semáforo"};
    case Phrase::Status:
        return {"Status", "Estado"};
    case Phrase::Percent:
        return {"Percent", "Porcentaje"};
    case Phrase::Count:
        return {"Activities", "Actividades"};
    case Phrase::ActivitiesByStatus:
        return {"Activities by status", "Actividades por estado"};
    case Phrase::ActivitiesBySchedule:
        return {"Activities by schedule status", "Actividades por semáforo"};
    case Phrase::UpdatesInQuarter:
        return {"Updates recorded in the quarter", "Actualizaciones registradas en el trimestre"};
    case Phrase::UpdatesInQuarterNote:
        return {"Status updates in force (not withdrawn) whose effective date falls in the "
                "quarter.",
                "Actualizaciones de estado vigentes (no retiradas) cuya fecha efectiva cae en el "
                "trimestre."};
    case Phrase::TotalActivities:
        return {"Total activities", "Total de actividades"};
    case Phrase::LinesOverview:
        return {"Progress by line of action", "Avance por línea de acción"};
    case Phrase::ObjectivesChart:
        return {"Strategic objectives: actual and planned progress",
                "Objetivos estratégicos: avance ejecutado y programado"};
    case Phrase::ObjectivesTable:
        return {"Strategic objectives", "Objetivos estratégicos"};
    case Phrase::UpdatedActivities:
        return {"Activities updated during the quarter",
                "Actividades actualizadas en el trimestre"};
    case Phrase::UpdatedActivitiesIntro:
        return {"Each status update with an effective date in the quarter, in date order, with "
                "the activity's status before and after it.",
                "Cada actualización de estado con fecha efectiva en el trimestre, en orden de "
                "fecha, con el estado de la actividad antes y después de ella."};
    case Phrase::NoUpdates:
        return {"No status update takes effect in this quarter.",
                "Ninguna actualización de estado tiene fecha efectiva en este trimestre."};
    case Phrase::Before:
        return {"Before", "Antes"};
    case Phrase::After:
        return {"After", "Después"};
    case Phrase::EffectiveDate:
        return {"Effective date", "Fecha efectiva"};
    case Phrase::RecordedAt:
        return {"Recorded at", "Registrado el"};
    case Phrase::Note:
        return {"Note", "Comentario"};
    case Phrase::RecordedBy:
        return {"Recorded by", "Registrado por"};
    case Phrase::NeedingAttention:
        return {"Activities needing attention", "Actividades que requieren atención"};
    case Phrase::NeedingAttentionIntro:
        return {"Late or at risk at the end of the quarter, never updated, or still open without "
                "a lead actor.",
                "Retrasadas o en riesgo al cierre del trimestre, nunca actualizadas, o aún "
                "abiertas sin entidad responsable."};
    case Phrase::NothingNeedsAttention:
        return {"No activity needs attention.", "Ninguna actividad requiere atención."};
    case Phrase::Reasons:
        return {"Reason", "Motivo"};
    case Phrase::ReasonLate:
        return {"Late", "Retrasada"};
    case Phrase::ReasonAtRisk:
        return {"At risk", "En riesgo"};
    case Phrase::ReasonNeverUpdated:
        return {"Never updated", "Sin actualizaciones"};
    case Phrase::ReasonNoLead:
        return {"No lead actor", "Sin responsable"};
    case Phrase::Appendix:
        return {"Appendix: all activities", "Anexo: todas las actividades"};
    case Phrase::AppendixIntro:
        return {"Every activity as it stood at the end of the quarter.",
                "Todas las actividades según su estado al cierre del trimestre."};
    case Phrase::Horizon:
        return {"Horizon", "Horizonte"};
    case Phrase::Weight:
        return {"Weight", "Peso"};
    case Phrase::PlannedStart:
        return {"Planned start", "Inicio programado"};
    case Phrase::PlannedEnd:
        return {"Planned end", "Fin programado"};
    case Phrase::Lead:
        return {"Lead", "Responsable"};
    case Phrase::Support:
        return {"Support", "Apoyo"};
    case Phrase::ResponsibleActors:
        return {"Actors", "Entidades"};
    case Phrase::LastUpdate:
        return {"Last update", "Última actualización"};
    case Phrase::NoData:
        return {"No data", "Sin datos"};
    case Phrase::Page:
        return {"Page %1 of %2", "Página %1 de %2"};
    case Phrase::Legend:
        return {"Legend", "Leyenda"};
    case Phrase::PreviousQuarterEnd:
        return {"Previous quarter end", "Cierre del trimestre anterior"};
    case Phrase::Definitions:
        return {"How the figures are computed", "¿Cómo se calcula?"};
    case Phrase::DefinitionsText:
        return {"Actual progress weighs each activity's percent; cancelled activities are left "
                "out. Planned progress is where the schedule expects the activity to be at the "
                "cut-off date. The gap is planned minus actual progress; the change is the "
                "difference in actual progress, in percentage points, since the end of the "
                "previous quarter.",
                "El avance ejecutado pondera el porcentaje de cada actividad; las actividades "
                "canceladas no se cuentan. El avance programado es el que el cronograma prevé a "
                "la fecha de corte. La brecha es el avance programado menos el ejecutado; la "
                "variación es la diferencia del avance ejecutado, en puntos porcentuales, "
                "respecto del cierre del trimestre anterior."};
    case Phrase::Item:
        return {"Item", "Concepto"};
    case Phrase::Value:
        return {"Value", "Valor"};
    case Phrase::Quarter:
        return {"Quarter", "Trimestre"};
    case Phrase::AsOf:
        return {"Cut-off date", "Fecha de corte"};
    case Phrase::PeriodStart:
        return {"Quarter start", "Inicio del trimestre"};
    }
    return {"", ""};
}

// Spanish forms of core's English display names (glossary terms).
const char* spanishStatus(Status status)
{
    switch (status) {
    case Status::NotStarted:
        return "No iniciada";
    case Status::InProgress:
        return "En ejecución";
    case Status::Completed:
        return "Concluida";
    case Status::Suspended:
        return "Suspendida";
    case Status::Cancelled:
        return "Cancelada";
    }
    return "";
}

const char* spanishSchedule(Schedule schedule)
{
    switch (schedule) {
    case Schedule::NoData:
        return "Sin datos";
    case Schedule::NotDue:
        return "Por iniciar";
    case Schedule::OnTrack:
        return "En plazo";
    case Schedule::AtRisk:
        return "En riesgo";
    case Schedule::Late:
        return "Retrasada";
    case Schedule::Completed:
        return "Concluida";
    case Schedule::Cancelled:
        return "Cancelada";
    }
    return "";
}

const char* spanishHorizon(Horizon horizon)
{
    switch (horizon) {
    case Horizon::Short:
        return "Corto plazo";
    case Horizon::Medium:
        return "Mediano plazo";
    case Horizon::Long:
        return "Largo plazo";
    case Horizon::MediumLong:
        return "Mediano y largo plazo";
    }
    return "";
}

// Spanish numbers use a decimal comma; es_PE in CLDR uses a point, so Spain's rules.
QLocale numberLocale(ReportLanguage language)
{
    QLocale locale = language == ReportLanguage::Spanish
                         ? QLocale(QLocale::Spanish, QLocale::Spain)
                         : QLocale(QLocale::English, QLocale::UnitedStates);
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale;
}

const QString dash = QStringLiteral("—");

} // namespace

ReportLanguage languageFromKey(const QString& key)
{
    if (key == QLatin1String("es")) {
        return ReportLanguage::Spanish;
    }
    if (key == QLatin1String("en")) {
        return ReportLanguage::English;
    }
    throw Error(QCoreApplication::translate("pml", "Unknown report language \"%1\": use es or en.")
                    .arg(key));
}

ReportText::ReportText(ReportLanguage language)
    : m_language(language)
{
}

ReportText::ReportText(const QString& languageKey)
    : m_language(languageFromKey(languageKey))
{
}

QString ReportText::operator()(Phrase phrase) const
{
    const Pair pair = texts(phrase);
    return QString::fromUtf8(m_language == ReportLanguage::Spanish ? pair.second : pair.first);
}

QString ReportText::status(Status status) const
{
    return QString::fromUtf8(m_language == ReportLanguage::Spanish ? spanishStatus(status)
                                                                   : statusText(status));
}

QString ReportText::schedule(Schedule schedule) const
{
    return QString::fromUtf8(m_language == ReportLanguage::Spanish ? spanishSchedule(schedule)
                                                                   : scheduleText(schedule));
}

QString ReportText::horizon(Horizon horizon) const
{
    return QString::fromUtf8(m_language == ReportLanguage::Spanish ? spanishHorizon(horizon)
                                                                   : horizonText(horizon));
}

QString ReportText::role(ActorRole role) const
{
    return (*this)(role == ActorRole::Lead ? Phrase::Lead : Phrase::Support);
}

QString ReportText::rollupMode(RollupMode mode) const
{
    if (m_language == ReportLanguage::English) {
        return QString::fromUtf8(rollupModeText(mode));
    }
    return mode == RollupMode::Objectives ? QStringLiteral("Promedio por objetivos")
                                          : QStringLiteral("Promedio por actividades");
}

QString ReportText::attention(Attention reason) const
{
    switch (reason) {
    case Attention::Late:
        return (*this)(Phrase::ReasonLate);
    case Attention::AtRisk:
        return (*this)(Phrase::ReasonAtRisk);
    case Attention::NeverUpdated:
        return (*this)(Phrase::ReasonNeverUpdated);
    case Attention::NoLead:
        return (*this)(Phrase::ReasonNoLead);
    }
    return {};
}

QString ReportText::percent(const std::optional<double>& value) const
{
    if (!value) {
        return dash;
    }
    return withPercentSign(number(*value));
}

QString ReportText::wholePercent(int value) const
{
    return withPercentSign(QString::number(value));
}

QString ReportText::withPercentSign(const QString& number) const
{
    return m_language == ReportLanguage::Spanish ? number + QStringLiteral("\u00a0%")
                                                 : number + QLatin1Char('%');
}

QString ReportText::points(const std::optional<double>& value) const
{
    if (!value) {
        return dash;
    }
    // Round first so a tiny negative change does not print as "-0,0".
    const double rounded = std::round(*value * 10) / 10;
    const QString sign = rounded > 0 ? QStringLiteral("+") : rounded < 0 ? QStringLiteral("−") : "";
    const QString number = this->number(std::abs(rounded));
    return sign + number +
           (m_language == ReportLanguage::Spanish ? QStringLiteral("\u00a0p.\u00a0p.")
                                                  : QStringLiteral("\u00a0pp"));
}

QString ReportText::number(double value, int decimals) const
{
    return numberLocale(m_language).toString(value, 'f', decimals);
}

QString ReportText::integer(qint64 value) const
{
    return QString::number(value);
}

QString ReportText::date(const QDate& date) const
{
    if (!date.isValid()) {
        return dash;
    }
    return date.toString(m_language == ReportLanguage::Spanish ? QStringLiteral("dd/MM/yyyy")
                                                               : QStringLiteral("yyyy-MM-dd"));
}

QString ReportText::dateTime(const QDateTime& dateTime) const
{
    if (!dateTime.isValid()) {
        return dash;
    }
    const QDateTime local = dateTime.toLocalTime();
    return date(local.date()) + QLatin1Char(' ') + local.time().toString(QStringLiteral("HH:mm"));
}

QString ReportText::quarter(const pml::Quarter& quarter) const
{
    return QStringLiteral("%1%2 %3")
        .arg(m_language == ReportLanguage::Spanish ? QLatin1Char('T') : QLatin1Char('Q'))
        .arg(quarter.number)
        .arg(quarter.year);
}

QString ReportText::title(const pml::Quarter& quarter) const
{
    return (*this)(Phrase::ReportTitle) + QStringLiteral(" — ") + this->quarter(quarter);
}

QString ReportText::cutOff(const QDate& asOf) const
{
    return (*this)(Phrase::CutOff).arg(date(asOf));
}

QString ReportText::pageOf(int page, int pages) const
{
    return (*this)(Phrase::Page).arg(page).arg(pages);
}

QString ReportText::lineHeading(int number, const QString& name) const
{
    return QStringLiteral("%1 %2: %3").arg((*this)(Phrase::Line)).arg(number).arg(name);
}

QString ReportText::objectiveLabel(int number) const
{
    return QStringLiteral("%1 %2")
        .arg(m_language == ReportLanguage::Spanish ? QStringLiteral("Objetivo")
                                                   : QStringLiteral("Objective"))
        .arg(number);
}

QString ReportText::actors(const QList<ActorRef>& actors) const
{
    QStringList parts;
    for (const ActorRef& actor : actors) {
        parts.append(QStringLiteral("%1 (%2)").arg(actor.name, role(actor.role)));
    }
    return parts.isEmpty() ? dash : parts.join(QStringLiteral(", "));
}

QString ReportText::status(Status status, int percent) const
{
    return QStringLiteral("%1 (%2)").arg(this->status(status), wholePercent(percent));
}

QString ReportText::reasons(const QList<Attention>& reasons, const QString& separator) const
{
    QStringList parts;
    for (Attention reason : reasons) {
        parts.append(attention(reason));
    }
    return parts.join(separator);
}

QString ReportText::reasonCounts(const QList<AttentionRow>& rows) const
{
    QStringList parts;
    for (Attention reason :
         {Attention::Late, Attention::AtRisk, Attention::NeverUpdated, Attention::NoLead}) {
        const auto count =
            std::count_if(rows.begin(), rows.end(), [reason](const AttentionRow& row) {
                return row.reasons.contains(reason);
            });
        parts.append(QStringLiteral("%1: %2").arg(attention(reason)).arg(count));
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace pml
