#pragma once

#include <QString>

// File-system steps that make writes atomic and durable.
namespace pml::files {

// Flushes a file's data to the disk (fsync); throws pml::Error on failure.
void syncFile(const QString& file);
// Flushes a folder's entries (a rename in it) to the disk, where the system allows it.
void syncFolderOf(const QString& file);
// Removes the file and SQLite's companion files beside it, ignoring missing ones.
void removeWithCompanions(const QString& file);
// A name beside `file` that does not exist yet: "<file>.tmp-XXXXXX" (created empty).
QString reserveTemporaryName(const QString& file);

} // namespace pml::files
