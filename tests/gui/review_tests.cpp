// The review page: the quarterly cycle as a monitor and a reviewer see it.
#include "core/clock.h"
#include "core/review.h"
#include "counting_store.h"
#include "gui/activities/activities_view.h"
#include "gui/review/evidence_panel.h"
#include "gui/review/reminders_panel.h"
#include "gui/review/review_figures.h"
#include "gui/review/review_presenter.h"
#include "gui/review/review_view.h"
#include "gui/strategy/activity_detail.h"
#include "gui/strategy/history_view.h"
#include "gui/strategy/strategy_browser.h"
#include "gui/widgets/message_banner.h"
#include "gui/widgets/schedule_style.h"
#include "gui_fixtures.h"

#include <QDateEdit>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QtTest/QTest>

#include <algorithm>
#include <catch2/catch.hpp>

using namespace pml;
using namespace pml::test;

namespace {

const QString monitor = QStringLiteral("Ana Quispe");
const QString reviewer = QStringLiteral("Rosa Huamán");
const QString note = QStringLiteral("Falta la evidencia del taller de Piura");

// A tracker with a monitor and a reviewer; the page opens on the quarter just ended.
struct ReviewFixture {
    TempTracker tracker;
    std::unique_ptr<TrackerDocument> document = tracker.open();
    Quarter quarter = quarterOf(pml::today()).previous();
    ReviewFixture()
    {
        addPerson(*document, monitor, {Role::Monitor});
        addPerson(*document, reviewer, {Role::Reviewer});
        document->setUserName(monitor);
    }
    QString activityOfLine(int line) const
    {
        const Strategy& s = document->snapshot().strategy;
        for (const Activity& a : s.activities) {
            if (s.lineOfActivity(a) == line)
                return a.code;
        }
        return {};
    }
};

} // namespace

