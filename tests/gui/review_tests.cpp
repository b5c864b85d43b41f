// The review page: the quarterly cycle as a monitor and a reviewer see it.
#include "core/clock.h"
#include "core/review.h"
#include "gui/activities/activities_view.h"
#include "gui/review/evidence_panel.h"
#include "gui/review/reminders_panel.h"
#include "gui/review/review_view.h"
#include "gui/strategy/activity_detail.h"
#include "gui/strategy/strategy_browser.h"
#include "gui/widgets/schedule_style.h"
#include "gui_fixtures.h"

#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>

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
    ReviewView view(f.document.get());
    view.resize(1280, 900);
    view.show();
    REQUIRE(view.quarter() == f.quarter);
    REQUIRE(view.line() == 1);
    REQUIRE(view.state() == ReviewState::Open);

    // The figures to be frozen are the engine's as of the quarter's last day.
    const Snapshot snapshot = f.document->store().loadSnapshotAt({f.quarter.lastDay()});
    const Progress end = computeProgress(snapshot, f.quarter.lastDay());
    REQUIRE(view.figuresTable()->item(0, 0)->text() == QStringLiteral("Line 1"));
    REQUIRE(view.figuresTable()->item(0, 3)->text() == formatPercent(end.lines.value(1).actual));
    REQUIRE(view.updatesTable()->rowCount() == 1);

    // The monitor may submit; approving needs the reviewer role, and the button says so.
    REQUIRE(view.submitButton()->isEnabled());
    REQUIRE_FALSE(view.approveButton()->isEnabled());
    REQUIRE(view.approveButton()->toolTip().contains(QStringLiteral("reviewer role")));

    // An empty narrative is refused by the core's rule; nothing is recorded.
    view.submit();
    REQUIRE(view.state() == ReviewState::Open);
    REQUIRE(view.messageLabel()->isVisibleTo(&view));
    view.achievementsEdit()->setPlainText(QStringLiteral("Talleres en tres regiones"));
    view.nextStepsEdit()->setPlainText(QStringLiteral("Publicar la guía"));
    view.submitButton()->click();
    REQUIRE(view.state() == ReviewState::Submitted);
    REQUIRE(f.document->store().reviewTransitions(f.quarter, 1).size() == 1);
    REQUIRE(view.historyText()->toPlainText().contains(monitor));
    REQUIRE(
        view.historyText()->toPlainText().contains(QStringLiteral("Talleres en tres regiones")));
    REQUIRE_FALSE(view.submitButton()->isEnabled());

    // The reviewer returns it; a return needs a note.
    f.document->setUserName(reviewer);
    REQUIRE(view.approveButton()->isEnabled());
    REQUIRE(view.returnButton()->isEnabled());
    REQUIRE_FALSE(view.submitButton()->isEnabled());
    REQUIRE(view.submitButton()->toolTip().contains(QStringLiteral("monitor role")));
    view.returnButton()->click();
    REQUIRE(view.state() == ReviewState::Submitted);
    view.reviewTextEdit()->setPlainText(note);
    view.returnButton()->click();
    REQUIRE(view.state() == ReviewState::Returned);
    REQUIRE(view.historyText()->toPlainText().contains(note));

    // The monitor sees the note on the page and in the reminders.
    f.document->setUserName(monitor);
    REQUIRE(view.returnedNote()->isVisibleTo(&view));
    REQUIRE(view.returnedNote()->text().contains(note));
    REQUIRE(view.returnedNote()->text().contains(reviewer));
    RemindersPanel reminders(f.document.get());
    QTreeWidgetItem* returned = reminders.firstEntry(Reminder::Kind::Returned);
    REQUIRE(returned != nullptr);
    REQUIRE(returned->text(0).contains(note));

    // Resubmitting starts from the narrative submitted before.
    REQUIRE(view.achievementsEdit()->toPlainText() == QStringLiteral("Talleres en tres regiones"));
    view.difficultiesEdit()->setPlainText(QStringLiteral("Evidencia de Piura añadida"));
    view.submit();
    REQUIRE(view.state() == ReviewState::Submitted);
    REQUIRE_FALSE(view.returnedNote()->isVisibleTo(&view));
    REQUIRE(reminders.firstEntry(Reminder::Kind::Returned) == nullptr);
    REQUIRE(reminders.firstEntry(Reminder::Kind::AwaitingReview) != nullptr);

    // Approval freezes the line's quarter: an update effective in it is refused.
    f.document->setUserName(reviewer);
    view.approve();
    REQUIRE(view.state() == ReviewState::Approved);
    REQUIRE(f.document->store().frozenLine(f.quarter, 1).has_value());
    REQUIRE(view.reopenButton()->isEnabled());
    REQUIRE_FALSE(view.approveButton()->isEnabled());
    REQUIRE(f.document->store().reviewTransitions(f.quarter, 1).size() == 4);
    f.document->setUserName(monitor);
    const EditResult locked = f.document->recordUpdates(
        {UpdateRequest{f.activityOfLine(1), f.quarter.lastDay(), Status::InProgress, 60, {}, {}}});
    REQUIRE_FALSE(locked.done());
    REQUIRE(locked.refusal.contains(f.quarter.key()));
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
    ReviewView view(f.document.get());
    REQUIRE_FALSE(view.submitButton()->isEnabled());
    REQUIRE(view.submitButton()->toolTip().contains(QStringLiteral("monitor role")));
    REQUIRE(view.achievementsEdit()->isReadOnly());
    REQUIRE_FALSE(view.approveButton()->isEnabled()); // nothing submitted yet
    f.document->setUserName(monitor);
    REQUIRE_FALSE(view.achievementsEdit()->isReadOnly());
    REQUIRE(view.reviewTextEdit()->isReadOnly());
    view.achievementsEdit()->setPlainText(QStringLiteral("Avance"));
    view.submit();
    REQUIRE(view.state() == ReviewState::Submitted);
    f.document->setUserName(reviewer);
    REQUIRE(view.approveButton()->isEnabled());
    view.approve();
    REQUIRE(view.state() == ReviewState::Approved);
    // Reopening needs a reason.
    view.reopen();
    REQUIRE(view.state() == ReviewState::Approved);
    view.reviewTextEdit()->setPlainText(QStringLiteral("Cifra corregida por la DGCA"));
    view.reopen();
    REQUIRE(view.state() == ReviewState::Open);
}

TEST_CASE("the current quarter cannot be submitted before it ends", "[review]")
{
    ReviewFixture f;
    ReviewView view(f.document.get());
    view.showLineQuarter(quarterOf(pml::today()), 2);
    REQUIRE(view.line() == 2);
    REQUIRE(view.quarter() == quarterOf(pml::today()));
    REQUIRE_FALSE(view.submitButton()->isEnabled());
    REQUIRE(view.submitButton()->toolTip().contains(quarterOf(pml::today()).key()));
}

TEST_CASE("big trackers compute the review figures in a worker thread", "[review][big]")
{
    ReviewFixture f;
    f.document->setBackgroundThreshold(0); // as for a big tracker
    REQUIRE(f.document->computesInBackground());
    ReviewView view(f.document.get());
    view.show();
    REQUIRE(view.state() == ReviewState::Open); // the cycle itself is read at once
    const Snapshot snapshot = f.document->store().loadSnapshotAt({f.quarter.lastDay()});
    const Progress end = computeProgress(snapshot, f.quarter.lastDay());
    REQUIRE(waitFor([&] { return view.figuresTable()->rowCount() > 0; }));
    REQUIRE(view.figuresTable()->item(0, 3)->text() == formatPercent(end.lines.value(1).actual));
}
