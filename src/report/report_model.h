#pragma once

#include "core/attention.h"
#include "core/history.h"
#include "core/progress.h"
#include "core/sign_off.h"
#include "core/snapshot.h"
#include "report_review.h"
#include "storage/tracker_store.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace pml {

struct ReportOptions {
    int year = 0;
    int quarter = 0;         // 1–4
    std::optional<int> line; // a report on one line of action only
    QString language = "es"; // "es" or "en": the report's language, not the interface's
    bool appendix = true;    // the full activity table in PDF and HTML
    // The day the report is made: a quarter that has not ended by then is cut at this day
    // and marked provisional. Null: the system's date.
    QDate today;

    Quarter period() const { return {year, quarter}; }
};

// Who produced the report, from which tracker, when.
struct ReportMeta {
    QString trackerFile; // shown as its file name
    QString producedBy;  // "prepared by" in the sign-off block, and the PDF's author
    QDateTime producedAt;
    QString reviewedBy; // empty: a blank line to fill in by hand
};

// Figures at the quarter's end beside those at the previous quarter's end.
struct Trend {
    Figures current;
    Figures previous;
    std::optional<double> change; // current − previous actual, in points; null if either is
};

struct ObjectiveRow {
    int number = 0;
    QString text;
    Trend trend;
    std::optional<double> gap; // planned − actual, null without data
};

struct LineSection {
    int number = 0;
    QString name;
    Trend trend;
    QList<ObjectiveRow> objectives;
};

// One recorded update whose effective date falls in the quarter, with the activity's
// state just before it and just after it (the update itself).
struct UpdateRow {
    qint64 id = 0;
    QString code;
    QString text;
    QDate effectiveDate;
    QDateTime recordedAt;
    Status oldStatus = Status::NotStarted;
    int oldPercent = 0;
    Status newStatus = Status::NotStarted;
    int newPercent = 0;
    QString note;
    QString recordedBy;
};

struct ActorRef {
    QString name; // short name when the actor has one
    ActorRole role = ActorRole::Support;
};

// An activity as it stood at the quarter's end (the appendix table).
struct ReportActivity {
    QString code;
    QString text;
    Horizon horizon = Horizon::Short;
    int line = 0;
    QList<int> objectives;
    Status status = Status::NotStarted;
    int percent = 0;
    double weight = 1.0;
    double planned = 0;
    Schedule schedule = Schedule::NotDue;
    QDate plannedStart;
    QDate plannedEnd;
    QList<ActorRef> actors; // lead first
    QDate lastUpdate;       // effective date of the update in force; null when none

    bool hasLead() const;
};

// An activity needing attention with its reasons (core's attentionReasons()).
struct AttentionRow {
    ReportActivity activity;
    QList<Attention> reasons;
};

struct ReportModel {
    QString strategyTitle;
    ReportOptions options;
    ReportMeta meta;
    Quarter quarter;
    QDate periodStart;        // first day of the quarter
    QDate periodEnd;          // last day of the quarter
    QDate asOf;               // the cut-off: the quarter's last day, or today while it runs
    QDate previousAsOf;       // last day of the previous quarter
    bool provisional = false; // the quarter had not ended: figures as of today
    RollupMode mode = RollupMode::Objectives;
    double atRiskGap = 10; // the schedule thresholds in force, for the method note
    double lateGap = 25;
    QString institution; // from the tracker's settings; empty when none
    QByteArray logo;     // PNG or JPEG bytes; empty when none

    // The subject is the whole strategy, or the chosen line in a line report; the
    // counts, updates, attention list and activity table cover the subject only.
    std::optional<int> subjectLine;
    QString subjectName;
    Trend subject;
    Trend strategy; // always the whole strategy, for reference in a line report

    int activityCount = 0;
    QMap<Status, int> statusCounts;     // every status present, zeros included
    QMap<Schedule, int> scheduleCounts; // every schedule status, zeros included
    int updatesInQuarter = 0;           // == updates.size()

    QList<LineSection> lines;
    QList<UpdateRow> updates;         // in effective order (date, then recording order)
    QList<AttentionRow> attention;    // in strategy order
    QList<ReportActivity> activities; // in strategy order

    // From a tracker only (buildReport(TrackerStore&, ...)); empty from a snapshot.
    // The audit chain head when the report was produced (64 hex digits).
    QByteArray fingerprint;
    // The review of each line the report covers, in line order. An approved line's
    // section, rows and updates are those frozen at approval (LineReview::frozen).
    QList<LineReview> reviews;

    const LineReview* review(int line) const; // null when the report has none for it
    // A line report on a line whose quarter is approved: everything in it is frozen, so
    // the whole strategy's figures (which other lines still change) are left out.
    bool frozenSubject() const;
};

// The dates a report reads: figures as of `asOf` beside `previousAsOf` (the previous
// quarter's last day), and the updates effective from `start` to `asOf`. A quarter still
// running is cut at options.today and is provisional.
struct ReportPeriod {
    QDate start;
    QDate asOf;
    QDate previousAsOf;
    bool provisional = false;
    QList<QDate> figureDates() const { return {asOf, previousAsOf}; }
};
ReportPeriod reportPeriod(const ReportOptions& options);

// Builds the report for `options` from a snapshot holding at least the updates in force
// at period.figureDates() (with text, so names are present) and the updates effective in
// the period (with notes and names; others are ignored). Every figure comes from
// computeProgress(). Throws pml::Error for a bad quarter, an unknown line or language.
ReportModel buildReport(const Snapshot& snapshot, const QList<StatusUpdate>& periodUpdates,
                        const ReportOptions& options, const ReportMeta& meta);
// The same, reading from `store` just what the report needs (report_input.cpp), with the
// review of each line and the fingerprint. A line whose quarter is approved is reported
// from what approval froze (its planning, responsibility, actors, settings and updates),
// so later corrections never change it; the other lines are reported as they are now.
ReportModel buildReport(TrackerStore& store, const ReportOptions& options, const ReportMeta& meta);
// Who signs the report for `options` unless told otherwise: those who submitted and approved
// its lines' quarter (core quarterSignOff()).
SignOff reportSignOff(TrackerStore& store, const ReportOptions& options);

} // namespace pml