TEST_CASE("the review cycle: submit, return with a note, resubmit, approve", "[review]")
{
    ReviewFixture f;
    REQUIRE(f.document
                ->recordUpdates({UpdateRequest{f.activityOfLine(1),
                                               f.quarter.firstDay().addDays(5),
                                               Status::InProgress,
                                               40,
                                               QStringLiteral("taller"),
                                               {}}})
                .done());
    ReviewPresenter page(f.document.get());
    page.setTarget(f.quarter, 1);
    REQUIRE(page.state() == ReviewState::Open);

    // The figures to be frozen are the engine's as of the quarter's last day.
    page.requestFigures();
    REQUIRE(page.figures().has_value());
    const Snapshot snapshot = storeOf(*f.document).loadSnapshotAt({f.quarter.lastDay()});
    const Progress end = computeProgress(snapshot, f.quarter.lastDay());
    REQUIRE(page.figures()->end.lines.value(1) == end.lines.value(1));
    REQUIRE(page.figures()->updates.size() == 1);

    // The monitor may submit; approving needs the reviewer role, and the tooltip says so.
    REQUIRE(page.step(ReviewAction::Submit).enabled);
    REQUIRE_FALSE(page.step(ReviewAction::Approve).enabled);
    REQUIRE(page.step(ReviewAction::Approve).toolTip.contains(QStringLiteral("reviewer role")));

    // An empty narrative is refused by the core's rule; nothing is recorded.
    const ReviewPresenter::Outcome empty = page.act(ReviewAction::Submit, {}, {});
    REQUIRE_FALSE(empty.done);
    REQUIRE(empty.completeNarrative);
    REQUIRE_FALSE(empty.message.isEmpty());
    REQUIRE(page.state() == ReviewState::Open);
    Narrative narrative;
    narrative.achievements = QStringLiteral("Talleres en tres regiones");
    narrative.nextSteps = QStringLiteral("Publicar la guía");
    REQUIRE(page.act(ReviewAction::Submit, {}, narrative).done);
    REQUIRE(page.state() == ReviewState::Submitted);
    REQUIRE(storeOf(*f.document).reviewTransitions(f.quarter, 1).size() == 1);
    REQUIRE(page.historyHtml().contains(monitor));
    REQUIRE(page.historyHtml().contains(QStringLiteral("Talleres en tres regiones")));
    REQUIRE_FALSE(page.step(ReviewAction::Submit).enabled);

    // The reviewer returns it; a return needs a note.
    f.document->setUserName(reviewer);
    REQUIRE(page.step(ReviewAction::Approve).enabled);
    REQUIRE(page.step(ReviewAction::Return).enabled);
    REQUIRE_FALSE(page.step(ReviewAction::Submit).enabled);
    REQUIRE(page.step(ReviewAction::Submit).toolTip.contains(QStringLiteral("monitor role")));
    const ReviewPresenter::Outcome noNote = page.act(ReviewAction::Return, {}, {});
    REQUIRE_FALSE(noNote.done);
    REQUIRE_FALSE(noNote.completeNarrative); // the note is what is missing
    REQUIRE(page.state() == ReviewState::Submitted);
    REQUIRE(page.act(ReviewAction::Return, note, {}).done);
    REQUIRE(page.state() == ReviewState::Returned);
    REQUIRE(page.historyHtml().contains(note));

    // The monitor sees the note on the page and in the reminders.
    f.document->setUserName(monitor);
    REQUIRE(page.returnedNote().contains(note));
    REQUIRE(page.returnedNote().contains(reviewer));
    RemindersPanel reminders(f.document.get());
    QTreeWidgetItem* returned = reminders.firstEntry(Reminder::Kind::Returned);
    REQUIRE(returned != nullptr);
    REQUIRE(returned->text(0).contains(note));

    // Resubmitting starts from the narrative submitted before.
    narrative = page.startingNarrative();
    REQUIRE(narrative.achievements == QStringLiteral("Talleres en tres regiones"));
    narrative.difficulties = QStringLiteral("Evidencia de Piura añadida");
    REQUIRE(page.act(ReviewAction::Submit, {}, narrative).done);
    REQUIRE(page.state() == ReviewState::Submitted);
    REQUIRE(page.returnedNote().isEmpty());
    REQUIRE(reminders.firstEntry(Reminder::Kind::Returned) == nullptr);
    REQUIRE(reminders.firstEntry(Reminder::Kind::AwaitingReview) != nullptr);

    // Approval freezes the line's quarter: an update effective in it is refused.
    f.document->setUserName(reviewer);
    REQUIRE(page.act(ReviewAction::Approve, {}, {}).done);
    REQUIRE(page.state() == ReviewState::Approved);
    REQUIRE(storeOf(*f.document).frozenLine(f.quarter, 1).has_value());
    REQUIRE(page.step(ReviewAction::Reopen).enabled);
    REQUIRE_FALSE(page.step(ReviewAction::Approve).enabled);
    REQUIRE(storeOf(*f.document).reviewTransitions(f.quarter, 1).size() == 4);
    f.document->setUserName(monitor);
    const EditResult locked = f.document->recordUpdates(
        {UpdateRequest{f.activityOfLine(1), f.quarter.lastDay(), Status::InProgress, 60, {}, {}}});
    REQUIRE_FALSE(locked.done());
    // In the window the refusal names the quarter as the window does, and the page to
    // reopen it on, never a command.
    REQUIRE(locked.refusal.contains(quarterText(f.quarter)));
    REQUIRE(locked.refusal.contains(QStringLiteral("Review page")));
    REQUIRE_FALSE(locked.refusal.contains(QStringLiteral("--quarter")));
    REQUIRE_FALSE(locked.refusal.contains(f.quarter.lastDay().toString(Qt::ISODate)));
}

