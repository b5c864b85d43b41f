#include "core/error.h"
#include "core/progress.h"
#include "core/synthetic.h"

#include <QRegularExpression>
#include <QSet>

#include <catch2/catch.hpp>

using namespace pml;

namespace {

const QDate kToday(2025, 6, 15);

SyntheticSpec spec(int lines, int objectives, int activities, qint64 updates, quint32 seed = 7)
{
    return SyntheticSpec{lines, objectives, activities, updates, seed};
}

bool refused(const SyntheticSpec& s, const QString& mention, const QDate& today = kToday)
{
    try {
        generateSyntheticTracker(s, today);
    } catch (const Error& e) {
        INFO(e.message().toStdString());
        CHECK(e.message().contains(mention));
        return true;
    }
    return false;
}

bool sameUpdate(const StatusUpdate& a, const StatusUpdate& b)
{
    return a.id == b.id && a.activity == b.activity && a.effectiveDate == b.effectiveDate &&
           a.recordedAt == b.recordedAt && a.status == b.status && a.percent == b.percent &&
           a.note == b.note && a.recordedBy == b.recordedBy && a.withdrawn == b.withdrawn;
}

} // namespace

TEST_CASE("synthetic spec validation", "[synthetic]")
{
    CHECK(refused(spec(0, 1, 1, 1), "lines 0"));
    CHECK(refused(spec(1, 0, 1, 1), "objectives 0"));
    CHECK(refused(spec(1, 1, 0, 1), "activities 0"));
    CHECK(refused(spec(1, 1, 1, -1), "(-1)"));
    CHECK(generateSyntheticTracker(spec(1, 1, 1, 0), kToday).updates.isEmpty());
    CHECK(refused(spec(3, 2, 5, 1), "(2)"));
    CHECK(refused(spec(2, 4, 3, 1), "(3)"));
    CHECK(refused(spec(1, 1, 1, 1), "date", QDate()));
    CHECK_FALSE(refused(spec(1, 1, 1, 1), ""));
}

TEST_CASE("synthetic tracker has the requested shape", "[synthetic]")
{
    const SyntheticTracker t = generateSyntheticTracker(spec(4, 10, 123, 5000), kToday);
    const Strategy& s = t.strategy;
    REQUIRE(s.lines.size() == 4);
    CHECK(s.lines[2].name == "Línea sintética 3");
    CHECK(s.objectives.size() == 10);
    CHECK(s.barrierGroups.size() == 10);
    CHECK(s.activities.size() == 123);
    CHECK(s.actors.size() >= 3);
    CHECK(t.assignments.size() == 123);
    CHECK(t.updates.size() == 5000);
    CHECK_FALSE(validateSettings(t.settings));
    CHECK(t.settings.start < kToday);

    QSet<int> linesWithObjectives;
    for (int i = 0; i < s.objectives.size(); ++i) {
        CHECK(s.objectives[i].number == i + 1);
        const BarrierGroup* g = s.barrierGroup(s.objectives[i].barrierGroup);
        REQUIRE(g);
        CHECK(s.line(g->line)->barriers.contains(g->barriers.value(0)));
        linesWithObjectives.insert(g->line);
    }
    CHECK(linesWithObjectives.size() == 4);

    const QRegularExpression code("^[1-9][0-9]*\\.(C|M|L|ML)[1-9][0-9]*$");
    QSet<QString> codes;
    QSet<int> objectivesWithActivities;
    QSet<Horizon> horizons;
    for (const Activity& a : s.activities) {
        CHECK(code.match(a.code).hasMatch());
        CHECK(a.code.startsWith(QString::number(a.objectives.value(0)) + "." +
                                horizonKey(a.horizon)));
        codes.insert(a.code);
        REQUIRE(a.objectives.size() == 1);
        CHECK(s.objective(a.objectives[0])->barrierGroup == a.barrierGroup);
        CHECK(a.weight > 0);
        objectivesWithActivities.insert(a.objectives[0]);
        horizons.insert(a.horizon);
    }
    CHECK(codes.size() == 123);
    // Codes follow the strategy file's numbering: groups count within their line and
    // activities within their objective and horizon, in order.
    QHash<int, int> groupsPerLine;
    for (const BarrierGroup& g : s.barrierGroups) {
        CHECK(g.code == QString("%1.%2").arg(g.line).arg(++groupsPerLine[g.line]));
    }
    QHash<QString, int> perObjectiveAndHorizon;
    for (const Activity& a : s.activities) {
        const QString prefix = QString("%1.%2").arg(a.objectives[0]).arg(horizonKey(a.horizon));
        CHECK(a.code == prefix + QString::number(++perObjectiveAndHorizon[prefix]));
    }
    QSet<QString> shortNames;
    for (const Actor& actor : s.actors) {
        shortNames.insert(actor.shortName);
    }
    CHECK(shortNames.size() == s.actors.size());
    CHECK(objectivesWithActivities.size() == 10);
    CHECK(horizons.size() == 4);
}

