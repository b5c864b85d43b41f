// Every page of the main window fits a laptop's 1366×768 screen, in Spanish (the longer
// language) and English: no button, field or column header is clipped, squeezed below
// what it needs, or reachable only by scrolling sideways.
#include "core/clock.h"
#include "gui/document/acting_user.h"
#include "gui/main_window.h"
#include "gui/review/review_view.h"
#include "gui_fixtures.h"
#include "i18n/i18n.h"
#include "layout_probe.h"
#include "sample_history.h"

#include <QDockWidget>
#include <QSettings>
#include <QTabWidget>

#include <catch2/catch.hpp>

using namespace pml;
using namespace pml::test;

namespace {

// The window sizes to fit: maximised on a 1366×768 screen, and the size the window takes
// on first start there (85% of the screen's area left by a 28-pixel panel).
const QSize maximised(1366, 768);
const QSize firstStart(1161, 629);

QStringList layoutProblems(MainWindow& window)
{
    QStringList problems;
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        window.showPage(MainWindow::Page(page));
        settleLayout();
        problems += clippedControls(window.pages()->currentWidget(),
                                    window.pages()->tabText(page).remove(QLatin1Char('&')));
    }
    problems +=
        clippedControls(window.remindersDock()->widget(), window.remindersDock()->windowTitle());
    return problems;
}

} // namespace

TEST_CASE("every page fits a 1366x768 screen with the to-do dock open", "[layout]")
{
    TempTracker tracker;
    REQUIRE(recordSampleHistory(tracker.path));
    const auto language = GENERATE(QStringLiteral("es"), QStringLiteral("en"));
    const QSize size = GENERATE(maximised, firstStart);
    REQUIRE(installTranslations(language));
    setSessionUser(sampleReviewer());
    QSettings().clear(); // as on first start: no sizes remembered from other tests
    {
        MainWindow window;
        window.resize(size);
        window.openTracker(tracker.path);
        window.show();
        REQUIRE(waitFor([&] { return window.document() != nullptr; }));
        REQUIRE(window.remindersDock()->isVisible());
        // The line under review, with its narrative, updates and evidence.
        auto* review = qobject_cast<ReviewView*>(window.page(MainWindow::ReviewPage));
        review->showLineQuarter(quarterOf(pml::today()).previous(), 1);

        const QStringList problems = layoutProblems(window);
        INFO(language.toStdString() << " at " << size.width() << "x" << size.height() << ":\n"
                                    << problems.join(QLatin1Char('\n')).toStdString());
        CHECK(problems.isEmpty());
    }
    setSessionUser({});
    installTranslations(QStringLiteral("en"));
}
