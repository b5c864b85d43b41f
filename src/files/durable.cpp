#include "durable.h"

#include "core/error.h"
#include "core/messages.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace pml::files {

void syncFile(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadWrite)) {
        throw Error(Messages::tr("Cannot write %1: %2").arg(file, f.errorString()));
    }
#ifdef Q_OS_UNIX
    if (::fsync(f.handle()) != 0) {
        throw Error(Messages::tr("Cannot flush %1 to the disk (is the disk full?).").arg(file));
    }
#endif
}

void syncFolderOf(const QString& file)
{
#ifdef Q_OS_UNIX
    const QByteArray folder = QFile::encodeName(QFileInfo(file).absolutePath());
    const int fd = ::open(folder.constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(file);
#endif
}

} // namespace pml::files
