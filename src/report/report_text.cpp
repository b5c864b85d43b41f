#include "report_text.h"

#include "core/error.h"
#include "i18n/i18n.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <utility>

namespace pml {
namespace {

// The report's fixed texts in English, each marked for translation in the context
// "pml::ReportText"; the Spanish forms (glossary terms) are in the program's catalogue.
// No default case: -Wswitch flags a text added to the enum and left out here.
const char* source(Phrase phrase)
{
    switch (phrase) {
    case Phrase::ReportTitle:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Quarterly progress report");
    case Phrase::LineReportTitle:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Report on a line of action");
    case Phrase::CutOff:
        return QT_TRANSLATE_NOOP("pml::ReportText", "As of %1");
    case Phrase::TrackerFile:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Tracker file");
    case Phrase::ProducedAt:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Produced on");
    case Phrase::ProducedBy:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Produced by");
    case Phrase::RollupMode:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Roll-up mode");
    case Phrase::Contents:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Contents");
    case Phrase::Summary:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Executive summary");
    case Phrase::SummaryIntro:
        return QT_TRANSLATE_NOOP(
            "pml::ReportText",
            "Progress of the strategy as a whole at the cut-off date, and its change since "
            "the end of the previous quarter.");
    case Phrase::LineSummaryIntro:
        return QT_TRANSLATE_NOOP(
            "pml::ReportText",
            "Progress of this line of action at the cut-off date, and its change since the "
            "end of the previous quarter. Counts, updates and lists cover the activities of "
            "this line only.");
    case Phrase::WholeStrategy:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Strategy as a whole");
    case Phrase::Strategy:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Strategy");
    case Phrase::Line:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Line of action");
    case Phrase::Lines:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Lines of action");
    case Phrase::Objective:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Strategic objective");
    case Phrase::Objectives:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Strategic objectives");
    case Phrase::Activity:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Activity");
    case Phrase::Activities:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Activities");
    case Phrase::Code:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Code");
    case Phrase::Name:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Name");
    case Phrase::Actual:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Actual progress");
    case Phrase::Planned:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Planned progress");
    case Phrase::Gap:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Gap");
    case Phrase::Change:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Change");
    case Phrase::ChangeInQuarter:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Change in the quarter");
    case Phrase::Schedule:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Schedule status");
    case Phrase::Status:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Status");
    case Phrase::Percent:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Percent");
    case Phrase::Count:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Activities");
    case Phrase::ActivitiesByStatus:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Activities by status");
    case Phrase::ActivitiesBySchedule:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Activities by schedule status");
    case Phrase::UpdatesInQuarter:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Updates recorded in the quarter");
    case Phrase::UpdatesInQuarterNote:
        return QT_TRANSLATE_NOOP(
            "pml::ReportText",
            "Status updates in force (not withdrawn) whose effective date falls in the "
            "quarter.");
    case Phrase::TotalActivities:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Total activities");
    case Phrase::LinesOverview:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Progress by line of action");
    case Phrase::ObjectivesChart:
        return QT_TRANSLATE_NOOP("pml::ReportText",
                                 "Strategic objectives: actual and planned progress");
    case Phrase::ObjectivesTable:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Strategic objectives");
    case Phrase::UpdatedActivities:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Activities updated during the quarter");
    case Phrase::UpdatedActivitiesIntro:
        return QT_TRANSLATE_NOOP(
            "pml::ReportText",
            "Each status update with an effective date in the quarter, in date order, with "
            "the activity's status before and after it.");
    case Phrase::NoUpdates:
        return QT_TRANSLATE_NOOP("pml::ReportText",
                                 "No status update takes effect in this quarter.");
    case Phrase::Before:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Before");
    case Phrase::After:
        return QT_TRANSLATE_NOOP("pml::ReportText", "After");
    case Phrase::EffectiveDate:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Effective date");
    case Phrase::RecordedAt:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Recorded at");
    case Phrase::Note:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Note");
    case Phrase::RecordedBy:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Recorded by");
    case Phrase::NeedingAttention:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Activities needing attention");
    case Phrase::NeedingAttentionIntro:
        return QT_TRANSLATE_NOOP(
            "pml::ReportText",
            "Late or at risk at the cut-off date, suspended, never updated, or still open "
            "without a lead actor. Activities not yet due are not listed.");
    case Phrase::NothingNeedsAttention:
        return QT_TRANSLATE_NOOP("pml::ReportText", "No activity needs attention.");
    case Phrase::Reasons:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Reason");
    case Phrase::ReasonLate:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Late");
    case Phrase::ReasonAtRisk:
        return QT_TRANSLATE_NOOP("pml::ReportText", "At risk");
    case Phrase::ReasonNeverUpdated:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Never updated");
    case Phrase::ReasonNoLead:
        return QT_TRANSLATE_NOOP("pml::ReportText", "No lead actor");
    case Phrase::Appendix:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Appendix: all activities");
    case Phrase::AppendixIntro:
        return QT_TRANSLATE_NOOP("pml::ReportText",
                                 "Every activity as it stood at the cut-off date.");
    case Phrase::Horizon:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Horizon");
    case Phrase::Weight:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Weight");
    case Phrase::PlannedStart:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Planned start");
    case Phrase::PlannedEnd:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Planned end");
    case Phrase::Lead:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Lead");
    case Phrase::Support:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Support");
    case Phrase::ResponsibleActors:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Actors");
    case Phrase::LastUpdate:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Last update");
    case Phrase::NoData:
        return QT_TRANSLATE_NOOP("pml::ReportText", "No data");
    case Phrase::Page:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Page %1 of %2");
    case Phrase::Legend:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Legend");
    case Phrase::PreviousQuarterEnd:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Previous quarter end");
    case Phrase::Definitions:
        return QT_TRANSLATE_NOOP("pml::ReportText", "How the figures are computed");
    case Phrase::Item:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Item");
    case Phrase::Value:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Value");
    case Phrase::Quarter:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Quarter");
    case Phrase::AsOf:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Cut-off date");
    case Phrase::PeriodStart:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Quarter start");
    case Phrase::PeriodEnd:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Quarter end");
    case Phrase::Provisional:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Provisional report");
    case Phrase::ProvisionalNote:
        return QT_TRANSLATE_NOOP(
            "pml::ReportText",
            "the quarter ends on %1; figures are as of %2 and will change until then.");
    case Phrase::ReasonSuspended:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Suspended");
    case Phrase::Institution:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Institution");
    case Phrase::PreparedBy:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Prepared by");
    case Phrase::ReviewedBy:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Reviewed by");
    case Phrase::SignOff:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Preparation and review");
    case Phrase::SignOffIntro:
        return QT_TRANSLATE_NOOP(
            "pml::ReportText",
            "Names, signatures and dates of who prepared and who reviewed this report.");
    case Phrase::Signature:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Signature");
    case Phrase::Date:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Date");
    case Phrase::Yes:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Yes");
    case Phrase::No:
        return QT_TRANSLATE_NOOP("pml::ReportText", "No");
    case Phrase::MethodCutOff:
        return QT_TRANSLATE_NOOP(
            "pml::ReportText",
            "Figures are as of %1, from the status updates in force on that day; withdrawn "
            "updates do not count.");
    case Phrase::MethodActual:
        return QT_TRANSLATE_NOOP(
            "pml::ReportText",
            "An objective's actual progress is the weighted mean of its activities' "
            "percents; cancelled activities are left out.");
    case Phrase::MethodRollupObjectives:
        return QT_TRANSLATE_NOOP(
            "pml::ReportText",
            "A line of action's figure is the plain mean of its objectives that have data, "
            "and the strategy's the plain mean of its lines (roll-up mode: %1).");
    case Phrase::MethodRollupActivities:
        return QT_TRANSLATE_NOOP(
            "pml::ReportText",
            "A line of action's figure, and the strategy's, is the weighted mean of its "
            "distinct activities, each counted once (roll-up mode: %1).");
    case Phrase::MethodPlanned:
        return QT_TRANSLATE_NOOP(
            "pml::ReportText",
            "Planned progress grows in a straight line from each activity's planned start "
            "to its planned end, and is averaged like actual progress.");
    case Phrase::MethodSchedule:
        return QT_TRANSLATE_NOOP(
            "pml::ReportText",
            "Gap = planned − actual progress, in percentage points. Schedule status: at "
            "risk when the gap is above %1, late when it is above %2 or the planned end "
            "has passed, not due while planned and actual progress are both 0.");
    case Phrase::MethodChange:
        return QT_TRANSLATE_NOOP(
            "pml::ReportText",
            "Change in the quarter: actual progress at the cut-off date minus actual "
            "progress at the end of the previous quarter (%1).");
    case Phrase::MethodAttention:
        return QT_TRANSLATE_NOOP(
            "pml::ReportText",
            "Needing attention: activities late, at risk, suspended, never updated or "
            "still open without a lead actor. An activity not yet due (planned progress 0 "
            "and nothing recorded) is not listed.");
    case Phrase::ReviewSection:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Quarter review");
    case Phrase::ReviewOfLines:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Review of the quarter by line");
    case Phrase::ReviewOfLinesIntro:
        return QT_TRANSLATE_NOOP(
            "pml::ReportText",
            "Each line's quarter is submitted by its monitor with a narrative and approved "
            "or returned by a reviewer. An approved line's figures are frozen: later "
            "corrections do not change them.");
    case Phrase::ReviewColumn:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Line review");
    case Phrase::ReviewOpen:
        return QT_TRANSLATE_NOOP("pml::ReportText", "open");
    case Phrase::ReviewSubmitted:
        return QT_TRANSLATE_NOOP("pml::ReportText", "submitted, under review");
    case Phrase::ReviewReturned:
        return QT_TRANSLATE_NOOP("pml::ReportText", "returned");
    case Phrase::ReviewApproved:
        return QT_TRANSLATE_NOOP("pml::ReportText", "approved");
    case Phrase::ApprovedByOn:
        return QT_TRANSLATE_NOOP("pml::ReportText", "approved by %1 on %2");
    case Phrase::ReopenedAndApproved:
        return QT_TRANSLATE_NOOP("pml::ReportText", "reopened and approved again");
    case Phrase::SubmittedByOn:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Submitted by %1 on %2, under review.");
    case Phrase::ReturnedByOn:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Returned by %1 on %2.");
    case Phrase::ReopenedByOn:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Reopened by %1 on %2: %3");
    case Phrase::NotSubmitted:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Not yet submitted for review.");
    case Phrase::ReturnNote:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Reviewer's note: %1");
    case Phrase::Narrative:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Narrative");
    case Phrase::Achievements:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Achievements");
    case Phrase::Difficulties:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Difficulties");
    case Phrase::NextSteps:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Next steps");
    case Phrase::NoNarrative:
        return QT_TRANSLATE_NOOP("pml::ReportText", "No narrative yet.");
    case Phrase::ContinuedSheet:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Continued text");
    case Phrase::Cell:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Cell");
    case Phrase::Part:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Part");
    case Phrase::ContinuedMarker:
        return QT_TRANSLATE_NOOP("pml::ReportText", "[continued in the sheet \"%1\", row %2]");
    case Phrase::Evidence:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Evidence");
    case Phrase::NoEvidence:
        return QT_TRANSLATE_NOOP("pml::ReportText", "No evidence listed.");
    case Phrase::Fingerprint:
        return QT_TRANSLATE_NOOP("pml::ReportText", "Fingerprint");
    case Phrase::FingerprintNote:
        return QT_TRANSLATE_NOOP(
            "pml::ReportText",
            "The tracker's audit fingerprint when this report was produced: it identifies "
            "the exact history the figures come from.");
    case Phrase::FrozenNote:
        return QT_TRANSLATE_NOOP(
            "pml::ReportText",
            "This line's figures are those frozen when its quarter was approved; later "
            "corrections do not change them.");
    case Phrase::FrozenSettings:
        return QT_TRANSLATE_NOOP(
            "pml::ReportText",
            "They were computed with the settings in force then: at risk above %1, late "
            "above %2, roll-up mode: %3.");
    case Phrase::StrategyLeftOut:
        return QT_TRANSLATE_NOOP(
            "pml::ReportText",
            "This line's quarter is approved and its report frozen; the strategy as a "
            "whole, which other lines still change, is not shown.");
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
    return translatedIn(languageKey(), "pml::ReportText", source(phrase));
}

// Statuses, schedules, horizons and modes are core's display names, in core's context.
QString ReportText::status(Status status) const
{
    return translatedIn(languageKey(), "pml", statusText(status));
}

QString ReportText::schedule(Schedule schedule) const
{
    return translatedIn(languageKey(), "pml", scheduleText(schedule));
}

QString ReportText::horizon(Horizon horizon) const
{
    return translatedIn(languageKey(), "pml", horizonText(horizon));
}

QString ReportText::role(ActorRole role) const
{
    return (*this)(role == ActorRole::Lead ? Phrase::Lead : Phrase::Support);
}

QString ReportText::rollupMode(RollupMode mode) const
{
    return translatedIn(languageKey(), "pml", rollupModeText(mode));
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
