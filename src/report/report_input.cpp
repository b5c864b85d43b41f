#include "report_frozen.h"
#include "report_model.h"

#include <QMap>
#include <QSet>

namespace pml {
namespace {

// The ids of the line's updates effective in the quarter (not withdrawn), whose
// evidence the report lists with the line's own.
QList<qint64> lineUpdateIds(const Strategy& strategy, const QList<StatusUpdate>& updates, int line)
{
    const QSet<QString> codes = strategy.activityCodesOfLine(line);
    QList<qint64> ids;
    for (const StatusUpdate& update : updates) {
        if (!update.withdrawn && codes.contains(update.activity)) {
            ids.append(update.id);
        }
    }
    return ids;
}

QList<Evidence> inForce(const QList<Evidence>& evidence)
{
    QList<Evidence> kept;
    for (const Evidence& item : evidence) {
        if (!item.withdrawn) {
            kept.append(item);
        }
    }
    return kept;
}

// A line's evidence out of the period's (TrackerStore::evidenceOfPeriod): that of its
// quarter, then that of its updates, as evidenceFor() lists them.
QList<Evidence> lineEvidence(const QList<Evidence>& period, const QList<qint64>& updates, int line)
{
    const QSet<qint64> wanted(updates.cbegin(), updates.cend());
    QList<Evidence> ofLine;
    QList<Evidence> ofUpdates;
    for (const Evidence& item : period) {
        if (item.update && wanted.contains(*item.update)) {
            ofUpdates.append(item);
        } else if (!item.update && item.line == line) {
            ofLine.append(item);
        }
    }
    return inForce(ofLine + ofUpdates);
}

} // namespace

SignOff reportSignOff(TrackerStore& store, const ReportOptions& options)
{
    const Quarter quarter = options.period();
    return quarterSignOff(store.reviewTransitions(quarter), quarter, options.line);
}

ReportModel buildReport(TrackerStore& store, const ReportOptions& options, const ReportMeta& meta)
{
    // What is in force at the quarter's end and the previous one's, and the quarter's
    // updates: never the earlier history.
    const ReportPeriod period = reportPeriod(options);
    // Every read below sees the same moment: figures, updates, evidence and fingerprint.
    const auto reading = store.beginRead();
    Snapshot snapshot = store.loadSnapshotAt(period.figureDates());
    QList<StatusUpdate> updates = store.updatesEffectiveBetween(period.start, period.asOf);
    const Quarter quarter = options.period();
    if (!quarter.isValid() || (options.line && !snapshot.strategy.line(*options.line))) {
        return buildReport(snapshot, updates, options, meta); // refuses, naming the problem
    }

    // Each line's review; an approved quarter's frozen input. A quarter is approved only
    // once it has ended, so a report cut before its end (provisional) has none to use.
    QList<LineReview> reviews;
    QMap<int, FrozenLine> frozen;
    QMap<int, QList<ReviewTransition>> steps;      // the quarter's steps, read once, by line
    std::optional<QList<Evidence>> periodEvidence; // read once, when a line needs it
    for (const ReviewTransition& t : store.reviewTransitions(quarter)) {
        steps[t.line].append(t);
    }
    for (const Line& line : snapshot.strategy.lines) {
        if (options.line && line.number != *options.line) {
            continue;
        }
        LineReview review = lineReviewFrom(line.number, steps.value(line.number));
        std::optional<FrozenLine> approved;
        if (review.state == ReviewState::Approved && !period.provisional) {
            approved = store.frozenLine(quarter, line.number);
        }
        if (approved) {
            review.frozen = true;
            review.mode = approved->snapshot.settings.mode;
            review.atRiskGap = approved->snapshot.settings.atRiskGap;
            review.lateGap = approved->snapshot.settings.lateGap;
            review.evidence = inForce(approved->evidence);
            frozen.insert(line.number, *approved);
        } else {
            if (!periodEvidence) {
                periodEvidence = store.evidenceOfPeriod(period.start, period.asOf, quarter);
            }
            review.evidence =
                lineEvidence(*periodEvidence,
                             lineUpdateIds(snapshot.strategy, updates, line.number), line.number);
        }
        reviews.append(review);
    }

    ReportModel model;
    if (options.line && frozen.contains(*options.line)) {
        // All of it as approved; the whole strategy, which other lines still change, is
        // left out (ReportModel::frozenSubject()).
        const FrozenLine& line = frozen[*options.line];
        model = buildReport(line.snapshot, line.periodUpdates, options, meta);
        model.strategy = Trend{};
    } else {
        for (auto it = frozen.cbegin(); it != frozen.cend(); ++it) {
            mergeFrozenLine(snapshot, updates, it.value(), it.key());
        }
        model = buildReport(snapshot, updates, options, meta);
        // Each approved line as it was approved, with the settings then.
        for (auto it = frozen.cbegin(); it != frozen.cend(); ++it) {
            ReportOptions lineOptions = options;
            lineOptions.line = it.key();
            spliceLine(model, buildReport(it->snapshot, it->periodUpdates, lineOptions, meta));
        }
    }
    model.reviews = reviews;
    model.fingerprint = store.auditHead();
    return model;
}

} // namespace pml
