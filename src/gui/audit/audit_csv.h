#pragma once

#include "core/audit.h"
#include "core/audit_values.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pml {

// Writes the audit log as CSV (report/audit_csv.h, with a byte-order mark) to `file`
// atomically: the complete file or the old one. The separator goes with the interface's
// numbers, as the reports' CSV for a Spanish spreadsheet: ';' with decimal commas. Never
// over a tracker (`protectedFiles`, or any SQLite database), a folder or a device; throws
// pml::Error.
void writeAuditCsv(const QList<AuditEntry>& entries, const QString& file,
                   const QStringList& protectedFiles, const AuditNames& names = {});

} // namespace pml
