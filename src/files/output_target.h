#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// Which files a file written for the user (an export, a report, a backup copy) may replace.
namespace pml::files {

// Why `target` may not be written, or nothing when it may. Refused: a folder, FIFO,
// socket or device; a link to a missing file; any of `protectedFiles` (compared as
// files, so a symbolic or hard link to one is refused too); and any SQLite database,
// since it may be another tracker. A missing target in an existing folder is fine.
std::optional<QString> outputTargetProblem(const QString& target,
                                           const QStringList& protectedFiles = {});

// The file to write for `target`: its final path after symbolic links, so that writing
// replaces what the link points to and keeps the link. Throws pml::Error with
// outputTargetProblem()'s message when it may not be written.
QString requireOutputTarget(const QString& target, const QStringList& protectedFiles = {});

// Whether the file starts with SQLite's header (a tracker or another database).
bool isSqliteDatabase(const QString& file);

} // namespace pml::files
