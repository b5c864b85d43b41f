#include "gui/review/desktop_applications.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QStandardPaths>

namespace pml {
namespace {

// The MIME types a list line "type=app.desktop;other.desktop;" names with at least one
// application, within the sections that add applications.
QSet<QString> typesWithApplications(const QString& path)
{
    QSet<QString> types;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return types;
    bool adding = true;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine(64 * 1024)).trimmed();
        if (line.startsWith(QLatin1Char('['))) {
            adding = line != QLatin1String("[Removed Associations]");
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (!adding || equals <= 0)
            continue;
        const QString applications = line.mid(equals + 1).remove(QLatin1Char(';')).trimmed();
        if (!applications.isEmpty())
            types.insert(line.left(equals).trimmed());
    }
    return types;
}

QStringList defaultApplicationFolders()
{
    QStringList folders;
    for (const QString& data :
         QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation))
        folders.append(QDir(data).filePath(QStringLiteral("applications")));
    return folders;
}

} // namespace

bool hasApplicationFor(const QMimeType& mime)
{
    return hasApplicationFor(
        mime, defaultApplicationFolders(),
        QStandardPaths::standardLocations(QStandardPaths::GenericConfigLocation));
}

bool hasApplicationFor(const QMimeType& mime, const QStringList& applicationFolders,
                       const QStringList& configFolders)
{
    QSet<QString> listed;
    for (const QString& folder : applicationFolders) {
        listed.unite(
            typesWithApplications(QDir(folder).filePath(QStringLiteral("mimeinfo.cache"))));
        listed.unite(typesWithApplications(QDir(folder).filePath(QStringLiteral("mimeapps.list"))));
    }
    for (const QString& folder : configFolders)
        listed.unite(typesWithApplications(QDir(folder).filePath(QStringLiteral("mimeapps.list"))));
    QStringList names = mime.allAncestors();
    names.prepend(mime.name());
    names.append(mime.aliases());
    for (const QString& name : std::as_const(names)) {
        if (listed.contains(name))
            return true;
    }
    return false;
}

} // namespace pml
