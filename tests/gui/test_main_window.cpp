#include "core/clock.h"
#include "gui/as_of_toolbar.h"
#include "gui/document/document_loader.h"
#include "gui/main_window.h"
#include "gui/widgets/message_banner.h"
#include "gui_fixtures.h"

#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>

#include <catch2/catch.hpp>

using namespace pml;
using namespace pml::test;

TEST_CASE("the window opens the bundled tracker with its six pages", "[window]")
{
    TempTracker tracker;
    MainWindow window;
    QSignalSpy changed(&window, &MainWindow::documentChanged);
    window.openTracker(tracker.path);
    REQUIRE(changed.count() == 1);
    REQUIRE(window.document() != nullptr);
    REQUIRE(window.document()->snapshot().strategy.activities.size() == 97);
    REQUIRE(window.windowFilePath() == tracker.path);
    // Strategy, activities, dashboard, actors, review, audit and people.
    REQUIRE(window.pages()->count() == 7);
    REQUIRE(MainWindow::PageCount == 7);
    REQUIRE(window.pages()->tabText(MainWindow::StrategyPage) == QStringLiteral("Strategy"));
    window.show();
    window.showPage(MainWindow::DashboardPage);
    REQUIRE(window.pages()->currentIndex() == MainWindow::DashboardPage);
}

TEST_CASE("the window's undo action withdraws an update, redo restores it", "[window][undo]")
{
    TempTracker tracker;
    MainWindow window;
    window.openTracker(tracker.path);
    TrackerDocument* document = window.document();
    REQUIRE_FALSE(window.undoAction()->isEnabled());
    REQUIRE(
        document->recordUpdates({updateRequest(QStringLiteral("14.C1"), Status::InProgress, 50)})
            .done());
    REQUIRE(window.undoAction()->isEnabled());
    REQUIRE(window.undoAction()->text().contains(QStringLiteral("14.C1")));
    window.undoAction()->trigger();
    REQUIRE(document->progress().activities.value(QStringLiteral("14.C1")).percent == 0);
    REQUIRE(storeOf(*document).history(QStringLiteral("14.C1")).first().withdrawn);
    REQUIRE(window.redoAction()->isEnabled());
    window.redoAction()->trigger();
    REQUIRE(document->progress().activities.value(QStringLiteral("14.C1")).percent == 50);

    // Looking at a past date disables editing, undo included.
    window.asOfToolBar()->dateEdit()->setDate(pml::today().addMonths(-3));
    REQUIRE(document->asOf() == pml::today().addMonths(-3));
    REQUIRE_FALSE(window.undoAction()->isEnabled());
    window.asOfToolBar()->todayAction()->trigger();
    REQUIRE(document->asOf() == pml::today());
    REQUIRE(window.undoAction()->isEnabled());
}

TEST_CASE("a read-only window refuses edits", "[window][read-only]")
{
    TempTracker tracker;
    MainWindow window;
    window.openTracker(tracker.path, OpenMode::ReadOnly);
    TrackerDocument* document = window.document();
    REQUIRE(document->isReadOnly());
    REQUIRE_FALSE(document->canEdit());
    REQUIRE(window.windowTitle().contains(QStringLiteral("read-only")));
    auto* notice = window.statusBar()->findChild<QLabel*>(QStringLiteral("readOnlyNotice"));
    REQUIRE(notice != nullptr);
    REQUIRE_FALSE(notice->isHidden());
    REQUIRE_FALSE(
        document->recordUpdates({updateRequest(QStringLiteral("14.C1"), Status::Completed, {})})
            .done());
    REQUIRE_FALSE(window.undoAction()->isEnabled());
    REQUIRE(storeOf(*document).history().isEmpty());
}

