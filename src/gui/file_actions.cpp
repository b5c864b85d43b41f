#include "gui/file_actions.h"

#include "core/clock.h"
#include "core/error.h"
#include "core/tracker_defaults.h"
#include "gui/document/acting_user.h"
#include "gui/document/tracker_document.h"
#include "gui/file_operations.h"
#include "gui/recent_files.h"
#include "gui/tracker_check.h"
#include "gui/widgets/error_box.h"
#include "storage/strategy_json.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QSettings>

namespace pml {

namespace {

const QString lastFolderKey = QStringLiteral("files/lastFolder");

QString lastFolder()
{
    return QSettings().value(lastFolderKey, QDir::homePath()).toString();
}

void rememberFolder(const QString& file)
{
    QSettings().setValue(lastFolderKey, QFileInfo(file).absolutePath());
}

QString withSuffix(QString file, const QString& suffix)
{
    if (!file.isEmpty() && QFileInfo(file).suffix().isEmpty())
        file += QLatin1Char('.') + suffix;
    return file;
}

} // namespace

FileActions::FileActions(QWidget* window)
    : QObject(window)
    , newAction(new QAction(this))
    , openAction(new QAction(this))
    , openReadOnlyAction(new QAction(this))
    , importAction(new QAction(this))
    , exportAction(new QAction(this))
    , backupAction(new QAction(this))
    , checkAction(new QAction(this))
    , quitAction(new QAction(this))
    , m_window(window)
    , m_recentMenu(new QMenu(window))
    , m_recent(new RecentFiles(m_recentMenu, this))
{
    newAction->setShortcut(QKeySequence::New);
    openAction->setShortcut(QKeySequence::Open);
    openReadOnlyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    backupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(newAction, &QAction::triggered, this, &FileActions::newTracker);
    connect(openAction, &QAction::triggered, this, [this] { open(OpenMode::ReadWrite); });
    connect(openReadOnlyAction, &QAction::triggered, this, [this] { open(OpenMode::ReadOnly); });
    connect(importAction, &QAction::triggered, this, &FileActions::importJson);
    connect(exportAction, &QAction::triggered, this, &FileActions::exportJson);
    connect(backupAction, &QAction::triggered, this, &FileActions::backup);
    connect(checkAction, &QAction::triggered, this, &FileActions::check);
    connect(quitAction, &QAction::triggered, window, &QWidget::close);
    connect(m_recent, &RecentFiles::openRequested, this,
            [this](const QString& file) { Q_EMIT openRequested(file, OpenMode::ReadWrite); });
    retranslate();
    setDocument(nullptr);
}

void FileActions::fillMenu(QMenu* menu)
{
    menu->addAction(newAction);
    menu->addAction(openAction);
    menu->addAction(openReadOnlyAction);
    menu->addMenu(m_recentMenu);
    menu->addSeparator();
    menu->addAction(importAction);
    menu->addAction(exportAction);
    menu->addAction(backupAction);
    menu->addAction(checkAction);
    menu->addSeparator();
    menu->addAction(quitAction);
}

void FileActions::setDocument(TrackerDocument* document)
{
    m_document = document;
    exportAction->setEnabled(document != nullptr);
    backupAction->setEnabled(document != nullptr);
    checkAction->setEnabled(document != nullptr);
}

void FileActions::addRecent(const QString& file)
{
    m_recent->add(file);
}

void FileActions::retranslate()
{
    newAction->setText(tr("&New Tracker…"));
    openAction->setText(tr("&Open…"));
    openReadOnlyAction->setText(tr("Open &Read-Only…"));
    importAction->setText(tr("&Import JSON…"));
    exportAction->setText(tr("&Export JSON…"));
    backupAction->setText(tr("Save a &Backup Copy…"));
    checkAction->setText(tr("&Check Tracker…"));
    checkAction->setStatusTip(tr("Check that the tracker's history, review steps, evidence and "
                                 "audit log are as the program wrote them"));
    quitAction->setText(tr("&Quit"));
    newAction->setStatusTip(tr("Create a tracker from the bundled strategy or a strategy file"));
    openReadOnlyAction->setStatusTip(tr("Open a tracker for review: nothing can be changed"));
    backupAction->setStatusTip(tr("Write a consistent copy of the open tracker"));
    m_recent->retranslate();
}

QString FileActions::saveTrackerFilter()
{
    return tr("PML tracker (*.pmltracker);;All files (*)");
}

void FileActions::fail(const QString& message, const QString& details)
{
    showErrorBox(m_window, tr("PML Tracker"), message, details);
}

QString FileActions::chooseNewTrackerFile(const QString& title)
{
    const QString file = withTrackerExtension(
        QFileDialog::getSaveFileName(m_window, title, lastFolder(), saveTrackerFilter()));
    if (!file.isEmpty() && QFileInfo::exists(file)) {
        // A tracker is never overwritten: its history is the record.
        fail(tr("%1 already exists. Choose a new file name: an existing tracker is never "
                "overwritten.")
                 .arg(QDir::toNativeSeparators(file)));
        return {};
    }
    return file;
}

void FileActions::newTracker()
{
    const QStringList sources{tr("The bundled national strategy"), tr("A strategy JSON file…")};
    bool ok = false;
    const QString source = QInputDialog::getItem(
        m_window, tr("New Tracker"), tr("Create the tracker from:"), sources, 0, false, &ok);
    if (!ok)
        return;
    try {
        Strategy strategy;
        if (source == sources.at(1)) {
            const QString file =
                QFileDialog::getOpenFileName(m_window, tr("Strategy File"), lastFolder(),
                                             tr("Strategy (*.json);;All files (*)"));
            if (file.isEmpty())
                return;
            rememberFolder(file);
            strategy = readStrategyFile(file);
        } else {
            strategy = bundledStrategy();
        }
        const QString file = chooseNewTrackerFile(tr("New Tracker"));
        if (file.isEmpty())
            return;
        rememberFolder(file);
        createTrackerFile(file,
                          newTrackerContent(strategy, defaultStartDate(today()), actingUserName()));
        Q_EMIT openRequested(file, OpenMode::ReadWrite);
    } catch (const Error& error) {
        fail(error.message(), error.details());
    }
}

void FileActions::open(OpenMode mode)
{
    const QString file = QFileDialog::getOpenFileName(
        m_window, mode == OpenMode::ReadOnly ? tr("Open Read-Only") : tr("Open Tracker"),
        lastFolder(), tr("Trackers (*.pmltracker *.sqlite);;All files (*)"));
    if (file.isEmpty())
        return;
    rememberFolder(file);
    Q_EMIT openRequested(file, mode);
}

void FileActions::importJson()
{
    const QString json = QFileDialog::getOpenFileName(m_window, tr("Import JSON"), lastFolder(),
                                                      tr("Tracker export (*.json);;All files (*)"));
    if (json.isEmpty())
        return;
    rememberFolder(json);
    const QString file = chooseNewTrackerFile(tr("Save Imported Tracker As"));
    if (file.isEmpty())
        return;
    try {
        importTrackerJson(json, file, actingUserName());
        Q_EMIT openRequested(file, OpenMode::ReadWrite);
    } catch (const Error& error) {
        fail(error.message(), error.details());
    }
}

void FileActions::exportJson()
{
    if (!m_document)
        return;
    const QString file =
        withSuffix(QFileDialog::getSaveFileName(m_window, tr("Export JSON"), lastFolder(),
                                                tr("Tracker export (*.json);;All files (*)")),
                   QStringLiteral("json"));
    if (file.isEmpty())
        return;
    rememberFolder(file);
    try {
        exportTrackerJson(m_document->reader(), file);
    } catch (const Error& error) {
        fail(error.message(), error.details());
    }
}

void FileActions::check()
{
    if (m_document)
        checkTrackerInWindow(m_window, m_document->location(), m_document->today());
}

void FileActions::backup()
{
    if (!m_document)
        return;
    const QString file = withTrackerExtension(QFileDialog::getSaveFileName(
        m_window, tr("Save a Backup Copy"), lastFolder(), saveTrackerFilter()));
    if (file.isEmpty())
        return;
    rememberFolder(file);
    try {
        // The store refuses the open tracker (also through a link) and any other tracker.
        m_document->reader().writeConsistentCopy(file);
    } catch (const Error& error) {
        fail(error.message(), error.details());
    }
}

} // namespace pml
