#pragma once

#include <QByteArray>
#include <QString>

namespace pml::files {

// Reads a whole input file (a tracker export, a strategy) of at most `maxBytes`.
// Refuses, before reading, anything that is not an ordinary file (a folder, a FIFO that
// could block for ever, a device such as /dev/zero) and a file over the limit, with a
// message naming `what` ("a tracker export") and the limit. Throws pml::Error.
QByteArray readInputFile(const QString& file, qint64 maxBytes, const QString& what);

// The documented limits (docs/reliability.md).
constexpr qint64 kMaxTrackerJsonBytes = 512LL * 1024 * 1024;
constexpr qint64 kMaxStrategyJsonBytes = 16LL * 1024 * 1024;

} // namespace pml::files