TEST_CASE("a file the user cannot write opens read-only with a notice", "[window][read-only]")
{
    TempTracker tracker;
    QFile::setPermissions(tracker.path, QFile::ReadOwner | QFile::ReadUser);
    if (QFileInfo(tracker.path).isWritable()) {
        WARN("not checked: running with privileges that ignore file permissions");
        return;
    }
    MainWindow window;
    window.openTracker(tracker.path);
    REQUIRE(window.document() != nullptr);
    REQUIRE(window.document()->isReadOnly());
    auto* notice = window.statusBar()->findChild<QLabel*>(QStringLiteral("readOnlyNotice"));
    REQUIRE(notice->text().contains(QStringLiteral("permission")));
    QFile::setPermissions(tracker.path, QFile::ReadOwner | QFile::WriteOwner);
}

TEST_CASE("a big tracker opens in the background, the window stays usable", "[window][background]")
{
    TempTracker tracker;
    MainWindow window;
    window.loader()->setBackgroundSize(0); // treat the file as big
    QSignalSpy changed(&window, &MainWindow::documentChanged);
    window.openTracker(tracker.path);
    REQUIRE(changed.isEmpty()); // not yet: the worker reads it
    REQUIRE(window.loader()->isLoading());
    REQUIRE(waitFor([&] { return !changed.isEmpty(); }));
    REQUIRE(window.document()->snapshot().strategy.activities.size() == 97);
    REQUIRE(window.document()->canEdit());
}

TEST_CASE("a missing file is reported and the window stays as it was", "[window]")
{
    TempTracker tracker;
    MainWindow window;
    window.openTracker(tracker.path);
    TrackerDocument* before = window.document();
    window.openTracker(tracker.dir.filePath(QStringLiteral("missing.sqlite")));
    REQUIRE(window.document() == before);
    REQUIRE_FALSE(window.statusBar()->currentMessage().isEmpty());
}

TEST_CASE("the size the tracker reports decides the background load", "[window][background]")
{
    TempTracker tracker;
    const qint64 stored = openTrackerFile(tracker.path, OpenMode::ReadOnly)->storedBytes();
    MainWindow window;
    window.loader()->setBackgroundSize(stored - 1); // one byte less than it holds
    window.openTracker(tracker.path);
    REQUIRE(window.loader()->isLoading());
    REQUIRE(waitFor([&] { return window.document() != nullptr; }));
    window.loader()->setBackgroundSize(stored);
    window.openTracker(tracker.path);
    CHECK_FALSE(window.loader()->isLoading()); // loaded at once
}

TEST_CASE("a server address or a bad one is refused with a sentence", "[window]")
{
    TempTracker tracker;
    MainWindow window;
    window.openTracker(tracker.path);
    TrackerDocument* before = window.document();
    window.openTracker(QStringLiteral("postgresql://ana:secreto@db.example/pml"));
    CHECK(window.document() == before);
    CHECK(window.statusBar()->currentMessage().contains("password"));
    CHECK_FALSE(window.statusBar()->currentMessage().contains("secreto"));
    window.openTracker(QStringLiteral("postgresql://ana@db.example/pml"));
    CHECK(window.document() == before);
    CHECK(window.statusBar()->currentMessage().contains("db.example"));
}

TEST_CASE("a tracker changed outside the program opens read-only under a red banner",
          "[window][tamper]")
{
    TempTracker tracker;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "tamper");
        db.setDatabaseName(tracker.path);
        REQUIRE(db.open());
        QSqlQuery(db).exec(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
        db.close();
    }
    QSqlDatabase::removeDatabase("tamper");
    MainWindow window;
    window.openTracker(tracker.path);
    REQUIRE(window.document());
    auto* banner = window.findChild<MessageBanner*>(QStringLiteral("tamperBanner"));
    REQUIRE(banner);
    CHECK(!banner->isHidden());
    CHECK(banner->kind() == MessageBanner::Kind::Error);
    CHECK(banner->text().contains("audit_log_no_delete"));
    CHECK(window.document()->isReadOnly());
    CHECK_FALSE(window.document()->canEdit());
}
