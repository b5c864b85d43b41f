#pragma once

#include "core/enums.h"
#include "report_model.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace pml {

// The report's fixed texts. Their English forms are in report_text.cpp, marked for
// translation; the Spanish ones come from the program's catalogue like every other
// string, so a report is complete in either language whatever the interface speaks.
enum class Phrase {
    ReportTitle,
    LineReportTitle,
    CutOff,
    TrackerFile,
    ProducedAt,
    ProducedBy,
    RollupMode,
    Contents,
    Summary,
    SummaryIntro,
    LineSummaryIntro,
    WholeStrategy,
    Strategy,
    Line,
    Lines,
    Objective,
    Objectives,
    Activity,
    Activities,
    Code,
    Name,
    Actual,
    Planned,
    Gap,
    Change,
    ChangeInQuarter,
    Schedule,
    Status,
    Percent,
    Count,
    ActivitiesByStatus,
    ActivitiesBySchedule,
    UpdatesInQuarter,
    UpdatesInQuarterNote,
    TotalActivities,
    LinesOverview,
    ObjectivesChart,
    ObjectivesTable,
    UpdatedActivities,
    UpdatedActivitiesIntro,
    NoUpdates,
    Before,
    After,
    EffectiveDate,
    RecordedAt,
    Note,
    RecordedBy,
    NeedingAttention,
    NeedingAttentionIntro,
    NothingNeedsAttention,
    Reasons,
    ReasonLate,
    ReasonAtRisk,
    ReasonNeverUpdated,
    ReasonNoLead,
    Appendix,
    AppendixIntro,
    Horizon,
    Weight,
    PlannedStart,
    PlannedEnd,
    Lead,
    Support,
    ResponsibleActors,
    LastUpdate,
    NoData,
    Page,
    Legend,
    PreviousQuarterEnd,
    Definitions,
    Item,
    Value,
    Quarter,
    AsOf,
    PeriodStart,
    PeriodEnd,
    Provisional,
    ProvisionalNote,
    ReasonSuspended,
    Institution,
    PreparedBy,
    ReviewedBy,
    SignOff,
    SignOffIntro,
    Signature,
    Date,
    Yes,
    No,
    MethodCutOff,
    MethodActual,
    MethodRollupObjectives,
    MethodRollupActivities,
    MethodPlanned,
    MethodSchedule,
    MethodChange,
    MethodAttention,
    ReviewSection,
    ReviewOfLines,
    ReviewOfLinesIntro,
    ReviewColumn,
    ReviewOpen,
    ReviewSubmitted,
    ReviewReturned,
    ReviewApproved,
    ApprovedByOn,
    ReopenedAndApproved,
    SubmittedByOn,
    ReturnedByOn,
    ReopenedByOn,
    NotSubmitted,
    ReturnNote,
    Narrative,
    Achievements,
    Difficulties,
    NextSteps,
    NoNarrative,
    ContinuedSheet, // the XLSX sheet holding the rest of texts too long for one cell
    Cell,
    Part,
    ContinuedMarker, // %1 sheet, %2 row
    Evidence,
    NoEvidence,
    Fingerprint,
    FingerprintNote,
    FrozenNote,
    FrozenSettings,
    StrategyLeftOut,
};

enum class ReportLanguage { Spanish, English };

// Throws pml::Error for anything but "es" and "en".
ReportLanguage languageFromKey(const QString& key);

class ReportText {
public:
    explicit ReportText(ReportLanguage language);
    explicit ReportText(const QString& languageKey);

    ReportLanguage language() const { return m_language; }
    QString languageKey() const
    {
        return m_language == ReportLanguage::Spanish ? QStringLiteral("es") : QStringLiteral("en");
    }
    QString operator()(Phrase phrase) const;

    QString status(Status status) const;
    QString schedule(Schedule schedule) const;
    QString horizon(Horizon horizon) const;
    QString role(ActorRole role) const;
    QString rollupMode(RollupMode mode) const;
    QString attention(Attention reason) const;

    // "12,3 %" / "12.3%"; "—" for null.
    QString percent(const std::optional<double>& value) const;
    // "40 %" / "40%": an activity's whole percent.
    QString wholePercent(int value) const;
    // "+1,2 p. p." / "+1.2 pp"; "—" for null.
    QString points(const std::optional<double>& value) const;
    // A threshold in points as set, without sign or needless decimals: "10 p. p.".
    QString threshold(double value) const;
    // One decimal without a unit: "12,3" / "12.3".
    QString number(double value, int decimals = 1) const;
    QString integer(qint64 value) const;
    // 30/09/2026 in Spanish, 2026-09-30 in English; "—" for a null date.
    QString date(const QDate& date) const;
    QString dateTime(const QDateTime& dateTime) const;
    // "T3 2026" / "Q3 2026"
    QString quarter(const pml::Quarter& quarter) const;
    // "Informe trimestral de avance — T3 2026"
    QString title(const pml::Quarter& quarter) const;
    // "Corte al 30/09/2026"
    QString cutOff(const QDate& asOf) const;
    // "Informe provisional: el trimestre termina el 31/12/2026; …" for a running quarter.
    QString provisionalNote(const ReportModel& model) const;
    // The report's full title: "Informe trimestral de avance — T3 2026", then the line of
    // a line report and "(Informe provisional)" while the quarter runs.
    QString documentTitle(const ReportModel& model) const;
    // How the figures are computed, one paragraph per item, with the model's thresholds,
    // roll-up mode and dates.
    QStringList methodNote(const ReportModel& model) const;
    // "Página 2 de 9"
    QString pageOf(int page, int pages) const;
    // "Línea de acción 3: Tecnología"
    QString lineHeading(int number, const QString& name) const;
    // "Objetivo 6"
    QString objectiveLabel(int number) const;
    // "CONAM (Responsable), SNI (Apoyo)"
    QString actors(const QList<ActorRef>& actors) const;
    QString status(Status status, int percent) const; // "En ejecución (40 %)"
    QString reasons(const QList<Attention>& reasons,
                    const QString& separator = QStringLiteral(", ")) const;
    // "Retrasadas: 3 · En riesgo: 1 · …" over the attention list.
    QString reasonCounts(const QList<AttentionRow>& rows) const;

    // The review (review_text.cpp). "abierto", "enviado, en revisión"…
    QString reviewState(ReviewState state) const;
    // The state in a few words: "aprobado por Ana el 15/07/2026 (reabierto y aprobado de
    // nuevo)", "devuelto"…
    QString reviewSummary(const LineReview& review) const;
    // "Línea de acción 2: aprobado por Ana el 15/07/2026"
    QString lineReviewSummary(const LineReview& review) const;
    // What the line's section says of its review, one sentence each: who took the last
    // step and when (with the return note or the reopening reason), that the narrative
    // or the evidence is missing, and for a frozen line that its figures are those
    // approved (with the settings then, when they differ from the report's).
    QStringList reviewSentences(const ReportModel& model, const LineReview& review) const;
    // "informe.pdf (245 KB, SHA-256 a3f91c07…)" or the link; "3.C1: " first for an
    // update's evidence.
    QString evidence(const pml::Evidence& evidence) const;
    QString fileSize(qint64 bytes) const;
    // "a3f9 1c07 5b2e 9d40 …"; "—" for none.
    QString fingerprint(const QByteArray& hash) const;
    // The first letter in capitals: a phrase that starts a sentence.
    static QString sentence(const QString& text);
    // A person's text closed as a sentence: a full stop added unless it ends in one.
    static QString closed(const QString& text);

private:
    QString withPercentSign(const QString& number) const;

    ReportLanguage m_language;
};

} // namespace pml
