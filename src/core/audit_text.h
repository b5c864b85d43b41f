#pragma once

#include "audit.h"
#include "audit_values.h"

#include <QString>

namespace pml {

// An audit entry as people read it, in the interface language: the window's audit page,
// its CSV export and the command line's `audit` all use these.

// One sentence: "ana recorded 11.C1: In progress, 30.0 %, in force from 15/05/2026";
// "rosa returned line 2, Q2 2026: “Evidence missing”"; "ana changed the weight of 6.C3
// from 1 to 3". Every kind has one; an unknown kind gets a generic one, never raw values.
QString auditSentence(const AuditEntry& entry, const AuditNames& names = {});

// What the entry is about: "line 2, Q2 2026", "activity 11.C1", "person ana",
// "actor CONAM", "settings"; empty for the tracker itself.
QString auditItemText(const AuditEntry& entry, const AuditNames& names = {});

} // namespace pml
