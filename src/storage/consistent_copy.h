#pragma once

#include <QString>

#include <functional>

namespace pml {

// Writes a copy of a tracker to the file `target` through a temporary file beside it:
// `copyInto` fills the temporary file (missing or empty) with a consistent copy, then it
// is renamed to `target`, replacing an ordinary file only when `replace` says so. A
// failure names `source` and `target` and leaves nothing behind.
void writeCopyAtomically(const QString& source, const QString& target, bool replace,
                         const std::function<void(const QString& temporaryFile)>& copyInto);

} // namespace pml
