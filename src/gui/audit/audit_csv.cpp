#include "gui/audit/audit_csv.h"

#include "files/atomic_file.h"
#include "files/output_target.h"
#include "report/audit_csv.h"

namespace pml {

void writeAuditCsv(const QList<AuditEntry>& entries, const QString& file,
                   const QStringList& protectedFiles, const AuditNames& names)
{
    files::requireOutputTarget(file, protectedFiles);
    // The byte-order mark makes spreadsheets read the file as UTF-8.
    files::AtomicFile::write(
        file, QByteArray("\xEF\xBB\xBF") + auditCsv(entries, localeCsvSeparator(), names),
        protectedFiles);
}

} // namespace pml