TEST_CASE("the review page draws its presenter: buttons, fields, figures and messages", "[review]")
{
    ReviewFixture f;
    ReviewView view(f.document.get());
    view.resize(1280, 900);
    view.show();
    REQUIRE(view.quarter() == f.quarter);
    REQUIRE(view.line() == 1);
    ReviewPresenter* page = view.presenter();
    REQUIRE(page->quarter() == f.quarter);
    const auto button = [&](const char* name) {
        return view.findChild<QPushButton*>(QLatin1String(name));
    };
    const std::pair<const char*, ReviewAction> buttons[] = {
        {"submitQuarter", ReviewAction::Submit},
        {"approveQuarter", ReviewAction::Approve},
        {"returnQuarter", ReviewAction::Return},
        {"reopenQuarter", ReviewAction::Reopen}};
    for (const auto& [name, action] : buttons) {
        REQUIRE(button(name)->isEnabled() == page->step(action).enabled);
        REQUIRE(button(name)->toolTip() == page->step(action).toolTip);
    }
    auto* figures = view.findChild<QTableWidget*>(QStringLiteral("reviewFigures"));
    REQUIRE(figures != nullptr);
    REQUIRE(figures->item(0, 0)->text() == QStringLiteral("Line 1"));
    REQUIRE(figures->item(0, 3)->text() ==
            formatPercent(page->figures()->end.lines.value(1).actual));

    // A refused step shows the core's sentence in the page's banner.
    auto* message = view.findChild<MessageBanner*>(QStringLiteral("reviewMessage"));
    REQUIRE_FALSE(message->isVisibleTo(&view));
    button("submitQuarter")->click();
    REQUIRE(message->isVisibleTo(&view));
    REQUIRE(message->kind() == MessageBanner::Kind::Error);
    view.findChild<QPlainTextEdit*>(QStringLiteral("achievements"))
        ->setPlainText(QStringLiteral("Avance"));
    button("submitQuarter")->click();
    REQUIRE(view.state() == ReviewState::Submitted);
    REQUIRE(message->kind() == MessageBanner::Kind::Info);
    REQUIRE(view.findChild<QTextBrowser*>(QStringLiteral("reviewHistory"))
                ->toPlainText()
                .contains(monitor));
}

TEST_CASE("a reviewer-only user cannot record but can approve; refusals name the role",
          "[review][people]")
{
    ReviewFixture f;
    const QString activity = f.activityOfLine(1);
    f.document->setUserName(reviewer);
    REQUIRE(f.document->actingRoles() == QList<Role>{Role::Reviewer});

    // The activity's form is disabled, and the page says which role is needed.
    StrategyBrowser browser(f.document.get());
    browser.showItem(ItemRef::activity(activity));
    auto* record =
        browser.activityDetail()->findChild<QPushButton*>(QStringLiteral("recordButton"));
    REQUIRE(record != nullptr);
    REQUIRE_FALSE(record->isEnabled());
    auto* notice = browser.activityDetail()->findChild<QLabel*>(QStringLiteral("editNotice"));
    REQUIRE(notice->text().contains(QStringLiteral("monitor role")));

    // The store refuses anyway, with the role in its message; the view shows it without
    // waiting (a modal box would block).
    const EditResult refused =
        f.document->recordUpdates({updateRequest(activity, Status::InProgress, 10)});
    REQUIRE_FALSE(refused.done());
    REQUIRE(refused.refusal ==
            QStringLiteral("%1 cannot record updates: that needs the monitor role, and %1 has "
                           "not got it.")
                .arg(reviewer));
    ActivitiesView activities(f.document.get());
    activities.recordForSelection({updateRequest(activity, Status::InProgress, 10)});
    auto* box = activities.findChild<QMessageBox*>(QStringLiteral("refusalBox"));
    REQUIRE(box != nullptr);
    REQUIRE(box->text() == refused.refusal);
    box->close();

    // Submitting needs the monitor role; approving is offered once submitted.
    ReviewPresenter page(f.document.get());
    page.setTarget(f.quarter, 1);
    REQUIRE_FALSE(page.step(ReviewAction::Submit).enabled);
    REQUIRE(page.step(ReviewAction::Submit).toolTip.contains(QStringLiteral("monitor role")));
    REQUIRE_FALSE(page.narrativeEditable());
    REQUIRE_FALSE(page.step(ReviewAction::Approve).enabled); // nothing submitted yet
    f.document->setUserName(monitor);
    REQUIRE(page.narrativeEditable());
    REQUIRE_FALSE(page.reviewTextEditable());
    Narrative narrative;
    narrative.achievements = QStringLiteral("Avance");
    REQUIRE(page.act(ReviewAction::Submit, {}, narrative).done);
    REQUIRE(page.state() == ReviewState::Submitted);
    f.document->setUserName(reviewer);
    REQUIRE(page.step(ReviewAction::Approve).enabled);
    REQUIRE(page.act(ReviewAction::Approve, {}, {}).done);
    REQUIRE(page.state() == ReviewState::Approved);
    // Reopening needs a reason.
    REQUIRE_FALSE(page.act(ReviewAction::Reopen, {}, {}).done);
    REQUIRE(page.state() == ReviewState::Approved);
    REQUIRE(page.act(ReviewAction::Reopen, QStringLiteral("Cifra corregida por la DGCA"), {}).done);
    REQUIRE(page.state() == ReviewState::Open);
}

