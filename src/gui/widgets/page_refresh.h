#pragma once

#include <QObject>
#include <QPointer>
#include <QWidget>

#include <functional>

namespace pml {

// Runs a refresh when the tracker's figures change, unless the page it belongs to is hidden
// in its window (another page of the main window is shown): then the refresh waits until
// the page is shown again. An edit so repaints only what the user sees; pages out of sight
// follow when they come back. A widget shown on its own counts as visible.
class PageRefresh : public QObject {
    Q_OBJECT
public:
    PageRefresh(QObject* parent, std::function<void()> refresh);

    // The page whose visibility decides; none: always refresh at once.
    void follow(QWidget* page);
    // True while a refresh that waited for the page runs: several changes may have been
    // missed, so it must refresh everything.
    bool isCatchingUp() const { return m_catchingUp; }

public Q_SLOTS:
    void request();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool pageHidden() const;

    std::function<void()> m_refresh;
    QPointer<QWidget> m_page;
    bool m_pending = false;
    bool m_catchingUp = false;
};

} // namespace pml
