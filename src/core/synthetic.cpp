#include "synthetic.h"

#include "error.h"
#include "messages.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTime>

#include <algorithm>
#include <array>
#include <random>
#include <vector>

namespace pml {
namespace {

// std::uniform_int_distribution differs between standard libraries; this mapping does
// not, so a seed gives the same tracker everywhere.
class Random {
public:
    explicit Random(quint32 seed)
        : m_engine(seed)
    {
    }
    // Uniform in [0, n).
    quint32 below(quint32 n) { return quint32((quint64(m_engine()) * n) >> 32); }

private:
    std::mt19937 m_engine;
};

void validate(const SyntheticSpec& spec, const QDate& today)
{
    if (spec.lines < 1 || spec.objectives < 1 || spec.activities < 1) {
        throw Error(
            Messages::tr("Lines, objectives and activities must each be at least 1 (lines %1, "
                         "objectives %2, activities %3).")
                .arg(spec.lines)
                .arg(spec.objectives)
                .arg(spec.activities));
    }
    // A tracker with no history is a valid starting point for a load test.
    if (spec.updates < 0) {
        throw Error(
            Messages::tr("The number of updates cannot be negative (%1).").arg(spec.updates));
    }
    if (spec.objectives < spec.lines) {
        throw Error(Messages::tr("There must be at least as many objectives (%1) as lines (%2).")
                        .arg(spec.objectives)
                        .arg(spec.lines));
    }
    if (spec.activities < spec.objectives) {
        throw Error(
            Messages::tr("There must be at least as many activities (%1) as objectives (%2).")
                .arg(spec.activities)
                .arg(spec.objectives));
    }
    if (!today.isValid()) {
        throw Error(Messages::tr("The date of today is not a valid date."));
    }
}

Horizon randomHorizon(Random& random)
{
    const quint32 r = random.below(20);
    return r < 7    ? Horizon::Short
           : r < 13 ? Horizon::Medium
           : r < 18 ? Horizon::Long
                    : Horizon::MediumLong;
}

void buildStrategy(const SyntheticSpec& spec, Random& random, SyntheticTracker& tracker)
{
    Strategy& strategy = tracker.strategy;
    strategy.title = QStringLiteral("Estrategia sintética");
    for (int l = 1; l <= spec.lines; ++l) {
        Line line;
        line.number = l;
        line.name = QStringLiteral("Línea sintética %1").arg(l);
        line.heading = line.name.toUpper();
        line.introduction << QStringLiteral("Línea de acción generada para pruebas de carga.");
        strategy.lines << line;
    }
    // Objectives in contiguous blocks per line, each with its own barrier group.
    std::vector<int> groupsInLine(spec.lines, 0);
    for (int o = 1; o <= spec.objectives; ++o) {
        const int lineIndex = int(qint64(o - 1) * spec.lines / spec.objectives);
        Line& line = strategy.lines[lineIndex];
        BarrierGroup group;
        group.line = line.number;
        group.code = QStringLiteral("%1.%2").arg(line.number).arg(++groupsInLine[lineIndex]);
        group.sourceCode = group.code;
        group.heading = QStringLiteral("Barrera sintética %1").arg(group.code);
        group.barriers << group.heading;
        line.barriers << group.heading;
        strategy.barrierGroups << group;
        strategy.objectives << Objective{o, QStringLiteral("Objetivo sintético %1").arg(o),
                                         group.code};
    }
    // Activities in contiguous blocks per objective, coded like the real ones.
    std::vector<std::array<int, 4>> counters(spec.objectives, {0, 0, 0, 0});
    strategy.activities.reserve(spec.activities);
    for (int a = 0; a < spec.activities; ++a) {
        const int o = int(qint64(a) * spec.objectives / spec.activities);
        Activity activity;
        activity.horizon = randomHorizon(random);
        const int n = ++counters[o][int(activity.horizon)];
        activity.code =
            QStringLiteral("%1.%2%3").arg(o + 1).arg(horizonKey(activity.horizon)).arg(n);
        activity.text = QStringLiteral("Actividad sintética %1").arg(a + 1);
        activity.objectives = {o + 1};
        activity.barrierGroup = strategy.objectives[o].barrierGroup;
        activity.weight = std::array<double, 5>{1, 1, 1, 2, 3}[random.below(5)];
        strategy.activities << activity;
    }
    const std::array<ActorGroup, 3> groups{ActorGroup::Sector, ActorGroup::BusinessAssociation,
                                           ActorGroup::Other};
    for (int i = 1; i <= 6; ++i) {
        strategy.actors << Actor{i, QStringLiteral("Actor sintético %1").arg(i),
                                 QStringLiteral("AS%1").arg(i), groups[(i - 1) % 3]};
    }
    tracker.assignments.reserve(spec.activities);
    for (const Activity& activity : strategy.activities) {
        tracker.assignments << Assignment{activity.code, qint64(1 + random.below(6)),
                                          ActorRole::Lead};
    }
}

// A plausible next step for an activity: mostly progress, sometimes a pause, a restart
// or a cancellation. The combination is checked with the same rule as user input.
StatusUpdate nextStatus(Random& random, int previousPercent)
{
    StatusUpdate update;
    const quint32 r = random.below(100);
    std::optional<int> percent;
    if (r < 2) {
        update.status = Status::NotStarted;
    } else if (r < 5) {
        update.status = Status::Cancelled;
    } else if (r < 10) {
        update.status = Status::Suspended;
    } else {
        const int next = previousPercent + 1 + int(random.below(15));
        update.status = next >= 100 ? Status::Completed : Status::InProgress;
        percent = std::min(next, 100);
    }
    const ResolvedPercent resolved = resolvePercent(update.status, percent, previousPercent);
    if (resolved.error) {
        throw Error(*resolved.error);
    }
    update.percent = resolved.percent;
    return update;
}

void buildUpdates(const SyntheticSpec& spec, const QDate& today, Random& random,
                  SyntheticTracker& tracker)
{
    const QDate start = tracker.settings.start;
    const qint64 dayMs = 24 * 3600 * 1000;
    const qint64 startMs = QDateTime(start, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 spanMs = (start.daysTo(today) + 1) * dayMs - 1;
    const QStringList recorders{QStringLiteral("ana.quispe"), QStringLiteral("luis.huaman"),
                                QStringLiteral("carmen.rojas"), QStringLiteral("jorge.mamani")};
    const QList<Activity>& activities = tracker.strategy.activities;
    std::vector<int> lastPercent(activities.size(), 0);

    tracker.updates.reserve(spec.updates);
    qint64 previousMs = startMs - 1;
    for (qint64 i = 0; i < spec.updates; ++i) {
        // Recorded at evenly spread, strictly increasing instants from S to today.
        const qint64 ms = std::max(
            previousMs + 1, startMs + qint64(double(i) * double(spanMs) / double(spec.updates)));
        previousMs = ms;
        const QDate recordedDay = start.addDays((ms - startMs) / dayMs);
        const int a = int(random.below(quint32(activities.size())));
        StatusUpdate update = nextStatus(random, lastPercent[a]);
        lastPercent[a] = update.percent;
        update.id = i + 1;
        update.activity = activities[a].code;
        // Some updates are backdated by up to two weeks, never before S.
        update.effectiveDate = std::max(start, recordedDay.addDays(-qint64(random.below(14))));
        update.recordedAt = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        update.recordedBy = recorders[random.below(quint32(recorders.size()))];
        tracker.updates << update;
    }
}

} // namespace

SyntheticTracker generateSyntheticTracker(const SyntheticSpec& spec, const QDate& today)
{
    validate(spec, today);
    Random random(spec.seed);
    SyntheticTracker tracker;
    tracker.settings.start = QDate(today.year() - 3, 1, 1);
    buildStrategy(spec, random, tracker);
    buildUpdates(spec, today, random, tracker);
    return tracker;
}

} // namespace pml
