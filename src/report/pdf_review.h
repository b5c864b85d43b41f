#pragma once

#include "pdf_layout.h"
#include "report_model.h"
#include "report_text.h"

namespace pml {

// The review in the PDF report.
// Each line's review state, one line each with a coloured mark (the executive summary).
void layOutReviewOverview(PdfLayout& layout, const ReportModel& model, const ReportText& t);
// A line's review state, who approved it and what that means, in a tinted box under the
// line's heading.
void layOutReviewState(PdfLayout& layout, const ReportModel& model, const LineReview& review,
                       const ReportText& t);
// The line's narrative (achievements, difficulties, next steps) and evidence list.
void layOutNarrative(PdfLayout& layout, const LineReview& review, const ReportText& t);
// "Huella: a3f9 1c07 5b2e 9d40 …" with what it means (the sign-off block).
void layOutFingerprint(PdfLayout& layout, const ReportModel& model, const ReportText& t);

} // namespace pml