TEST_CASE("synthetic history is valid and in recording order", "[synthetic]")
{
    const SyntheticTracker t = generateSyntheticTracker(spec(2, 3, 20, 3000), kToday);
    QSet<QString> codes;
    for (const Activity& a : t.strategy.activities) {
        codes.insert(a.code);
    }
    QSet<Status> statuses;
    for (int i = 0; i < t.updates.size(); ++i) {
        const StatusUpdate& u = t.updates[i];
        CHECK(u.id == i + 1);
        CHECK(codes.contains(u.activity));
        CHECK_FALSE(validateEffectiveDate(u.effectiveDate, kToday));
        CHECK(u.effectiveDate >= t.settings.start);
        CHECK(u.effectiveDate <= u.recordedAt.date());
        CHECK(u.recordedAt.timeSpec() == Qt::UTC);
        CHECK(u.recordedAt.date() <= kToday);
        if (i > 0) {
            CHECK(t.updates[i - 1].recordedAt < u.recordedAt);
        }
        CHECK_FALSE(u.withdrawn);
        CHECK_FALSE(u.recordedBy.isEmpty());
        // The recorded percent is one the rules accept for that status.
        const bool keepsPrevious = u.status == Status::Cancelled;
        if (!keepsPrevious) {
            CHECK_FALSE(resolvePercent(u.status, u.percent, 0).error);
        } else {
            CHECK((u.percent >= 0 && u.percent <= 100));
        }
        statuses.insert(u.status);
    }
    CHECK(statuses.size() == 5);
    // The history spans the years from the start to today.
    CHECK(t.updates.first().recordedAt.date() == t.settings.start);
    CHECK(t.updates.last().recordedAt.date() >= kToday.addDays(-1));
}

TEST_CASE("synthetic generation is deterministic for a seed", "[synthetic]")
{
    const SyntheticTracker a = generateSyntheticTracker(spec(3, 7, 50, 2000, 99), kToday);
    const SyntheticTracker b = generateSyntheticTracker(spec(3, 7, 50, 2000, 99), kToday);
    const SyntheticTracker c = generateSyntheticTracker(spec(3, 7, 50, 2000, 100), kToday);
    REQUIRE(a.updates.size() == b.updates.size());
    bool identical = true;
    for (int i = 0; i < a.updates.size(); ++i) {
        identical = identical && sameUpdate(a.updates[i], b.updates[i]);
    }
    CHECK(identical);
    CHECK(a.settings == b.settings);
    bool sameStructure = true;
    for (int i = 0; i < a.strategy.activities.size(); ++i) {
        const Activity& x = a.strategy.activities[i];
        const Activity& y = b.strategy.activities[i];
        sameStructure = sameStructure && x.code == y.code && x.horizon == y.horizon &&
                        x.weight == y.weight && x.objectives == y.objectives;
    }
    CHECK(sameStructure);
    bool differs = false;
    for (int i = 0; i < a.updates.size(); ++i) {
        differs = differs || !sameUpdate(a.updates[i], c.updates[i]);
    }
    CHECK(differs);
    // Pinned values: a change of generator would silently change load-test data.
    const Progress pa =
        computeProgress({a.strategy, a.settings, a.assignments, a.updates, std::nullopt}, kToday);
    const Progress pb =
        computeProgress({b.strategy, b.settings, b.assignments, b.updates, std::nullopt}, kToday);
    REQUIRE(pa.strategy.actual);
    CHECK(*pa.strategy.actual == *pb.strategy.actual);
}

TEST_CASE("the smallest synthetic tracker", "[synthetic]")
{
    const SyntheticTracker t = generateSyntheticTracker(spec(1, 1, 1, 1), kToday);
    CHECK(t.strategy.activities.size() == 1);
    CHECK(t.updates.size() == 1);
    CHECK(t.updates[0].activity == t.strategy.activities[0].code);
}