TEST_CASE("the current quarter cannot be submitted before it ends", "[review]")
{
    ReviewFixture f;
    ReviewView view(f.document.get());
    view.showLineQuarter(quarterOf(pml::today()), 2);
    REQUIRE(view.line() == 2);
    REQUIRE(view.quarter() == quarterOf(pml::today()));
    const ReviewPresenter::Step submit = view.presenter()->step(ReviewAction::Submit);
    REQUIRE_FALSE(submit.enabled);
    REQUIRE(submit.toolTip.contains(quarterText(quarterOf(pml::today()))));
    REQUIRE(submit.toolTip.at(0).isUpper()); // a sentence, as every message
    REQUIRE(submit.toolTip.endsWith(QLatin1Char('.')));
}

TEST_CASE("big trackers compute the review figures in a worker thread", "[review][big]")
{
    ReviewFixture f;
    f.document->setBackgroundThreshold(0); // as for a big tracker
    REQUIRE(f.document->computesInBackground());
    ReviewPresenter page(f.document.get());
    page.setTarget(f.quarter, 1);
    REQUIRE(page.state() == ReviewState::Open); // the cycle itself is read at once
    page.requestFigures();
    REQUIRE_FALSE(page.figures().has_value()); // under way
    const Snapshot snapshot = storeOf(*f.document).loadSnapshotAt({f.quarter.lastDay()});
    const Progress end = computeProgress(snapshot, f.quarter.lastDay());
    REQUIRE(waitFor([&] { return page.figures().has_value(); }));
    REQUIRE(page.figures()->end.lines.value(1) == end.lines.value(1));
}

