#include "gui/view_state.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>

namespace pml {

namespace {

QString settingsKey(const QString& key, const char* what)
{
    return QStringLiteral("view/%1/%2").arg(key, QLatin1String(what));
}

} // namespace

void rememberState(QSplitter* splitter, const QString& key)
{
    const QString name = settingsKey(key, "splitter");
    splitter->restoreState(QSettings().value(name).toByteArray());
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter,
                     [splitter, name] { QSettings().setValue(name, splitter->saveState()); });
}

void rememberState(QHeaderView* header, const QString& key)
{
    const QString name = settingsKey(key, "header");
    const QByteArray state = QSettings().value(name).toByteArray();
    if (!state.isEmpty())
        header->restoreState(state);
    auto save = [header, name] {
        QSettings().setValue(name, header->saveState());
    };
    QObject::connect(header, &QHeaderView::sectionResized, header, save);
    QObject::connect(header, &QHeaderView::sectionMoved, header, save);
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, header, save);
}

void rememberState(QTabWidget* tabs, const QString& key)
{
    const QString name = settingsKey(key, "page");
    const int page = QSettings().value(name, 0).toInt();
    if (page >= 0 && page < tabs->count())
        tabs->setCurrentIndex(page);
    QObject::connect(tabs, &QTabWidget::currentChanged, tabs,
                     [name](int index) { QSettings().setValue(name, index); });
}

void saveWindowState(const QMainWindow* window, const QString& key)
{
    QSettings settings;
    settings.setValue(settingsKey(key, "geometry"), window->saveGeometry());
    settings.setValue(settingsKey(key, "state"), window->saveState());
}

void restoreWindowState(QMainWindow* window, const QString& key)
{
    QSettings settings;
    window->restoreGeometry(settings.value(settingsKey(key, "geometry")).toByteArray());
    window->restoreState(settings.value(settingsKey(key, "state")).toByteArray());
}

} // namespace pml
