#pragma once

#include "report_model.h"
#include "report_text.h"
#include "xlsx_sheet.h"

namespace pml::xlsx {

// The "Revisión" ("Review") sheet: one row per line with its review state, who approved
// it and when, the narrative, the evidence and the reviewer's note. Not written for a
// model without reviews (built from a snapshot).
void reviewSheet(const Book& book, const ReportModel& model, const ReportText& t);

} // namespace pml::xlsx
