#include "file_support.h"

#include "core/error.h"
#include "core/messages.h"
#include "sqlite_dialect.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace pml::files {
namespace {

} // namespace

void syncFile(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadWrite)) {
        throw Error(Messages::tr("Cannot write %1: %2").arg(file, f.errorString()));
    }
#ifdef Q_OS_UNIX
    if (::fsync(f.handle()) != 0) {
        throw Error(Messages::tr("Cannot flush %1 to the disk.").arg(file));
    }
#endif
}

void syncFolderOf(const QString& file)
{
#ifdef Q_OS_UNIX
    const QByteArray folder = QFile::encodeName(QFileInfo(file).absolutePath());
    const int fd = ::open(folder.constData(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(file);
#endif
}

void removeWithCompanions(const QString& file)
{
    QFile::remove(file);
    for (const QString& companion : dialect::companionFiles(file)) {
        QFile::remove(companion);
    }
}

QString reserveTemporaryName(const QString& file)
{
    QTemporaryFile reserve(file + QStringLiteral(".tmp-XXXXXX"));
    reserve.setAutoRemove(false);
    if (!reserve.open()) {
        throw Error(
            Messages::tr("Cannot create a file beside %1: %2").arg(file, reserve.errorString()));
    }
    // The finished file is an ordinary document: readable by others like any other.
    reserve.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                           QFileDevice::ReadGroup | QFileDevice::ReadOther);
    return reserve.fileName();
}

} // namespace pml::files
