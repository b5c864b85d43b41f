#include "gui/widgets/page_refresh.h"

#include <QEvent>

namespace pml {

PageRefresh::PageRefresh(QObject* parent, std::function<void()> refresh)
    : QObject(parent)
    , m_refresh(std::move(refresh))
{
}

void PageRefresh::follow(QWidget* page)
{
    if (m_page) {
        m_page->removeEventFilter(this);
    }
    m_page = page;
    if (m_page) {
        m_page->installEventFilter(this);
    }
}

bool PageRefresh::pageHidden() const
{
    // Hidden within its own window: a page of the main window that is not shown. A
    // widget that is its own window (tests, dialogs) counts as visible.
    for (const QWidget* w = m_page; w && !w->isWindow(); w = w->parentWidget()) {
        if (w->isHidden()) {
            return true;
        }
    }
    return false;
}

void PageRefresh::request()
{
    if (pageHidden()) {
        m_pending = true;
        return;
    }
    m_pending = false;
    m_refresh();
}

bool PageRefresh::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_page && event->type() == QEvent::Show && m_pending) {
        m_pending = false;
        m_catchingUp = true;
        m_refresh();
        m_catchingUp = false;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace pml
