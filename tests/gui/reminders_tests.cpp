// The window's "To do" dock and its acting user.
#include "core/reminders.h"
#include "gui/activities/activities_table_model.h"
#include "gui/activities/activities_view.h"
#include "gui/activities/activity_filter_proxy.h"
#include "gui/document/acting_user.h"
#include "gui/main_window.h"
#include "gui/review/reminders_panel.h"
#include "gui/review/review_view.h"
#include "gui/strategy/strategy_browser.h"
#include "gui_fixtures.h"

#include <QDockWidget>
#include <QLabel>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace pml;
using namespace pml::test;

TEST_CASE("reminders list what needs doing and each entry opens its place", "[reminders][window]")
{
    TempTracker tracker;
    MainWindow window;
    window.resize(1200, 800);
    window.openTracker(tracker.path);
    window.show();
    TrackerDocument* document = window.document();
    REQUIRE(document != nullptr);
    REQUIRE(window.remindersDock()->isVisible());
    RemindersPanel* panel = window.reminders();
    REQUIRE(panel != nullptr);

    // The core's list, as of today.
    const QDate today = document->today();
    const QList<Reminder> expected =
        reminders(document->snapshot(), document->progress(), {}, today);
    REQUIRE(panel->reminders().size() == expected.size());
    QTreeWidget* tree = panel->tree();
    REQUIRE(tree->topLevelItem(0)->text(0) == expected.first().text); // days left, first
    const int lines = int(document->snapshot().strategy.lines.size());
    REQUIRE(std::count_if(expected.cbegin(), expected.cend(), [](const Reminder& r) {
                return r.kind == Reminder::Kind::NotSubmitted;
            }) == lines);

    // A line not yet submitted opens the review page on that line's quarter (Enter).
    QTreeWidgetItem* notSubmitted = panel->firstEntry(Reminder::Kind::NotSubmitted);
    REQUIRE(notSubmitted != nullptr);
    const int line = notSubmitted->data(0, RemindersPanel::LineRole).toInt();
    tree->setFocus();
    tree->setCurrentItem(notSubmitted);
    QTest::keyClick(tree, Qt::Key_Return);
    REQUIRE(window.pages()->currentIndex() == MainWindow::ReviewPage);
    auto* review = qobject_cast<ReviewView*>(window.page(MainWindow::ReviewPage));
    REQUIRE(review->quarter() == quarterOf(today).previous());
    REQUIRE(review->line() == line);

    // An activity not updated this quarter opens in the strategy page.
    QTreeWidgetItem* notUpdated = panel->firstEntry(Reminder::Kind::NotUpdated);
    REQUIRE(notUpdated != nullptr);
    const QString code = notUpdated->data(0, RemindersPanel::ActivityRole).toString();
    panel->activate(notUpdated);
    REQUIRE(window.pages()->currentIndex() == MainWindow::StrategyPage);
    auto* browser = qobject_cast<StrategyBrowser*>(window.page(MainWindow::StrategyPage));
    REQUIRE(browser->currentItem() == ItemRef::activity(code));

    // The days left lead to every activity not updated since the quarter began.
    panel->activate(tree->topLevelItem(0));
    REQUIRE(window.pages()->currentIndex() == MainWindow::ActivitiesPage);
    auto* activities = qobject_cast<ActivitiesView*>(window.page(MainWindow::ActivitiesPage));
    REQUIRE(activities->filter().notUpdatedSince == quarterOf(today).firstDay());

    // Updating the activity takes it off the list.
    REQUIRE(document->recordUpdates({updateRequest(code, Status::InProgress, 10)}).done());
    REQUIRE(std::none_of(panel->reminders().cbegin(), panel->reminders().cend(),
                         [&](const Reminder& r) { return r.activity == code; }));
}

TEST_CASE("the Activities filter a reminder opens lists exactly the reminder's activities",
          "[reminders][window]")
{
    TempTracker tracker;
    MainWindow window;
    window.openTracker(tracker.path);
    TrackerDocument* document = window.document();
    REQUIRE(document != nullptr);
    // Finished, cancelled and not yet due activities have no reminder, whenever their
    // last update: the filter must leave them out too.
    const QDate lastQuarterEnd = quarterOf(document->today()).previous().lastDay();
    REQUIRE(document
                ->recordUpdates({updateRequest(QStringLiteral("14.C1"), Status::Completed, 100),
                                 updateRequest(QStringLiteral("14.C2"), Status::Cancelled, {})})
                .done());
    UpdateRequest early = updateRequest(QStringLiteral("6.C1"), Status::Completed, 100);
    early.effectiveDate = lastQuarterEnd;
    REQUIRE(document->recordUpdates({early}).done());
    const QList<Reminder> all =
        reminders(document->snapshot(), document->progress(), {}, document->today());
    QStringList expected;
    for (const Reminder& r : all) {
        if (r.kind == Reminder::Kind::NotUpdated)
            expected << r.activity;
    }
    REQUIRE_FALSE(expected.isEmpty());
    CHECK_FALSE(expected.contains(QStringLiteral("6.C1")));

    RemindersPanel* panel = window.reminders();
    panel->activate(panel->tree()->topLevelItem(0)); // the days left: every one not updated
    auto* activities = qobject_cast<ActivitiesView*>(window.page(MainWindow::ActivitiesPage));
    REQUIRE(activities != nullptr);
    ActivityFilterProxy* proxy = activities->proxy();
    QStringList shown;
    for (int row = 0; row < proxy->rowCount(); ++row)
        shown << proxy->index(row, 0).data(ActivitiesTableModel::CodeRole).toString();
    std::sort(expected.begin(), expected.end());
    std::sort(shown.begin(), shown.end());
    REQUIRE(shown == expected);
}

TEST_CASE("the window acts as the --user person and shows them in the status bar",
          "[window][people]")
{
    TempTracker tracker;
    {
        auto store = openTrackerFile(tracker.path);
        store->addPerson(QStringLiteral("Rosa Huamán"), {Role::Reviewer});
    }
    struct ForgetSessionUser {
        ~ForgetSessionUser() { setSessionUser({}); }
    } forget;
    setSessionUser(QStringLiteral("Rosa Huamán"));
    MainWindow window;
    window.openTracker(tracker.path);
    REQUIRE(window.document()->userName() == QStringLiteral("Rosa Huamán"));
    REQUIRE(storeOf(*window.document()).actingUser() == QStringLiteral("Rosa Huamán"));
    auto* user = window.findChild<QLabel*>(QStringLiteral("actingUser"));
    REQUIRE(user != nullptr);
    REQUIRE(user->text() == QStringLiteral("User: Rosa Huamán (reviewer)"));
    // A reviewer records nothing: the store's refusal names the role.
    const EditResult refused = window.document()->recordUpdates(
        {updateRequest(QStringLiteral("14.C1"), Status::InProgress, 10)});
    REQUIRE(refused.refusal.contains(QStringLiteral("needs the monitor role")));
}
