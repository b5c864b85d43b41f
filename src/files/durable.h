#pragma once

#include <QString>

// File-system steps that make a finished write survive a crash or a power cut.
namespace pml::files {

// Flushes a file's data to the disk (fsync); throws pml::Error on failure, naming
// `shownAs` (the file the user asked for) when given rather than `file`.
void syncFile(const QString& file, const QString& shownAs = {});
// Flushes a folder's entries (a rename in it) to the disk, where the system allows it.
void syncFolderOf(const QString& file);

} // namespace pml::files