TEST_CASE("the review figures are the engine's, read from the line's activities only", "[review]")
{
    ReviewFixture f;
    const QString ofLine1 = f.activityOfLine(1);
    const QString ofLine2 = f.activityOfLine(2);
    const QDate earlier = f.quarter.previous().firstDay().addDays(10);
    const QDate during = f.quarter.firstDay().addDays(10);
    REQUIRE(f.document
                ->recordUpdates({UpdateRequest{ofLine1, earlier, Status::InProgress, 20, {}, {}},
                                 UpdateRequest{ofLine1, during, Status::InProgress, 50, {}, {}},
                                 UpdateRequest{ofLine2, during, Status::InProgress, 70, {}, {}}})
                .done());
    CountingStore counting(openTrackerFile(f.tracker.path, OpenMode::ReadOnly));
    const QuarterFigures figures =
        quarterFigures(TrackerReader(counting), f.document->latestSnapshot(), f.quarter, 1);
    REQUIRE(figures.error.isEmpty());

    // The engine over the whole tracker gives the same figures for the line.
    const QDate end = f.quarter.lastDay();
    const QDate before = f.quarter.previous().lastDay();
    const Snapshot whole = openTrackerFile(f.tracker.path)->loadSnapshotAt({end, before});
    const Progress engineEnd = computeProgress(whole, end);
    const Progress engineBefore = computeProgress(whole, before);
    REQUIRE(figures.end.lines.value(1) == engineEnd.lines.value(1));
    REQUIRE(figures.before.lines.value(1) == engineBefore.lines.value(1));
    for (const BarrierGroup* g : whole.strategy.groupsOfLine(1)) {
        REQUIRE(figures.end.groups.value(g->code) == engineEnd.groups.value(g->code));
        REQUIRE(figures.before.groups.value(g->code) == engineBefore.groups.value(g->code));
        for (const Objective* o : whole.strategy.objectivesOfGroup(g->code)) {
            REQUIRE(figures.end.objectives.value(o->number) ==
                    engineEnd.objectives.value(o->number));
        }
    }
    REQUIRE(figures.end.lines.value(1).actual > figures.before.lines.value(1).actual);
    REQUIRE(figures.updates.size() == 1); // line 1's update effective in the quarter

    // Of the history, only the updates in force of the line's activities were read.
    const QStringList ofLine = activitiesOfLineFigures(whole.strategy, 1);
    REQUIRE(ofLine.contains(ofLine1));
    REQUIRE(ofLine.size() < whole.strategy.activities.size());
    REQUIRE(counting.snapshotReads.isEmpty());
    REQUIRE(counting.historyReads == 0);
    REQUIRE(counting.inForceReads.size() == 2);
    for (const CountingStore::InForceRead& read : counting.inForceReads) {
        REQUIRE(read.activities == ofLine);
        REQUIRE_FALSE(read.activities.contains(ofLine2));
    }
}

TEST_CASE("the review page reads again only when an edit changes the line it shows", "[review]")
{
    TempTracker tracker;
    auto store = std::make_unique<CountingStore>(openTrackerFile(tracker.path));
    CountingStore* reads = store.get();
    TrackerDocument document(std::move(store));
    actAs(document, monitor, {Role::Monitor});
    ReviewView view(&document);
    view.show();
    REQUIRE(view.line() == 1);
    const QDate quarterEnd = view.quarter().lastDay();
    const auto figureReads = [&] {
        return std::count_if(
            reads->inForceReads.cbegin(), reads->inForceReads.cend(),
            [&](const CountingStore::InForceRead& r) { return r.date == quarterEnd; });
    };
    const auto first = figureReads();
    REQUIRE(first > 0);

    const Strategy& strategy = document.snapshot().strategy;
    const QStringList ofLine1 = activitiesOfLineFigures(strategy, 1);
    QString elsewhere;
    for (const Activity& a : strategy.activities) {
        if (!ofLine1.contains(a.code)) {
            elsewhere = a.code;
            break;
        }
    }
    REQUIRE_FALSE(elsewhere.isEmpty());
    REQUIRE(document.recordUpdates({updateRequest(elsewhere, Status::InProgress, 30)}).done());
    REQUIRE(figureReads() == first);
    REQUIRE(
        document.recordUpdates({updateRequest(ofLine1.first(), Status::InProgress, 30)}).done());
    REQUIRE(figureReads() > first);
}

