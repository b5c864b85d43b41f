#include "temporary_file.h"

#include "core/error.h"
#include "core/messages.h"
#include "durable.h"
#include "system_error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pml::files {
namespace {

const char kSuffix[] = ".tmp-XXXXXX";

QByteArray encoded(const QString& file)
{
    return QFile::encodeName(file);
}

// Whether the open file `fd` is still the one named `path` (a sweeper may have removed
// it between its creation and our lock).
bool stillNamed(int fd, const QString& path)
{
    struct stat byFd {};
    struct stat byName {};
    return ::fstat(fd, &byFd) == 0 && ::stat(encoded(path).constData(), &byName) == 0 &&
           byFd.st_dev == byName.st_dev && byFd.st_ino == byName.st_ino;
}

void removeWithCompanions(const QString& path)
{
    const QFileInfo info(path);
    const QDir folder = info.dir();
    for (const QString& name :
         folder.entryList({info.fileName() + QStringLiteral("-*")}, QDir::Files | QDir::System)) {
        QFile::remove(folder.filePath(name));
    }
    QFile::remove(path);
}

bool linkWithoutReplacing(const QString& from, const QString& to)
{
    if (::link(encoded(from).constData(), encoded(to).constData()) == 0) {
        ::unlink(encoded(from).constData());
        return true;
    }
    // File systems without hard links: a rename that checks first (a small race).
    return errno != EEXIST && !QFileInfo::exists(to) && QFile::rename(from, to);
}

} // namespace

TemporaryFile::TemporaryFile(const QString& target)
{
    for (int attempt = 0; attempt < 5 && m_fd < 0; ++attempt) {
        QByteArray name = encoded(target) + kSuffix;
        const int fd = ::mkostemp(name.data(), O_CLOEXEC);
        if (fd < 0) {
            // The user asked for `target`: the problem is said of it, not of this file.
            throw writeError(target, errno);
        }
        m_path = QFile::decodeName(name);
        if (::flock(fd, LOCK_EX) == 0 && stillNamed(fd, m_path)) {
            m_fd = fd;
        } else {
            ::close(fd);
        }
    }
    if (m_fd < 0) {
        throw Error(
            Messages::tr("Cannot create a file beside %1.").arg(QDir::toNativeSeparators(target)));
    }
    // The finished file is an ordinary document, readable by others like any other.
    ::fchmod(m_fd, 0644);
}

TemporaryFile::~TemporaryFile()
{
    if (!m_committed) {
        removeAll();
    }
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

void TemporaryFile::removeAll()
{
    removeWithCompanions(m_path);
}

void TemporaryFile::commitTo(const QString& target, bool replace)
{
    syncFile(m_path, target);
    const bool renamed =
        replace ? std::rename(encoded(m_path).constData(), encoded(target).constData()) == 0
                : linkWithoutReplacing(m_path, target);
    if (!renamed && replace) {
        throw writeError(target, errno);
    }
    if (!renamed) {
        throw Error(Messages::tr("Cannot create %1: the name is taken.")
                        .arg(QDir::toNativeSeparators(target)));
    }
    m_committed = true;
    syncFolderOf(target);
}

void sweepLeftovers(const QString& target)
{
    const QFileInfo info(target);
    const QDir folder = info.dir();
    const QRegularExpression leftover(QRegularExpression::anchoredPattern(
        QRegularExpression::escape(info.fileName()) + QStringLiteral("\\.tmp-[A-Za-z0-9]{6}")));
    const QStringList names = folder.entryList({info.fileName() + QStringLiteral(".tmp-*")},
                                               QDir::Files | QDir::System | QDir::Hidden);
    for (const QString& name : names) {
        if (!leftover.match(name).hasMatch()) {
            continue;
        }
        const QString path = folder.filePath(name);
        const int fd =
            ::open(encoded(path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
        if (fd < 0) {
            continue;
        }
        struct stat st {};
        // Held by no one: its writer is gone.
        if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && ::flock(fd, LOCK_EX | LOCK_NB) == 0) {
            removeWithCompanions(path);
        }
        ::close(fd);
    }
}

} // namespace pml::files
