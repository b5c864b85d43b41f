// MainWindow's "To do" dock: the open tracker's reminders, each leading to its place.
#include "gui/document/tracker_document.h"
#include "gui/main_window.h"
#include "gui/review/reminders_panel.h"

#include <QDockWidget>
#include <QLabel>

namespace pml {

void MainWindow::createRemindersDock()
{
    m_remindersDock = new QDockWidget(this);
    m_remindersDock->setObjectName(QStringLiteral("remindersDock"));
    m_remindersDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_remindersDock);
    m_remindersDock->hide(); // shown when a tracker opens
}

void MainWindow::setReminders(TrackerDocument* document)
{
    delete m_reminders; // it refers to the previous document
    m_reminders = nullptr;
    if (!document) {
        m_remindersDock->hide();
        return;
    }
    m_reminders = new RemindersPanel(document, m_remindersDock);
    connect(m_reminders, &RemindersPanel::activityRequested, this,
            [this](const QString& code) { showItem(ItemRef::activity(code)); });
    connect(m_reminders, &RemindersPanel::lineQuarterRequested, this, &MainWindow::showLineQuarter);
    connect(m_reminders, &RemindersPanel::notUpdatedRequested, this,
            &MainWindow::showNotUpdatedSince);
    m_remindersDock->setWidget(m_reminders);
    // What needs doing shows whenever a tracker opens; the user may close it.
    m_remindersDock->show();
}

} // namespace pml
