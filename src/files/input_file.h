#pragma once

#include <QByteArray>
#include <QString>

namespace pml::files {

// Reads a whole input file (a tracker export, a strategy) of at most `maxBytes`.
// Refuses, before reading, anything that is not an ordinary file (a folder, a FIFO that
// could block for ever, a device such as /dev/zero) and a file over the limit, with a
// message naming `what` ("a tracker export") and the limit. Throws pml::Error.
QByteArray readInputFile(const QString& file, qint64 maxBytes, const QString& what);

// Reads a file offered as evidence, under core's evidence rules: refuses a symbolic link
// (naming its target), anything but an ordinary file, and a file over the limit, each with
// its exact figures. Throws pml::Error.
QByteArray readEvidenceFile(const QString& file);

// Writes `content` to a file that must not exist yet (exclusive creation): a name that
// is taken, or a link planted in its place, is refused rather than followed or replaced.
// Throws pml::Error.
void writeNewFile(const QString& file, const QByteArray& content);

// The documented limits (docs/reliability.md).
constexpr qint64 kMaxTrackerJsonBytes = 512LL * 1024 * 1024;
constexpr qint64 kMaxStrategyJsonBytes = 16LL * 1024 * 1024;

} // namespace pml::files
