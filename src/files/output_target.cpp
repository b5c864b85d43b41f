#include "output_target.h"

#include "core/error.h"
#include "core/messages.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace pml::files {
namespace {

std::optional<struct stat> statOf(const QString& file)
{
    struct stat info {};
    if (::stat(QFile::encodeName(file).constData(), &info) != 0) {
        return std::nullopt;
    }
    return info;
}

bool sameFile(const struct stat& a, const struct stat& b)
{
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

std::optional<QString> typeProblem(const QString& shown, const struct stat& info)
{
    if (S_ISDIR(info.st_mode)) {
        return Messages::tr("%1 is a folder; choose a file name.").arg(shown);
    }
    if (S_ISFIFO(info.st_mode) || S_ISSOCK(info.st_mode)) {
        return Messages::tr("%1 is a pipe or socket, not an ordinary file; nothing was written.")
            .arg(shown);
    }
    if (!S_ISREG(info.st_mode)) {
        return Messages::tr("%1 is a device, not an ordinary file; nothing was written.")
            .arg(shown);
    }
    return std::nullopt;
}

} // namespace

bool isSqliteDatabase(const QString& file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) && f.read(16) == QByteArray("SQLite format 3\0", 16);
}

std::optional<QString> outputTargetProblem(const QString& target, const QStringList& protectedFiles)
{
    const QString shown = QDir::toNativeSeparators(target);
    const QFileInfo link(target);
    const auto info = statOf(target);
    if (!info) {
        if (link.isSymLink()) {
            return Messages::tr("%1 is a link to a missing file; nothing was written.").arg(shown);
        }
        if (!QFileInfo(link.absolutePath()).isDir()) {
            return Messages::tr("The folder of %1 does not exist.").arg(shown);
        }
        return std::nullopt;
    }
    if (auto problem = typeProblem(shown, *info)) {
        return problem;
    }
    for (const QString& file : protectedFiles) {
        const auto guarded = statOf(file);
        if (guarded && sameFile(*guarded, *info)) {
            return Messages::tr("%1 is the tracker being read (%2); it is never written over.")
                .arg(shown, QDir::toNativeSeparators(file));
        }
    }
    if (isSqliteDatabase(target)) {
        return Messages::tr("%1 is a database, perhaps another tracker; it is never written over. "
                            "Choose another name.")
            .arg(shown);
    }
    return std::nullopt;
}

QString requireOutputTarget(const QString& target, const QStringList& protectedFiles)
{
    if (const auto problem = outputTargetProblem(target, protectedFiles)) {
        throw Error(*problem);
    }
    const QFileInfo info(target);
    return info.isSymLink() ? info.canonicalFilePath() : target;
}

} // namespace pml::files
