#include "input_file.h"

#include "core/error.h"
#include "core/evidence.h"
#include "core/messages.h"
#include "system_error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pml::files {
namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

QByteArray readInputFile(const QString& file, qint64 maxBytes, const QString& what)
{
    const QString shown = QDir::toNativeSeparators(file);
    // O_NONBLOCK: opening a FIFO with no writer must not wait for one.
    const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        throw readError(file, errno);
    }
    QFile input;
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        throw Error(Messages::tr("%1 is not an ordinary file (it is a folder, a pipe or a device); "
                                 "%2 must be a file.")
                        .arg(shown, what));
    }
    if (info.st_size > maxBytes) {
        ::close(fd);
        throw Error(Messages::tr("%1 is %2 MB, more than the %3 MB allowed for %4.")
                        .arg(shown, megabytes(info.st_size), megabytes(maxBytes), what));
    }
    if (!input.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        throw readError(file, input);
    }
    // Read up to one byte past the limit: a file that grows while it is read is refused too.
    QByteArray bytes;
    bytes.reserve(qsizetype(info.st_size));
    while (bytes.size() <= maxBytes) {
        const QByteArray chunk = input.read(qMin<qint64>(1 << 20, maxBytes + 1 - bytes.size()));
        if (chunk.isEmpty()) {
            break;
        }
        bytes += chunk;
    }
    if (bytes.size() > maxBytes) {
        throw Error(Messages::tr("%1 is more than the %2 MB allowed for %3.")
                        .arg(shown, megabytes(maxBytes), what));
    }
    if (input.error() != QFileDevice::NoError) {
        throw readError(file, input);
    }
    return bytes;
}

QByteArray readEvidenceFile(const QString& file)
{
    const QFileInfo info(file);
    if (const auto problem = evidenceFileProblem(info)) {
        throw Error(*problem);
    }
    const QByteArray content = readInputFile(file, maxEvidenceBytes(), Messages::tr("evidence"));
    if (const auto problem = evidenceReadProblem(info, content.size())) {
        throw Error(*problem);
    }
    return content;
}

void writeNewFile(const QString& file, const QByteArray& content)
{
    QFile out(file);
    const bool created = out.open(QIODevice::WriteOnly | QIODevice::NewOnly);
    if (!created || out.write(content) != content.size() || !out.flush()) {
        const QString problem = problemText(problemOf(out));
        if (created) {
            out.remove(); // ours, and incomplete
        }
        throw Error(
            Messages::tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(file), problem),
            out.errorString());
    }
}

} // namespace pml::files
