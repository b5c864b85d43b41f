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
        return {"Progress of the strategy as a whole at the cut-off date, and its change since "
                "the end of the previous quarter.",
                "Avance de la estrategia en su conjunto a la fecha de corte y su variación "
                "respecto del cierre del trimestre anterior."};
    case Phrase::LineSummaryIntro:
        return {"Progress of this line of action at the cut-off date, and its change since the "
                "end of the previous quarter. Counts, updates and lists cover the activities of "
                "this line only.",
                "Avance de esta línea de acción a la fecha de corte y su variación respecto del "
                "cierre del trimestre anterior. Los conteos, actualizaciones y listados "
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
        return {"Late or at risk at the cut-off date, suspended, never updated, or still open "
                "without a lead actor. Activities not yet due are not listed.",
                "Retrasadas o en riesgo a la fecha de corte, suspendidas, sin actualizaciones o "
                "aún abiertas sin entidad responsable. No se listan las que aún no deben haber "
                "empezado."};
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
        return {"Every activity as it stood at the cut-off date.",
                "Todas las actividades según su estado a la fecha de corte."};
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
    case Phrase::PeriodEnd:
        return {"Quarter end", "Fin del trimestre"};
    case Phrase::Provisional:
        return {"Provisional report", "Informe provisional"};
    case Phrase::ProvisionalNote:
        return {"the quarter ends on %1; figures are as of %2 and will change until then.",
                "el trimestre termina el %1; las cifras son al %2 y pueden cambiar hasta su "
                "cierre."};
    case Phrase::ReasonSuspended:
        return {"Suspended", "Suspendida"};
    case Phrase::Institution:
        return {"Institution", "Entidad"};
    case Phrase::PreparedBy:
        return {"Prepared by", "Elaborado por"};
    case Phrase::ReviewedBy:
        return {"Reviewed by", "Revisado por"};
    case Phrase::SignOff:
        return {"Preparation and review", "Elaboración y revisión"};
    case Phrase::SignOffIntro:
        return {"Names, signatures and dates of who prepared and who reviewed this report.",
                "Nombres, firmas y fechas de quien elaboró y de quien revisó este informe."};
    case Phrase::Signature:
        return {"Signature", "Firma"};
    case Phrase::Date:
        return {"Date", "Fecha"};
    case Phrase::Yes:
        return {"Yes", "Sí"};
    case Phrase::No:
        return {"No", "No"};
    case Phrase::MethodCutOff:
        return {"Figures are as of %1, from the status updates in force on that day; withdrawn "
                "updates do not count.",
                "Las cifras son al %1 y resultan de las actualizaciones de estado vigentes a esa "
                "fecha; las retiradas no se cuentan."};
    case Phrase::MethodActual:
        return {"An objective's actual progress is the weighted mean of its activities' "
                "percents; cancelled activities are left out.",
                "El avance ejecutado de un objetivo es el promedio ponderado de los porcentajes "
                "de sus actividades; las canceladas no se cuentan."};
    case Phrase::MethodRollupObjectives:
        return {"A line of action's figure is the plain mean of its objectives that have data, "
                "and the strategy's the plain mean of its lines (roll-up mode: %1).",
                "La cifra de una línea de acción es el promedio simple de sus objetivos con "
                "datos, y la de la estrategia el promedio simple de sus líneas (modo de "
                "agregación: %1)."};
    case Phrase::MethodRollupActivities:
        return {"A line of action's figure, and the strategy's, is the weighted mean of its "
                "distinct activities, each counted once (roll-up mode: %1).",
                "La cifra de una línea de acción, y la de la estrategia, es el promedio "
                "ponderado de sus actividades distintas, cada una contada una vez (modo de "
                "agregación: %1)."};
    case Phrase::MethodPlanned:
        return {"Planned progress grows in a straight line from each activity's planned start "
                "to its planned end, and is averaged like actual progress.",
                "El avance programado crece en línea recta desde el inicio programado de cada "
                "actividad hasta su fin programado, y se promedia igual que el ejecutado."};
    case Phrase::MethodSchedule:
        return {"Gap = planned − actual progress, in percentage points. Schedule status: at "
                "risk when the gap is above %1, late when it is above %2 or the planned end "
                "has passed, not due while planned and actual progress are both 0.",
                "Brecha = avance programado − avance ejecutado, en puntos porcentuales. "
                "Semáforo: En riesgo si la brecha supera %1; Retrasada si supera %2 o si pasó "
                "el fin programado; Por iniciar mientras el avance programado y el ejecutado "
                "son 0."};
    case Phrase::MethodChange:
        return {"Change in the quarter: actual progress at the cut-off date minus actual "
                "progress at the end of the previous quarter (%1).",
                "Variación en el trimestre: avance ejecutado a la fecha de corte menos avance "
                "ejecutado al cierre del trimestre anterior (%1)."};
    case Phrase::MethodAttention:
        return {"Needing attention: activities late, at risk, suspended, never updated or "
                "still open without a lead actor. An activity not yet due (planned progress 0 "
                "and nothing recorded) is not listed.",
                "Requieren atención las actividades retrasadas, en riesgo, suspendidas, sin "
                "actualizaciones o aún abiertas sin entidad responsable. No se listan las que "
                "aún no deben haber empezado (avance programado 0 % y sin registros)."};
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
    case Attention::Suspended:
        return (*this)(Phrase::ReasonSuspended);
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

QString ReportText::threshold(double value) const
{
    // A setting as the user wrote it: "10 p. p.", "12,5 p. p.".
    const QString number = std::floor(value) == value ? this->number(value, 0)
                                                      : numberLocale(m_language).toString(value);
    return number + (m_language == ReportLanguage::Spanish ? QStringLiteral("\u00a0p.\u00a0p.")
                                                           : QStringLiteral("\u00a0pp"));
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

QString ReportText::provisionalNote(const ReportModel& model) const
{
    return (*this)(Phrase::Provisional) + QStringLiteral(": ") +
           (*this)(Phrase::ProvisionalNote).arg(date(model.periodEnd), date(model.asOf));
}

QString ReportText::documentTitle(const ReportModel& model) const
{
    QString text = title(model.quarter);
    if (model.subjectLine) {
        text += QStringLiteral(" — ") + lineHeading(*model.subjectLine, model.subjectName);
    }
    if (model.provisional) {
        text += QStringLiteral(" (%1)").arg((*this)(Phrase::Provisional));
    }
    return text;
}

QStringList ReportText::methodNote(const ReportModel& model) const
{
    const Phrase rollup = model.mode == RollupMode::Objectives ? Phrase::MethodRollupObjectives
                                                               : Phrase::MethodRollupActivities;
    QStringList note{
        (*this)(Phrase::MethodCutOff).arg(date(model.asOf)),
        (*this)(Phrase::MethodActual),
        (*this)(rollup).arg(rollupMode(model.mode)),
        (*this)(Phrase::MethodPlanned),
        (*this)(Phrase::MethodSchedule).arg(threshold(model.atRiskGap), threshold(model.lateGap)),
        (*this)(Phrase::MethodChange).arg(date(model.previousAsOf)),
        (*this)(Phrase::MethodAttention)};
    if (model.provisional) {
        note.append(provisionalNote(model));
    }
    return note;
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
    for (Attention reason : attentionOrder()) {
        const auto count =
            std::count_if(rows.begin(), rows.end(), [reason](const AttentionRow& row) {
                return row.reasons.contains(reason);
            });
        parts.append(QStringLiteral("%1: %2").arg(attention(reason)).arg(count));
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace pml
