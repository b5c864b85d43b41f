#pragma once

#include "core/audit.h"

#include <QByteArray>
#include <QList>

namespace pml {

// The audit log as CSV (UTF-8, comma-separated, CRLF), one row per entry in the order
// given: entry number, when (ISO 8601, UTC), who, kind, its name, item, old and new
// values, and the entry's hash (to check it against the tracker later). The window's
// export and `pml-tracker-cli audit --csv` both write this.
QByteArray auditCsv(const QList<AuditEntry>& entries);

} // namespace pml
