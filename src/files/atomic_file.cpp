#include "atomic_file.h"

#include "core/error.h"
#include "output_target.h"
#include "system_error.h"

namespace pml::files {
namespace {

QString preparedDestination(const QString& target, const QStringList& protectedFiles)
{
    const QString destination = requireOutputTarget(target, protectedFiles);
    sweepLeftovers(destination);
    return destination;
}

[[noreturn]] void writeFailed(const QString& target, const QFile& file)
{
    throw writeError(target, file);
}

} // namespace

AtomicFile::AtomicFile(const QString& target, const QStringList& protectedFiles)
    : m_target(target)
    , m_protected(protectedFiles)
    , m_destination(preparedDestination(target, protectedFiles))
    , m_temporary(m_destination)
    , m_file(m_temporary.path())
{
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        writeFailed(target, m_file);
    }
}

void AtomicFile::commit()
{
    if (!m_file.flush()) {
        writeFailed(m_target, m_file);
    }
    m_file.close();
    if (m_file.error() != QFileDevice::NoError) {
        writeFailed(m_target, m_file);
    }
    // The target may have changed while the file was written (e.g. a tracker created there).
    requireOutputTarget(m_target, m_protected);
    m_temporary.commitTo(m_destination, true);
}

void AtomicFile::write(const QString& target, const QByteArray& bytes,
                       const QStringList& protectedFiles)
{
    AtomicFile file(target, protectedFiles);
    if (file.device().write(bytes) != bytes.size()) {
        writeFailed(target, file.m_file);
    }
    file.commit();
}

} // namespace pml::files
