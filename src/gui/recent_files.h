#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace pml {

// The "Recent files" submenu: trackers opened lately, newest first, kept in QSettings.
class RecentFiles : public QObject {
    Q_OBJECT
public:
    explicit RecentFiles(QMenu* menu, QObject* parent = nullptr);

    QStringList files() const;
    void add(const QString& file);
    void clear();
    void retranslate();

    static constexpr int maximum = 8;

Q_SIGNALS:
    void openRequested(const QString& file);

private:
    void rebuild();
    QMenu* m_menu;
};

} // namespace pml
