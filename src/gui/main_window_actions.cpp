// MainWindow's menus and actions (the window's layout and document are in main_window.cpp).
#include "gui/as_of_toolbar.h"
#include "gui/document/tracker_document.h"
#include "gui/file_actions.h"
#include "gui/main_window.h"
#include "gui/reports/report_dialog.h"
#include "gui/settings/preferences_dialog.h"

#include <QApplication>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QTabWidget>
#include <QUndoStack>
#include <QUrl>

namespace pml {

namespace {

// The user guide as installed beside the program (share/doc/pml-tracker), or in the
// source tree when the program runs from its build folder (build/src/app).
QString findUserGuide()
{
    const QDir bin(QCoreApplication::applicationDirPath());
    for (const QString& relative : {QStringLiteral("../share/doc/pml-tracker/guia-de-uso.md"),
                                    QStringLiteral("../../../docs/guia-de-uso.md")}) {
        const QFileInfo guide(bin.filePath(relative));
        if (guide.exists())
            return guide.absoluteFilePath();
    }
    return {};
}

// Looked up once: the actions are updated on every edit, the files do not move.
const QString& userGuidePath()
{
    static const QString path = findUserGuide();
    return path;
}

} // namespace

void MainWindow::createActions()
{
    m_undoAction = new QAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, this, [this] {
        if (m_document && m_document->canEdit())
            m_document->undoStack()->undo();
    });
    m_redoAction = new QAction(this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    connect(m_redoAction, &QAction::triggered, this, [this] {
        if (m_document && m_document->canEdit())
            m_document->undoStack()->redo();
    });
    m_preferencesAction = new QAction(this);
    m_preferencesAction->setShortcuts(
        {QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    for (int i = 0; i < PageCount; ++i) {
        m_pageActions[i] = new QAction(this);
        m_pageActions[i]->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
        connect(m_pageActions[i], &QAction::triggered, this, [this, i] { showPage(Page(i)); });
    }
    m_focusAsOfAction = new QAction(this);
    m_focusAsOfAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_focusAsOfAction, &QAction::triggered, this, [this] {
        m_asOf->show();
        m_asOf->dateEdit()->setFocus(Qt::ShortcutFocusReason);
        m_asOf->dateEdit()->selectAll();
    });
    m_asOf->todayAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_refreshAction = new QAction(this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->reload();
    });

    m_reportAction = new QAction(this);
    m_reportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_reportAction, &QAction::triggered, this, &MainWindow::openReport);
    m_guideAction = new QAction(this);
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    connect(m_guideAction, &QAction::triggered, this, &MainWindow::openUserGuide);
    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileActions->fillMenu(m_fileMenu);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_preferencesAction);

    m_viewMenu = menuBar()->addMenu(QString());
    for (QAction* action : m_pageActions)
        m_viewMenu->addAction(action);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_focusAsOfAction);
    m_viewMenu->addAction(m_asOf->todayAction());
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_asOf->toggleViewAction());
    m_viewMenu->addAction(m_remindersDock->toggleViewAction());

    m_reportsMenu = menuBar()->addMenu(QString());
    m_reportsMenu->addAction(m_reportAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_guideAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::retranslate()
{
    // Children without a locale of their own follow: dates and numbers everywhere.
    setLocale(QLocale());
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_reportsMenu->setTitle(tr("&Reports"));
    m_helpMenu->setTitle(tr("&Help"));
    m_fileActions->retranslate();
    m_preferencesAction->setText(tr("&Preferences…"));
    m_focusAsOfAction->setText(tr("Go to &As-of Date"));
    m_refreshAction->setText(tr("Re&fresh from File"));
    m_refreshAction->setStatusTip(tr("Read the tracker again (e.g. after changes made elsewhere)"));
    m_asOf->toggleViewAction()->setText(tr("Show As-of &Toolbar"));
    m_remindersDock->setWindowTitle(tr("To Do"));
    m_remindersDock->toggleViewAction()->setText(tr("Show To &Do"));
    m_reportAction->setText(tr("&Quarterly Report…"));
    m_guideAction->setText(tr("User &Guide"));
    m_aboutAction->setText(tr("&About PML Tracker"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_pages->setAccessibleName(tr("Pages"));
    retranslatePages();
    updateTitle();
    updateActions();
}

void MainWindow::retranslatePages()
{
    const QString titles[PageCount] = {tr("&Strategy"),     tr("&Activities"), tr("&Dashboard"),
                                       tr("&Institutions"), tr("Re&view"),     tr("A&udit"),
                                       tr("&People")};
    for (int i = 0; i < PageCount; ++i) {
        if (i < m_pages->count()) {
            // Tabs carry no mnemonic: Ctrl+1…7 switch pages; menus keep theirs.
            m_pages->setTabText(i, QString(titles[i]).remove(QLatin1Char('&')));
            if (auto* placeholder = qobject_cast<QLabel*>(m_pages->widget(i))) {
                placeholder->setText(tr("No tracker is open. Use File → Open… or File → New "
                                        "Tracker…"));
            }
        }
        if (m_pageActions[i])
            m_pageActions[i]->setText(titles[i]);
    }
}

void MainWindow::updateActions()
{
    const bool canEdit = m_document && m_document->canEdit();
    QUndoStack* stack = m_document ? m_document->undoStack() : nullptr;
    m_undoAction->setEnabled(canEdit && stack->canUndo());
    m_redoAction->setEnabled(canEdit && stack->canRedo());
    const QString undoText = stack ? stack->undoText() : QString();
    const QString redoText = stack ? stack->redoText() : QString();
    m_undoAction->setText(undoText.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undoText));
    m_redoAction->setText(redoText.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redoText));
    m_refreshAction->setEnabled(m_document != nullptr);
    m_asOf->setEnabled(m_document != nullptr);
    m_reportAction->setEnabled(m_document != nullptr);
    m_guideAction->setEnabled(!userGuidePath().isEmpty());
}

void MainWindow::showPreferences()
{
    auto* dialog = new PreferencesDialog(m_document.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openReport()
{
    if (!m_document)
        return;
    auto* dialog = new ReportDialog(m_document.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openUserGuide()
{
    const QString guide = userGuidePath();
    if (!guide.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(guide));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About PML Tracker"),
        tr("<h3>PML Tracker %1</h3>"
           "<p>Follow-up of the National Strategy for the Promotion of Cleaner and More "
           "Efficient Production: record the status of each activity and see the progress of "
           "objectives, lines of action and the strategy, as of any date.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

} // namespace pml
