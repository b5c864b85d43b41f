#pragma once

#include "report_model.h"
#include "report_text.h"
#include "writer_support.h"

#include <QString>

namespace pml::html {

inline QString esc(const QString& text)
{
    return outputText(text).toHtmlEscaped();
}

// User text keeps its line breaks, as in the PDF.
inline QString lines(const QString& text)
{
    return esc(text).replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

// HTML fragments of the review for the HTML report; user text is escaped.
// The cover's list of each line's review state; empty without reviews.
QString reviewOverview(const ReportModel& model, const ReportText& t);
// A line's section: its state, who approved it, the narrative and the evidence.
QString lineReview(const ReportModel& model, const LineReview& review, const ReportText& t);
// The fingerprint with what it means, for the closing; empty without one.
QString fingerprint(const ReportModel& model, const ReportText& t);
// The style of the fragments above.
const char* reviewStyle();

} // namespace pml::html
