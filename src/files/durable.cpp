#include "durable.h"

#include "core/error.h"
#include "system_error.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace pml::files {

void syncFile(const QString& file, const QString& shownAs)
{
    const QString named = shownAs.isEmpty() ? file : shownAs;
    QFile f(file);
    if (!f.open(QIODevice::ReadWrite)) {
        throw writeError(named, f);
    }
#ifdef Q_OS_UNIX
    if (::fsync(f.handle()) != 0) {
        throw writeError(named, errno);
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