TEST_CASE("evidence controls are disabled, saying why, once the quarter is submitted or its "
          "update's quarter approved",
          "[review][evidence]")
{
    ReviewFixture f;
    REQUIRE(f.document
                ->recordUpdates({UpdateRequest{
                    f.activityOfLine(1), f.quarter.firstDay(), Status::InProgress, 20, {}, {}}})
                .done());
    ReviewView view(f.document.get());
    EvidencePanel* panel = view.evidencePanel();
    view.showLineQuarter(f.quarter, 1);
    QTRY_VERIFY(panel->target().quarter.has_value());
    QTRY_VERIFY(panel->addFileButton()->isEnabled());
    ReviewPresenter* page = view.presenter();
    REQUIRE(page->act(ReviewAction::Submit, {}, Narrative{QStringLiteral("Avance"), {}, {}}).done);
    view.refresh();
    QTRY_VERIFY(!panel->addLinkButton()->isEnabled());
    CHECK_FALSE(panel->addFileButton()->isEnabled());
    CHECK(panel->addLinkButton()->toolTip().contains(quarterText(f.quarter)));
    CHECK(panel->addLinkButton()->toolTip().contains(QStringLiteral("open or returned")));

    // An update effective in an approved quarter: its evidence is frozen too.
    f.document->setUserName(reviewer);
    REQUIRE(page->act(ReviewAction::Approve, {}, {}).done);
    HistoryView history(f.document.get());
    history.setActivity(f.activityOfLine(1));
    QTreeWidget* tree = history.tree();
    REQUIRE(tree->topLevelItemCount() > 0);
    tree->setCurrentItem(tree->topLevelItem(tree->topLevelItemCount() - 1));
    CHECK_FALSE(history.evidencePanel()->addLinkButton()->isEnabled());
    CHECK(history.evidencePanel()->addLinkButton()->toolTip().contains(QStringLiteral("approved")));
}

TEST_CASE("approving asks first, saying what approval freezes", "[review]")
{
    ReviewFixture f;
    ReviewView view(f.document.get());
    view.showLineQuarter(f.quarter, 1);
    ReviewPresenter* page = view.presenter();
    REQUIRE(page->act(ReviewAction::Submit, {}, Narrative{QStringLiteral("Avance"), {}, {}}).done);
    f.document->setUserName(reviewer);
    view.refresh();
    QStringList asked;
    bool answer = false;
    view.setApprovalConfirmation([&](const QString& question) {
        asked << question;
        return answer;
    });
    view.approve();
    REQUIRE(asked.size() == 1);
    CHECK(asked.at(0).contains(quarterText(f.quarter)));
    CHECK(asked.at(0).contains(QStringLiteral("freezes")));
    CHECK(view.state() == ReviewState::Submitted); // declined: nothing recorded
    answer = true;
    view.approve();
    CHECK(view.state() == ReviewState::Approved);
}

TEST_CASE("the update form says before anything is typed that a date in an approved quarter is "
          "refused",
          "[review]")
{
    ReviewFixture f;
    const QString activity = f.activityOfLine(1);
    ReviewPresenter page(f.document.get());
    page.setTarget(f.quarter, 1);
    REQUIRE(page.act(ReviewAction::Submit, {}, Narrative{QStringLiteral("Avance"), {}, {}}).done);
    f.document->setUserName(reviewer);
    REQUIRE(page.act(ReviewAction::Approve, {}, {}).done);
    f.document->setUserName(monitor);

    StrategyBrowser browser(f.document.get());
    browser.showItem(ItemRef::activity(activity));
    auto* record =
        browser.activityDetail()->findChild<QPushButton*>(QStringLiteral("recordButton"));
    auto* date = browser.activityDetail()->findChild<QDateEdit*>(QStringLiteral("dateEdit"));
    REQUIRE(record);
    REQUIRE(date);
    REQUIRE(record->isEnabled()); // today: the current quarter is open
    date->setDate(f.quarter.lastDay());
    CHECK_FALSE(record->isEnabled());
    CHECK(record->toolTip().contains(quarterText(f.quarter)));
    CHECK(record->toolTip().contains(QStringLiteral("Review page")));
    date->setDate(f.document->today());
    CHECK(record->isEnabled());
}
