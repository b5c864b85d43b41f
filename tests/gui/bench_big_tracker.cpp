// Hidden measurement on a big tracker (e.g. 50,000 activities, 1,000,000 updates made
// with `pml-tracker-cli generate`): how long each step takes and the longest time the
// event loop was blocked meanwhile.
//   PML_BIG_TRACKER=big.sqlite pml_gui_tests "[.big]"
#include "core/clock.h"
#include "gui/as_of_toolbar.h"
#include "gui/document/document_loader.h"
#include "gui/main_window.h"
#include "gui_fixtures.h"

#include <QDateEdit>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTimer>

#include <catch2/catch.hpp>
#include <iostream>

using namespace pml;
using namespace pml::test;

namespace {

// Measures the longest gap between ticks of a 5 ms timer: how long the GUI froze.
class StallMeter {
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout,
                         [this] { m_longest = qMax(m_longest, m_clock.restart()); });
    }
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return qMax(m_longest, m_clock.elapsed());
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

void report(const char* step, qint64 total, qint64 stall)
{
    std::cout << step << ": " << total << " ms total, longest GUI stall " << stall << " ms\n";
}

} // namespace

TEST_CASE("a big tracker stays responsive", "[.big]")
{
    const QString file = qEnvironmentVariable("PML_BIG_TRACKER");
    REQUIRE_FALSE(file.isEmpty());
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    StallMeter meter;
    QElapsedTimer clock;

    QSignalSpy changed(&window, &MainWindow::documentChanged);
    QString failure;
    QObject::connect(window.loader(), &DocumentLoader::failed,
                     [&](const QString&, const QString& message) { failure = message; });
    meter.start();
    clock.start();
    window.openTracker(file);
    REQUIRE(waitFor([&] { return !changed.isEmpty() || !failure.isEmpty(); }, 600000));
    INFO(failure.toStdString());
    REQUIRE(failure.isEmpty());
    report("open (background load + compute, then pages built)", clock.elapsed(), meter.stop());
    TrackerDocument* document = window.document();
    std::cout << "  " << document->snapshot().strategy.activities.size() << " activities, "
              << document->snapshot().updates.size() << " updates\n";

    for (int page = 0; page < MainWindow::PageCount; ++page) {
        meter.start();
        clock.start();
        window.showPage(MainWindow::Page(page));
        waitFor([] { return false; }, 100);
        report("switch page (incl. 100 ms idle)", clock.elapsed(), meter.stop());
    }

    meter.start();
    clock.start();
    window.asOfToolBar()->dateEdit()->setDate(pml::today().addYears(-1));
    REQUIRE(waitFor([&] { return !document->isBusy(); }, 600000));
    report("as-of date one year back (recompute)", clock.elapsed(), meter.stop());
    window.asOfToolBar()->todayAction()->trigger();
    REQUIRE(waitFor([&] { return !document->isBusy(); }, 600000));

    // Recording and undoing with each page in view: only that page repaints at once.
    const QString code = document->snapshot().strategy.activities.first().code;
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        window.showPage(MainWindow::Page(page));
        waitFor([] { return false; }, 100);
        std::cout << "page " << page << ":\n";
        meter.start();
        clock.start();
        REQUIRE(document->recordUpdates({updateRequest(code, Status::InProgress, 42)}).done());
        REQUIRE(waitFor([&] { return !document->isBusy(); }, 600000));
        QCoreApplication::processEvents();
        report("  record one update (store, figures, page in view)", clock.elapsed(), meter.stop());
        REQUIRE(document->progress().activities.value(code).percent == 42);

        meter.start();
        clock.start();
        window.undoAction()->trigger();
        REQUIRE(waitFor([&] { return !document->isBusy(); }, 600000));
        QCoreApplication::processEvents();
        report("  undo it (withdrawal, figures, page in view)", clock.elapsed(), meter.stop());
        REQUIRE(document->progress().activities.value(code).percent != 42);
    }

    meter.start();
    clock.start();
    document->reload();
    REQUIRE(waitFor([&] { return !document->isBusy(); }, 600000));
    report("reload from file (background)", clock.elapsed(), meter.stop());
}
