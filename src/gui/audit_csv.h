#pragma once

#include "core/audit.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace pml {

// The audit log as CSV (UTF-8 with a byte-order mark, comma-separated, CRLF), one row per
// entry in the order given: entry number, when (ISO 8601, UTC), who, kind, its name, item,
// old and new values, and the entry's hash (to check it against the tracker later).
QByteArray auditCsv(const QList<AuditEntry>& entries);

// Writes auditCsv() to `file` atomically: the complete file or the old one. Never over a
// tracker (`protectedFiles`, or any SQLite database), a folder or a device; throws pml::Error.
void writeAuditCsv(const QList<AuditEntry>& entries, const QString& file,
                   const QStringList& protectedFiles);

} // namespace pml
