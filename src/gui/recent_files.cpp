#include "gui/recent_files.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace pml {

namespace {

const QString settingsKey = QStringLiteral("files/recent");

} // namespace

RecentFiles::RecentFiles(QMenu* menu, QObject* parent)
    : QObject(parent)
    , m_menu(menu)
{
    rebuild();
}

QStringList RecentFiles::files() const
{
    return QSettings().value(settingsKey).toStringList();
}

void RecentFiles::add(const QString& file)
{
    const QString path = QFileInfo(file).absoluteFilePath();
    QStringList list = files();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > maximum)
        list.removeLast();
    QSettings().setValue(settingsKey, list);
    rebuild();
}

void RecentFiles::clear()
{
    QSettings().remove(settingsKey);
    rebuild();
}

void RecentFiles::retranslate()
{
    m_menu->setTitle(tr("Recent &Files"));
    rebuild();
}

void RecentFiles::rebuild()
{
    m_menu->clear();
    const QStringList list = files();
    int number = 1;
    for (const QString& file : list) {
        // Mnemonics 1–9 make the list usable from the keyboard.
        const QString label = QStringLiteral("&%1 %2").arg(number++).arg(
            QDir::toNativeSeparators(file).replace(QLatin1Char('&'), QLatin1String("&&")));
        QAction* action = m_menu->addAction(label);
        action->setEnabled(QFileInfo::exists(file));
        connect(action, &QAction::triggered, this, [this, file] { Q_EMIT openRequested(file); });
    }
    if (list.isEmpty()) {
        m_menu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("&Clear List")), &QAction::triggered, this, &RecentFiles::clear);
}

} // namespace pml
