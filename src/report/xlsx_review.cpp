#include "xlsx_review.h"

namespace pml::xlsx {

void reviewSheet(const Book& book, const ReportModel& m, const ReportText& t)
{
    if (m.reviews.isEmpty()) {
        return;
    }
    const bool spanish = t.language() == ReportLanguage::Spanish;
    Sheet sheet(book, spanish ? QStringLiteral("Revisión") : QStringLiteral("Review"),
                {QStringLiteral("N.º"), Column(t(Phrase::Line), 30),
                 Column(t(Phrase::ReviewColumn), 34), Column(t(Phrase::Achievements), 45),
                 Column(t(Phrase::Difficulties), 45), Column(t(Phrase::NextSteps), 45),
                 Column(t(Phrase::Evidence), 50), Column(t(Phrase::Note), 40)});
    for (const LineReview& review : m.reviews) {
        QString name;
        for (const LineSection& line : m.lines) {
            if (line.number == review.line) {
                name = line.name;
            }
        }
        QStringList evidence;
        for (const Evidence& e : review.evidence) {
            evidence.append(t.evidence(e));
        }
        sheet.code(0, review.line);
        sheet.text(1, name);
        sheet.text(2, t.reviewSentences(m, review).join(QLatin1Char('\n')));
        sheet.text(3, review.narrative.achievements);
        sheet.text(4, review.narrative.difficulties);
        sheet.text(5, review.narrative.nextSteps);
        sheet.text(6, evidence.join(QLatin1Char('\n')));
        sheet.text(7, review.returnNote);
        sheet.nextRow();
    }
    sheet.finish();
}

} // namespace pml::xlsx
