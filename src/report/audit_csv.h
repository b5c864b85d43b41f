#pragma once

#include "core/audit.h"
#include "core/audit_values.h"

#include <QByteArray>
#include <QChar>
#include <QList>

namespace pml {

// The audit log as CSV (UTF-8, CRLF), one row per entry in the order given: entry number,
// when (ISO 8601, UTC), who, kind, its name, item, what happened (the entry as a sentence,
// in the interface language), old and new values as recorded, and the entry's hash (to
// check it against the tracker later). With ';' as the separator, as spreadsheets that
// write decimal commas expect. The window's export and `pml-tracker-cli audit --csv` both
// write this; throws pml::Error for a separator other than ',' or ';'.
QByteArray auditCsv(const QList<AuditEntry>& entries, QChar separator = QLatin1Char(','),
                    const AuditNames& names = {});

// The separator that goes with the current locale's numbers: ';' where the decimal mark
// is a comma (the Spanish interface), ',' elsewhere.
QChar localeCsvSeparator();

} // namespace pml
