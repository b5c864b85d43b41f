#include "startup_probe.h"

#include "gui/main_window.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>

#include <cstdio>

namespace pml {

StartupProbe::StartupProbe(MainWindow* window, const QElapsedTimer& clock)
    : QObject(window)
    , m_window(window)
    , m_clock(clock)
{
    qApp->installEventFilter(this);
}

bool StartupProbe::requested()
{
    return qEnvironmentVariableIsSet("PML_EXIT_AFTER_FIRST_PAINT");
}

bool StartupProbe::eventFilter(QObject* watched, QEvent* event)
{
    // The first paint once the document (and so its figures) is in the window.
    if (!m_done && event->type() == QEvent::Paint && m_window->document() &&
        watched->isWidgetType() && static_cast<QWidget*>(watched)->window() == m_window) {
        m_done = true;
        QTimer::singleShot(0, qApp, [this] {
            std::fprintf(stderr, "first paint with figures after %lld ms in main()\n",
                         static_cast<long long>(m_clock.elapsed()));
            QApplication::quit();
        });
    }
    return false;
}

} // namespace pml
