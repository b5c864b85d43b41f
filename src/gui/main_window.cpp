#include "gui/main_window.h"

#include "core/error.h"
#include "gui/as_of_toolbar.h"
#include "gui/document/acting_user.h"
#include "gui/document/document_loader.h"
#include "gui/document/tracker_document.h"
#include "gui/document_status.h"
#include "gui/file_actions.h"
#include "gui/view_state.h"
#include "gui/widgets/error_box.h"
#include "gui/widgets/message_banner.h"

#include <QCloseEvent>
#include <QDateEdit>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace pml {

namespace {

const QString windowKey = QStringLiteral("mainWindow");
const QString pageKey = QStringLiteral("mainWindow/page");

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_loader(new DocumentLoader(this))
    , m_pages(new QTabWidget(this))
    , m_tamperBanner(new MessageBanner(this))
    , m_asOf(new AsOfToolBar(this))
    , m_status(new DocumentStatus(this))
    , m_fileActions(new FileActions(this))
{
    qRegisterMetaType<pml::TrackerDocument*>(); // queued connections and signal spies
    setObjectName(QStringLiteral("mainWindow"));
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    // A tracker found changed outside the program is named above the pages, for as long as
    // it is open.
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_tamperBanner->setObjectName(QStringLiteral("tamperBanner"));
    layout->addWidget(m_tamperBanner);
    layout->addWidget(m_pages);
    setCentralWidget(central);
    connect(m_pages, &QTabWidget::currentChanged, this, [this](int i) { buildPage(Page(i)); });
    addToolBar(Qt::TopToolBarArea, m_asOf);
    statusBar()->addPermanentWidget(m_status);

    createRemindersDock();
    createActions();
    createMenus();
    connect(m_fileActions, &FileActions::openRequested, this, &MainWindow::openTracker);
    connect(m_loader, &DocumentLoader::started, this,
            [this](const QString& name) { m_status->setBusy(true, tr("Opening %1…").arg(name)); });
    connect(m_loader, &DocumentLoader::loaded, this, &MainWindow::documentLoaded);
    connect(m_loader, &DocumentLoader::failed, this, &MainWindow::loadFailed);
    connect(m_asOf, &AsOfToolBar::dateChosen, this, [this](const QDate& date) {
        if (m_document)
            m_document->setAsOf(date);
    });

    rebuildPages();
    // First run: most of the screen; later runs: as the user left it.
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        resize(screen->availableSize() * 0.85);
    restoreWindowState(this, windowKey);
    showPage(Page(QSettings().value(pageKey, 0).toInt()));
    retranslate();
    updateActions();
}

MainWindow::~MainWindow()
{
    // Pages refer to the document: they go first.
    delete m_pages;
    m_pages = nullptr;
}

TrackerDocument* MainWindow::document() const
{
    return m_document.get();
}

void MainWindow::openTracker(const QString& tracker, OpenMode mode)
{
    m_readOnlyReason.clear();
    TrackerLocation location;
    try {
        location = TrackerLocation::parse(tracker);
    } catch (const Error& error) {
        showMessage(tr("Cannot Open Tracker"), error.message());
        return;
    }
    const QFileInfo info(location.filePath());
    if (!location.isFile()) {
        // A server decides itself what this user may change.
    } else if (mode == OpenMode::ReadWrite && info.exists() && !info.isWritable()) {
        mode = OpenMode::ReadOnly;
        m_readOnlyReason = tr("you do not have permission to change this file");
    } else if (mode == OpenMode::ReadWrite && info.exists() &&
               !QFileInfo(info.absolutePath()).isWritable()) {
        // SQLite writes its journal beside the file.
        mode = OpenMode::ReadOnly;
        m_readOnlyReason = tr("you do not have permission to write in its folder");
    }
    m_loader->load(location, mode);
}

void MainWindow::documentLoaded(TrackerDocument* document)
{
    m_status->setBusy(false);
    setDocument(document);
    m_fileActions->addRecent(document->location().text());
    showTamperProblems(document->tamperProblems());
    if (!m_readOnlyReason.isEmpty()) {
        m_status->setReadOnlyReason(m_readOnlyReason);
        showMessage(tr("Opened Read-Only"),
                    tr("%1 was opened read-only: %2. You can review it, but nothing can be "
                       "changed.")
                        .arg(document->location().displayName(), m_readOnlyReason));
    }
}

void MainWindow::showTamperProblems(const QStringList& problems)
{
    if (problems.isEmpty()) {
        m_tamperBanner->clearMessage();
        return;
    }
    m_readOnlyReason = tr("it was changed outside the program");
    m_tamperBanner->showError(
        tr("This tracker was changed outside the program, so it is open read-only until it is "
           "examined (File → Check Tracker… lists every problem):") +
        QStringLiteral("\n• ") + problems.join(QStringLiteral("\n• ")));
}

void MainWindow::loadFailed(const QString& name, const QString& message, const QString& details)
{
    m_status->setBusy(false);
    showMessage(tr("Cannot Open Tracker"), tr("%1 could not be opened.\n\n%2").arg(name, message),
                details);
}

void MainWindow::setDocument(TrackerDocument* document)
{
    std::unique_ptr<TrackerDocument> previous = std::move(m_document);
    m_document.reset(document);
    if (document) {
        document->setUserName(actingUserName()); // --user, Preferences or the system user
        connect(document, &TrackerDocument::editRefused, this,
                [this](const QString& message) { showMessage(tr("Change Refused"), message); });
        connect(document, &TrackerDocument::loadFailed, this,
                [this](const QString& message, const QString& details) {
                    showMessage(tr("Cannot Read Tracker"), message, details);
                });
        connect(document, &TrackerDocument::canEditChanged, this, &MainWindow::updateActions);
        connect(document, &TrackerDocument::asOfChanged, m_asOf, &AsOfToolBar::setDate);
        QUndoStack* stack = document->undoStack();
        connect(stack, &QUndoStack::canUndoChanged, this, &MainWindow::updateActions);
        connect(stack, &QUndoStack::canRedoChanged, this, &MainWindow::updateActions);
        connect(stack, &QUndoStack::undoTextChanged, this, &MainWindow::updateActions);
        connect(stack, &QUndoStack::redoTextChanged, this, &MainWindow::updateActions);
        m_asOf->setToday(document->today());
        m_asOf->setDate(document->asOf());
    }
    rebuildPages();
    setReminders(document);
    m_status->setDocument(document);
    m_fileActions->setDocument(document);
    updateTitle();
    updateActions();
    previous.reset(); // after the pages that showed it are gone
    Q_EMIT documentChanged(document);
}

QWidget* MainWindow::page(Page page) const
{
    // Asking for a page builds it: callers get the view itself, not its frame.
    return const_cast<MainWindow*>(this)->buildPage(page);
}

void MainWindow::showPage(Page page)
{
    if (page >= 0 && page < m_pages->count())
        m_pages->setCurrentIndex(page);
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowFilePath(QString());
        setWindowTitle(QString());
        return;
    }
    const TrackerLocation location = m_document->location();
    setWindowFilePath(location.filePath());
    // The platform adds " — PML Tracker" (the application display name).
    const QString name = location.displayName();
    if (m_document->isReadOnly())
        setWindowTitle(tr("%1 (read-only)").arg(name) + QStringLiteral("[*]"));
    else
        setWindowTitle(location.isFile() ? QString() : name + QStringLiteral("[*]"));
}

void MainWindow::showMessage(const QString& title, const QString& message, const QString& details)
{
    statusBar()->showMessage(message, 10000); // the sentence alone; details only in the box
    showErrorBox(this, title, message, details);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState(this, windowKey);
    QSettings().setValue(pageKey, m_pages->currentIndex());
    event->accept();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

} // namespace pml
