#pragma once

#include "core/audit.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pml {

// Writes the audit log as CSV (report/audit_csv.h, with a byte-order mark) to `file`
// atomically: the complete file or the old one. Never over a
// tracker (`protectedFiles`, or any SQLite database), a folder or a device; throws pml::Error.
void writeAuditCsv(const QList<AuditEntry>& entries, const QString& file,
                   const QStringList& protectedFiles);

} // namespace pml
