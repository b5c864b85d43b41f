#pragma once

#include "snapshot.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace pml {

// The progress engine: the only place the rules of docs/progress-rules.md live.
// Pure functions of (snapshot, as-of date); no I/O, no SQL, no widgets.

struct Figures {
    std::optional<double> actual;  // null: no data
    std::optional<double> planned; // null exactly when actual is null
    Schedule schedule = Schedule::NoData;
    bool operator==(const Figures&) const = default;
    // The gap ("brecha"): planned − actual, in points; null when there is no data.
    std::optional<double> gap() const
    {
        return actual && planned ? std::optional<double>(*planned - *actual) : std::nullopt;
    }
};

struct ActivityProgress {
    QString code;
    Status status = Status::NotStarted;
    int percent = 0;
    std::optional<qint64> lastUpdate; // id of the update in force at the as-of date
    QDate lastEffectiveDate;          // its effective date (null when none)
    QDate plannedStart;
    QDate plannedEnd;
    double weight = 1.0;
    double planned = 0;
    Schedule schedule = Schedule::NotDue;
    bool counts() const { return status != Status::Cancelled; }
    // The gap ("brecha"): planned − actual, in points; null for a cancelled activity,
    // which no longer counts against its plan.
    std::optional<double> gap() const
    {
        return counts() ? std::optional<double>(planned - percent) : std::nullopt;
    }
};

struct Progress {
    QDate asOf;
    RollupMode mode = RollupMode::Objectives;
    Figures strategy;
    QHash<int, Figures> lines;                   // by line number
    QHash<QString, Figures> groups;              // by barrier group code, same rule as lines
    QHash<int, Figures> objectives;              // by objective number
    QHash<QString, ActivityProgress> activities; // by activity code
};

// The default planned window of a horizon, given the settings.
struct Window {
    QDate start;
    QDate end; // inclusive: the last day before the next boundary
};
Window horizonWindow(Horizon horizon, const Settings& settings);
Window plannedWindow(const Activity& activity, const Settings& settings);
// The same, given the window of the activity's horizon (its default).
Window plannedWindow(const Activity& activity, const Window& horizonDefault);
// The effective window (overrides combined with the horizon's defaults) must start before
// it ends; returns a message naming the activity and both dates otherwise.
std::optional<QString> validatePlannedWindow(const Activity& activity, const Settings& settings);
// 100 · clamp((D − start)/(end − start), 0, 1) in days.
double plannedPercent(const Window& window, const QDate& asOf);

// Schedule rules, exposed for tests and for the explanation.
Schedule activitySchedule(Status status, int percent, double planned, const Window& window,
                          const QDate& asOf, const Settings& settings);
Schedule aggregateSchedule(const std::optional<double>& actual,
                           const std::optional<double>& planned, const Settings& settings);

// "No responsible actor": the activity is still open (neither completed nor cancelled)
// and has no lead ("Responsable"); supporting actors alone answer for nothing. The
// dashboard and the reports list the same activities through this one rule.
bool lacksResponsibleActor(Status status, bool hasLead);
QSet<QString> activitiesWithLead(const QList<Assignment>& assignments);

// An institution's share of the work: how many activities it leads and supports, and
// their actual progress as Σ(w·p)/Σw over those not cancelled (an activity counts once
// even if the institution both leads and supports it); null when none counts.
struct ActorFigures {
    int leads = 0;
    int supports = 0;
    std::optional<double> actual;
};
QHash<qint64, ActorFigures> actorFigures(const Snapshot& snapshot, const Progress& progress);

// Rolls everything up as of `asOf`. Linear in activities + updates.
Progress computeProgress(const Snapshot& snapshot, const QDate& asOf);
// The same figures after an edit changed only what is in force for the `changed`
// activities: `previous` was computed as of the same date from the same structure and
// settings. Those activities are recomputed and every aggregate is summed again in the
// same order, so the result equals computeProgress(snapshot, previous.asOf) exactly.
Progress recomputeProgress(const Progress& previous, const Snapshot& snapshot,
                           const QStringList& changed);

// What an explanation is about.
struct Target {
    enum class Kind { Strategy, Line, BarrierGroup, Objective };
    Kind kind = Kind::Strategy;
    int number = 0;    // line or objective number
    QString groupCode; // barrier group code
    static Target strategy() { return {}; }
    static Target line(int n) { return {Kind::Line, n, {}}; }
    static Target objective(int n) { return {Kind::Objective, n, {}}; }
    static Target barrierGroup(const QString& code) { return {Kind::BarrierGroup, 0, code}; }
};

enum class Exclusion { None, Cancelled, NoData };

struct ExplanationItem {
    enum class Kind { Activity, Objective, Line };
    Kind kind = Kind::Activity;
    QString key;         // activity code, or objective / line number as text
    QString label;       // activity text, objective text or line name
    double weight = 1.0; // 1 for plain means
    std::optional<double> actual;
    std::optional<double> planned;
    Exclusion exclusion = Exclusion::None;
};

struct Explanation {
    Target target;
    RollupMode mode = RollupMode::Objectives;
    ExplanationItem::Kind basis = ExplanationItem::Kind::Activity; // what the items are
    Figures figures;
    QList<ExplanationItem> items;
    // Formulas with their numbers, language-neutral, e.g.
    // "(1×50 + 2×100) / (1 + 2) = 83.3333" or "(40 + 60) / 2 = 50"; "no data" when null.
    QString actualFormula;
    QString plannedFormula;
};

// Throws pml::Error when the target does not exist.
Explanation explain(const Snapshot& snapshot, const Progress& progress, const Target& target);

// A figure as the formulas write it: '.' as decimal point, at most 4 decimals,
// trailing zeros removed ("83.3333", "50", "12.5").
QString compactNumber(double value);

} // namespace pml
