#pragma once

#include "pdf_layout.h"
#include "report_model.h"
#include "report_text.h"

namespace pml {

// The report's closing section: how the figures are computed, then the block for who
// prepared and who reviewed the report (names, signature and date lines).
void layOutClosing(PdfLayout& layout, const ReportModel& model, const ReportText& t);

} // namespace pml
