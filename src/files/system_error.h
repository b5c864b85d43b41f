#pragma once

#include "core/error.h"

#include <QString>

class QIODevice;

// The one place where what the system says about a file (an errno code, a Qt device's
// error) becomes a sentence for the user. The system's own words, often English, are kept
// only in pml::Error::details().
namespace pml::files {

enum class FileProblem {
    NotFound,
    PermissionDenied,
    DiskFull,
    ReadOnlyDisk,
    IsFolder,
    TooManyOpenFiles,
    InputOutput,
    Other,
};

FileProblem problemOfErrno(int code);
// Qt reports a system error only as text (QIODevice::errorString(),
// QTemporaryDir::errorString()), made from the code: the code is found again by comparing
// that text with the system's text for each code told apart here.
FileProblem problemOfErrorText(const QString& text);
FileProblem problemOf(const QIODevice& device);

// The problem in plain words, to follow "Cannot read <file>: " ("the disk is full").
QString problemText(FileProblem problem);

// "Cannot read <file>: <problem>." with the system's text as details.
Error readError(const QString& file, int errnoCode);
Error readError(const QString& file, const QIODevice& device);
// "Cannot write <file>: <problem>." with the system's text as details.
Error writeError(const QString& file, int errnoCode);
Error writeError(const QString& file, const QIODevice& device);

} // namespace pml::files
