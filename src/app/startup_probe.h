#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace pml {

class MainWindow;

// For start-up benchmarks: with PML_EXIT_AFTER_FIRST_PAINT set, the application prints the
// time from the start of main() to the first paint of a window that shows a tracker's
// figures, and quits, like the bare Qt window it is compared with (docs/performance.md).
class StartupProbe : public QObject {
public:
    StartupProbe(MainWindow* window, const QElapsedTimer& clock);
    static bool requested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    MainWindow* m_window;
    const QElapsedTimer& m_clock;
    bool m_done = false;
};

} // namespace pml
