#include "core/error.h"
#include "core/progress.h"
#include "report/report_model.h"
#include "report_fixture.h"

#include <QTimeZone>

#include <algorithm>
#include <catch2/catch.hpp>

using namespace pml;
using pml::test::quarterOptions;
using pml::test::reportSnapshot;
using pml::test::testMeta;

namespace {

void requireSame(const Figures& a, const Figures& b)
{
    REQUIRE(a.actual.has_value() == b.actual.has_value());
    REQUIRE(a.planned.has_value() == b.planned.has_value());
    if (a.actual) {
        REQUIRE(*a.actual == Approx(*b.actual));
    }
    if (a.planned) {
        REQUIRE(*a.planned == Approx(*b.planned));
    }
    REQUIRE(a.schedule == b.schedule);
}

const UpdateRow* findUpdate(const ReportModel& model, qint64 id)
{
    for (const UpdateRow& row : model.updates) {
        if (row.id == id) {
            return &row;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("Quarters parse from 2026-Q3 and name their days", "[report][quarter]")
{
    const Quarter q = parseQuarter(QStringLiteral("2026-Q3"));
    REQUIRE(q.year == 2026);
    REQUIRE(q.number == 3);
    REQUIRE(q.firstDay() == QDate(2026, 7, 1));
    REQUIRE(q.lastDay() == QDate(2026, 9, 30));
    REQUIRE(q.previous().lastDay() == QDate(2026, 6, 30));
    REQUIRE(parseQuarter(QStringLiteral("2027-q1")).previous() == Quarter{2026, 4});
    REQUIRE(parseQuarter(QStringLiteral("2026-T4")).lastDay() == QDate(2026, 12, 31));
    REQUIRE(parseQuarter(QStringLiteral("2026-Q1")).lastDay() == QDate(2026, 3, 31));
    REQUIRE(q.key() == QStringLiteral("2026-Q3"));
    REQUIRE(quarterOf(QDate(2026, 11, 3)) == Quarter{2026, 4});

    for (const char* bad : {"2026-Q5", "2026-Q0", "Q3-2026", "2026", "", "26-Q3", "2026-Q3x"}) {
        INFO(bad);
        try {
            parseQuarter(QString::fromLatin1(bad));
            FAIL("accepted");
        } catch (const Error& e) {
            REQUIRE(e.message().contains(QLatin1String("\"") + QString::fromLatin1(bad) +
                                         QLatin1String("\"")));
        }
    }
}

TEST_CASE("Report figures are the engine's figures at the quarter's end", "[report][model]")
{
    const Snapshot snapshot = reportSnapshot();
    const ReportModel model =
        buildReport(snapshot, snapshot.updates, quarterOptions(2026, 3), testMeta());
    const Progress now = computeProgress(snapshot, QDate(2026, 9, 30));
    const Progress before = computeProgress(snapshot, QDate(2026, 6, 30));

    REQUIRE(model.asOf == QDate(2026, 9, 30));
    REQUIRE(model.previousAsOf == QDate(2026, 6, 30));
    REQUIRE(model.periodStart == QDate(2026, 7, 1));
    requireSame(model.strategy.current, now.strategy);
    requireSame(model.strategy.previous, before.strategy);
    requireSame(model.subject.current, now.strategy);
    REQUIRE(model.strategy.change);
    REQUIRE(*model.strategy.change == Approx(*now.strategy.actual - *before.strategy.actual));
    REQUIRE(*model.strategy.change > 0);

    REQUIRE(model.lines.size() == 2);
    for (const LineSection& line : model.lines) {
        INFO("line " << line.number);
        requireSame(line.trend.current, now.lines.value(line.number));
        requireSame(line.trend.previous, before.lines.value(line.number));
        for (const ObjectiveRow& objective : line.objectives) {
            INFO("objective " << objective.number);
            const Figures& engine = now.objectives.value(objective.number);
            requireSame(objective.trend.current, engine);
            REQUIRE(objective.gap.has_value() == engine.actual.has_value());
            if (objective.gap) {
                REQUIRE(*objective.gap == Approx(*engine.planned - *engine.actual));
            }
        }
    }
    REQUIRE(model.lines[0].objectives.size() == 2);
    REQUIRE(model.lines[1].objectives.size() == 1);

    REQUIRE(model.activities.size() == 6);
    REQUIRE(model.activityCount == 6);
    for (const ReportActivity& row : model.activities) {
        INFO(row.code.toStdString());
        const ActivityProgress& engine = now.activities.value(row.code);
        REQUIRE(row.status == engine.status);
        REQUIRE(row.percent == engine.percent);
        REQUIRE(row.planned == Approx(engine.planned));
        REQUIRE(row.schedule == engine.schedule);
        REQUIRE(row.lastUpdate == engine.lastEffectiveDate);
    }
    // Two updates on 30 September: the one recorded last is in force.
    REQUIRE(now.activities.value(QStringLiteral("2.C1")).percent == 25);
}

TEST_CASE("Counts cover every status and schedule status of the subject", "[report][model]")
{
    const Snapshot snapshot = reportSnapshot();
    const ReportModel model =
        buildReport(snapshot, snapshot.updates, quarterOptions(2026, 3), testMeta());
    const Progress now = computeProgress(snapshot, QDate(2026, 9, 30));
    int statusTotal = 0;
    for (int count : model.statusCounts) {
        statusTotal += count;
    }
    int scheduleTotal = 0;
    for (int count : model.scheduleCounts) {
        scheduleTotal += count;
    }
    REQUIRE(statusTotal == 6);
    REQUIRE(scheduleTotal == 6);
    REQUIRE(model.statusCounts.size() == 5); // zeros included
    REQUIRE(model.statusCounts.value(Status::Completed) == 1);
    REQUIRE(model.statusCounts.value(Status::Cancelled) == 1);
    REQUIRE(model.statusCounts.value(Status::InProgress) == 2);
    REQUIRE(model.statusCounts.value(Status::NotStarted) == 2);
    QMap<Schedule, int> expected;
    for (const ActivityProgress& a : now.activities) {
        expected[a.schedule] += 1;
    }
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        REQUIRE(model.scheduleCounts.value(it.key()) == it.value());
    }
}

TEST_CASE("Updates of the quarter are listed in effective order with the state before",
          "[report][model]")
{
    const Snapshot snapshot = reportSnapshot();
    const ReportModel model =
        buildReport(snapshot, snapshot.updates, quarterOptions(2026, 3), testMeta());
    // Q3: 3 (1 Jul), 6 (1 Aug), 2 (15 Aug), 4 and 5 (30 Sep). Not 7 (withdrawn), 8 (Q4),
    // 1 and 9 (earlier quarters).
    QList<qint64> ids;
    for (const UpdateRow& row : model.updates) {
        ids.append(row.id);
    }
    REQUIRE(ids == QList<qint64>{3, 6, 2, 4, 5});
    REQUIRE(model.updatesInQuarter == 5);

    const UpdateRow* second = findUpdate(model, 2);
    REQUIRE(second->oldStatus == Status::InProgress);
    REQUIRE(second->oldPercent == 30); // update 1 (Q2) was in force before it
    REQUIRE(second->newPercent == 60);
    REQUIRE(second->note.contains(QLatin1String("<script>")));
    REQUIRE(second->recordedBy == QStringLiteral("monitor2"));
    REQUIRE(findUpdate(model, 4)->oldStatus == Status::NotStarted);
    REQUIRE(findUpdate(model, 4)->oldPercent == 0);
    REQUIRE(findUpdate(model, 5)->oldPercent == 20);
    REQUIRE(findUpdate(model, 5)->newPercent == 25);
    REQUIRE(findUpdate(model, 6)->newStatus == Status::Cancelled);

    // The last update of each activity leaves it in the state the engine has at as_of.
    const Progress now = computeProgress(snapshot, model.asOf);
    for (const UpdateRow& row : model.updates) {
        const UpdateRow* last = nullptr;
        for (const UpdateRow& other : model.updates) {
            if (other.code == row.code) {
                last = &other;
            }
        }
        REQUIRE(now.activities.value(row.code).status == last->newStatus);
        REQUIRE(now.activities.value(row.code).percent == last->newPercent);
    }

    const ReportModel q2 =
        buildReport(snapshot, snapshot.updates, quarterOptions(2026, 2), testMeta());
    REQUIRE(q2.updates.size() == 1);
    REQUIRE(q2.updates[0].oldPercent == 10); // update 9, 31 March
}

TEST_CASE("Activities needing attention and their reasons", "[report][model]")
{
    const Snapshot snapshot = reportSnapshot();
    const ReportModel model =
        buildReport(snapshot, snapshot.updates, quarterOptions(2026, 3), testMeta());
    QHash<QString, QList<Attention>> reasons;
    for (const AttentionRow& row : model.attention) {
        reasons.insert(row.activity.code, row.reasons);
    }
    // 3.C2: its only Q3 update is withdrawn, the next takes effect in Q4.
    REQUIRE(reasons.value(QStringLiteral("3.C2")).contains(Attention::NeverUpdated));
    REQUIRE(reasons.value(QStringLiteral("3.C2")).contains(Attention::NoLead));
    // 2.M1 (medium term, due from 2028) has nothing recorded and no lead, but it is not
    // yet due: it needs no attention.
    REQUIRE_FALSE(reasons.contains(QStringLiteral("2.M1")));
    // Completed (1.C2) and cancelled (3.C1) activities need nothing; 1.C1 has its lead.
    REQUIRE_FALSE(reasons.contains(QStringLiteral("1.C2")));
    REQUIRE_FALSE(reasons.contains(QStringLiteral("3.C1")));
    for (const AttentionRow& row : model.attention) {
        INFO(row.activity.code.toStdString());
        REQUIRE(row.reasons.contains(Attention::Late) == (row.activity.schedule == Schedule::Late));
        REQUIRE(row.reasons.contains(Attention::AtRisk) ==
                (row.activity.schedule == Schedule::AtRisk));
    }
    // 2.C1 at 25 % while a two-year window is 37 % elapsed: at risk by the engine's rule.
    REQUIRE(reasons.value(QStringLiteral("2.C1")).contains(Attention::AtRisk));

    // The report lists exactly what the engine's rule gives (core/attention.h).
    const Progress now = computeProgress(snapshot, model.asOf);
    const QSet<QString> led = activitiesWithLead(snapshot.assignments);
    for (const Activity& activity : snapshot.strategy.activities) {
        INFO(activity.code.toStdString());
        REQUIRE(reasons.value(activity.code) ==
                attentionReasons(now.activities.value(activity.code), led.contains(activity.code)));
    }

    // A quarter later 3.C2 has an update in force.
    const ReportModel q4 =
        buildReport(snapshot, snapshot.updates, quarterOptions(2026, 4), testMeta());
    for (const AttentionRow& row : q4.attention) {
        if (row.activity.code == QStringLiteral("3.C2")) {
            REQUIRE_FALSE(row.reasons.contains(Attention::NeverUpdated));
        }
    }
}

TEST_CASE("Responsible actors: lead first, by short name", "[report][model]")
{
    Snapshot snapshot = reportSnapshot();
    snapshot.assignments.append({QStringLiteral("1.C1"), 2, ActorRole::Support});
    snapshot.assignments.prepend({QStringLiteral("2.C1"), 2, ActorRole::Support});
    snapshot.assignments.append({QStringLiteral("2.C1"), 1, ActorRole::Lead});
    const ReportModel model =
        buildReport(snapshot, snapshot.updates, quarterOptions(2026, 3), testMeta());
    for (const ReportActivity& row : model.activities) {
        if (row.code == QStringLiteral("2.C1")) {
            REQUIRE(row.actors.size() == 2);
            REQUIRE(row.actors[0].name == QStringLiteral("CONAM"));
            REQUIRE(row.actors[0].role == ActorRole::Lead);
            REQUIRE(row.actors[1].name == QStringLiteral("SNI"));
            REQUIRE(row.hasLead());
        }
        if (row.code == QStringLiteral("1.C2")) {
            REQUIRE_FALSE(row.hasLead());
        }
    }
}

TEST_CASE("A line report covers one line and keeps the strategy for reference", "[report][model]")
{
    const Snapshot snapshot = reportSnapshot();
    const ReportModel model =
        buildReport(snapshot, snapshot.updates, quarterOptions(2026, 3, 2), testMeta());
    const Progress now = computeProgress(snapshot, model.asOf);
    REQUIRE(model.subjectLine == 2);
    REQUIRE(model.subjectName == QStringLiteral("Tecnología"));
    requireSame(model.subject.current, now.lines.value(2));
    requireSame(model.strategy.current, now.strategy);
    REQUIRE(model.lines.size() == 1);
    REQUIRE(model.lines[0].number == 2);
    REQUIRE(model.activities.size() == 2);
    REQUIRE(model.activityCount == 2);
    REQUIRE(model.updates.size() == 1);
    REQUIRE(model.updates[0].id == 6);
    for (const AttentionRow& row : model.attention) {
        REQUIRE(row.activity.line == 2);
    }
}

TEST_CASE("Null figures stay null, never 0", "[report][model]")
{
    Snapshot snapshot = reportSnapshot();
    // Everything in line 2 cancelled: its objective and line have no data.
    snapshot.updates.append({100,
                             QStringLiteral("3.C2"),
                             QDate(2026, 9, 1),
                             QDateTime(QDate(2026, 9, 2), QTime(8, 0), QTimeZone::utc()),
                             Status::Cancelled,
                             0,
                             {},
                             QStringLiteral("x"),
                             false});
    const ReportModel model =
        buildReport(snapshot, snapshot.updates, quarterOptions(2026, 3), testMeta());
    const LineSection& two = model.lines[1];
    REQUIRE_FALSE(two.trend.current.actual);
    REQUIRE(two.trend.current.schedule == Schedule::NoData);
    REQUIRE_FALSE(two.trend.change); // now null, before 0: no change to state
    REQUIRE_FALSE(two.objectives[0].gap);
}

TEST_CASE("buildReport refuses an unknown line, language or quarter", "[report][model]")
{
    const Snapshot snapshot = reportSnapshot();
    REQUIRE_THROWS_WITH(
        buildReport(snapshot, snapshot.updates, quarterOptions(2026, 3, 9), testMeta()),
        Catch::Contains("9"));
    REQUIRE_THROWS_AS(buildReport(snapshot, snapshot.updates,
                                  quarterOptions(2026, 3, std::nullopt, QStringLiteral("fr")),
                                  testMeta()),
                      Error);
    REQUIRE_THROWS_AS(buildReport(snapshot, snapshot.updates, quarterOptions(2026, 5), testMeta()),
                      Error);
}

TEST_CASE("A suspended activity needs attention for that reason", "[report][model]")
{
    Snapshot snapshot = reportSnapshot();
    // 1.C1 (led by CONAM, ahead of plan at 60 %) is suspended at 60 % in September.
    snapshot.updates.append({101,
                             QStringLiteral("1.C1"),
                             QDate(2026, 9, 10),
                             QDateTime(QDate(2026, 9, 11), QTime(8, 0), QTimeZone::utc()),
                             Status::Suspended,
                             60,
                             {},
                             QStringLiteral("x"),
                             false});
    const ReportModel model =
        buildReport(snapshot, snapshot.updates, quarterOptions(2026, 3), testMeta());
    const auto row = std::find_if(model.attention.begin(), model.attention.end(),
                                  [](const AttentionRow& r) { return r.activity.code == "1.C1"; });
    REQUIRE(row != model.attention.end());
    REQUIRE(row->reasons == QList<Attention>{Attention::Suspended});
}

TEST_CASE("A quarter that has not ended is cut at today and provisional", "[report][model]")
{
    const Snapshot snapshot = reportSnapshot();
    // Made on 2026-10-08, in the fourth quarter.
    const ReportModel q4 =
        buildReport(snapshot, snapshot.updates, quarterOptions(2026, 4), testMeta());
    REQUIRE(q4.provisional);
    REQUIRE(q4.asOf == QDate(2026, 10, 8));
    REQUIRE(q4.periodEnd == QDate(2026, 12, 31));
    REQUIRE(q4.previousAsOf == QDate(2026, 9, 30));
    // Planned progress as of today, not of the quarter's last day.
    const Progress today = computeProgress(snapshot, QDate(2026, 10, 8));
    requireSame(q4.strategy.current, today.strategy);
    REQUIRE(q4.updates.size() == 1); // 3.C2 on 5 October

    // An ended quarter is final, as of its last day; so is one ending today.
    const ReportModel q3 =
        buildReport(snapshot, snapshot.updates, quarterOptions(2026, 3), testMeta());
    REQUIRE_FALSE(q3.provisional);
    REQUIRE(q3.asOf == QDate(2026, 9, 30));
    ReportOptions lastDay = quarterOptions(2026, 4);
    lastDay.today = QDate(2026, 12, 31);
    const ReportModel ending = buildReport(snapshot, snapshot.updates, lastDay, testMeta());
    REQUIRE_FALSE(ending.provisional);
    REQUIRE(ending.asOf == QDate(2026, 12, 31));
}

TEST_CASE("The report carries the tracker's institution, logo and thresholds", "[report][model]")
{
    Snapshot snapshot = reportSnapshot();
    snapshot.settings.institution = QStringLiteral("Ministerio del Ambiente");
    snapshot.settings.logo = QByteArray("\x89PNG\r\n\x1a\n", 8);
    snapshot.settings.atRiskGap = 12.5;
    const ReportModel model =
        buildReport(snapshot, snapshot.updates, quarterOptions(2026, 3), testMeta());
    REQUIRE(model.institution == QStringLiteral("Ministerio del Ambiente"));
    REQUIRE(model.logo == snapshot.settings.logo);
    REQUIRE(model.atRiskGap == 12.5);
    REQUIRE(model.lateGap == 25);
    REQUIRE(model.meta.reviewedBy == QStringLiteral("Revisora Flores"));
}
