#pragma once

#include "temporary_file.h"

#include <QFile>
#include <QString>
#include <QStringList>

namespace pml::files {

// Writes a file for the user (an export, a report) so that `target` is either the
// complete new file or left as it was. The target is checked when the writer is made
// and again before the rename (see outputTargetProblem()); `protectedFiles` are the
// trackers the operation reads.
class AtomicFile {
public:
    AtomicFile(const QString& target, const QStringList& protectedFiles = {});
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    QIODevice& device() { return m_file; }
    // Flushes, checks the target again and renames into place; throws pml::Error.
    void commit();

    // Writes `bytes` to `target` in one step.
    static void write(const QString& target, const QByteArray& bytes,
                      const QStringList& protectedFiles = {});

private:
    QString m_target;
    QStringList m_protected;
    QString m_destination; // after symbolic links
    TemporaryFile m_temporary;
    QFile m_file;
};

} // namespace pml::files
