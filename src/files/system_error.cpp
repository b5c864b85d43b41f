#include "system_error.h"

#include "core/messages.h"

#include <QDir>
#include <QFileDevice>
#include <QtGlobal>

#include <cerrno>
#include <utility>

namespace pml::files {
namespace {

constexpr std::pair<int, FileProblem> kCodes[] = {
    {ENOENT, FileProblem::NotFound},         {ENOTDIR, FileProblem::NotFound},
    {EACCES, FileProblem::PermissionDenied}, {EPERM, FileProblem::PermissionDenied},
    {ENOSPC, FileProblem::DiskFull},
#ifdef EDQUOT
    {EDQUOT, FileProblem::DiskFull},
#endif
    {EFBIG, FileProblem::DiskFull},          {EROFS, FileProblem::ReadOnlyDisk},
    {EISDIR, FileProblem::IsFolder},         {EMFILE, FileProblem::TooManyOpenFiles},
    {ENFILE, FileProblem::TooManyOpenFiles}, {EIO, FileProblem::InputOutput},
};

FileProblem problemOfDeviceError(QFileDevice::FileError error)
{
    switch (error) {
    case QFileDevice::PermissionsError:
        return FileProblem::PermissionDenied;
    case QFileDevice::ResourceError: // Qt's name for a full disk on write
        return FileProblem::DiskFull;
    default:
        return FileProblem::Other;
    }
}

QString shown(const QString& file)
{
    return QDir::toNativeSeparators(file);
}

} // namespace

FileProblem problemOfErrno(int code)
{
    for (const auto& [known, problem] : kCodes) {
        if (code == known) {
            return problem;
        }
    }
    return FileProblem::Other;
}

FileProblem problemOfErrorText(const QString& text)
{
    for (const auto& [known, problem] : kCodes) {
        if (!text.isEmpty() && text == qt_error_string(known)) {
            return problem;
        }
    }
    return FileProblem::Other;
}

FileProblem problemOf(const QIODevice& device)
{
    const FileProblem byText = problemOfErrorText(device.errorString());
    const auto* file = qobject_cast<const QFileDevice*>(&device);
    if (byText != FileProblem::Other || !file) {
        return byText;
    }
    return problemOfDeviceError(file->error());
}

QString problemText(FileProblem problem)
{
    switch (problem) {
    case FileProblem::NotFound:
        return Messages::tr("the file or its folder does not exist");
    case FileProblem::PermissionDenied:
        return Messages::tr("you do not have permission to use this file or its folder");
    case FileProblem::DiskFull:
        return Messages::tr("the disk is full");
    case FileProblem::ReadOnlyDisk:
        return Messages::tr("the disk is read-only");
    case FileProblem::IsFolder:
        return Messages::tr("it is a folder, not a file");
    case FileProblem::TooManyOpenFiles:
        return Messages::tr("too many files are open; close some programs and try again");
    case FileProblem::InputOutput:
        return Messages::tr("the disk reported a read or write error; it or its connection may "
                            "be failing");
    case FileProblem::Other:
        break;
    }
    return Messages::tr("the system refused the operation");
}

Error readError(const QString& file, int errnoCode)
{
    return Error(Messages::tr("Cannot read %1: %2.")
                     .arg(shown(file), problemText(problemOfErrno(errnoCode))),
                 qt_error_string(errnoCode));
}

Error readError(const QString& file, const QIODevice& device)
{
    return Error(
        Messages::tr("Cannot read %1: %2.").arg(shown(file), problemText(problemOf(device))),
        device.errorString());
}

Error writeError(const QString& file, int errnoCode)
{
    return Error(Messages::tr("Cannot write %1: %2.")
                     .arg(shown(file), problemText(problemOfErrno(errnoCode))),
                 qt_error_string(errnoCode));
}

Error writeError(const QString& file, const QIODevice& device)
{
    return Error(
        Messages::tr("Cannot write %1: %2.").arg(shown(file), problemText(problemOf(device))),
        device.errorString());
}

} // namespace pml::files
