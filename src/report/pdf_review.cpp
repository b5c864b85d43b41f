#include "pdf_review.h"

namespace pml {
namespace {

using Style = PdfLayout::Style;

const QColor muted(0x61, 0x61, 0x61);

QColor stateColor(ReviewState state)
{
    switch (state) {
    case ReviewState::Open:
        return QColor(0x61, 0x61, 0x61);
    case ReviewState::Submitted:
        return QColor(0x15, 0x65, 0xc0);
    case ReviewState::Returned:
        return QColor(0x8a, 0x5a, 0x00);
    case ReviewState::Approved:
        return QColor(0x2e, 0x7d, 0x32);
    }
    return muted;
}

QColor tint(const QColor& color)
{
    return QColor(255 - (255 - color.red()) * 12 / 100, 255 - (255 - color.green()) * 12 / 100,
                  255 - (255 - color.blue()) * 12 / 100);
}

// User text of any length: paragraph by paragraph, and a paragraph taller than the room
// left on the page is broken between words at the page's foot.
void flow(PdfLayout& layout, const QString& text, Style style, double x, double width)
{
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        QStringList words = paragraph.split(QLatin1Char(' '));
        while (!words.isEmpty()) {
            const double room = layout.contentRect().bottom() - layout.y();
            const QString all = words.join(QLatin1Char(' '));
            if (layout.textHeight(all, style, width) <= room) {
                layout.paragraph(all, style, {}, x, width);
                break;
            }
            // The most words that fit: at least one on a fresh page.
            qsizetype low = 0;
            qsizetype high = words.size();
            while (low < high) {
                const qsizetype middle = (low + high + 1) / 2;
                const QString part = words.mid(0, middle).join(QLatin1Char(' '));
                if (layout.textHeight(part, style, width) <= room) {
                    low = middle;
                } else {
                    high = middle - 1;
                }
            }
            if (low == 0 && layout.y() > layout.contentRect().top()) {
                layout.newPage();
                continue;
            }
            low = std::max<qsizetype>(low, 1);
            layout.paragraph(words.mid(0, low).join(QLatin1Char(' ')), style, {}, x, width);
            words = words.mid(low);
            layout.newPage();
        }
    }
}

void bullet(PdfLayout& layout, const QString& text, const QColor& color)
{
    const QRectF content = layout.contentRect();
    const double indent = layout.mm(5);
    const double height = layout.textHeight(text, Style::Body, content.width() - indent);
    layout.ensure(height);
    layout.text(QRectF(content.left(), layout.y(), indent, height), QStringLiteral("•"),
                Style::Body, Qt::AlignLeft | Qt::AlignTop, color);
    flow(layout, text, Style::Body, content.left() + indent, content.width() - indent);
    layout.space(layout.mm(1));
}

} // namespace

void layOutReviewOverview(PdfLayout& layout, const ReportModel& model, const ReportText& t)
{
    if (model.reviews.isEmpty()) {
        return;
    }
    const QRectF content = layout.contentRect();
    const double rowHeight = layout.metrics(Style::Body).height() + layout.mm(1.2);
    layout.heading(t(Phrase::ReviewOfLines), Style::Heading2, rowHeight);
    const double mark = layout.mm(2.6);
    const double indent = layout.mm(5);
    for (const LineReview& review : model.reviews) {
        const QString text = t.lineReviewSummary(review);
        const double height = layout.textHeight(text, Style::Body, content.width() - indent);
        layout.ensure(height);
        const double top = layout.y();
        layout.rect(
            QRectF(content.left(), top + (rowHeight - mark) / 2 - layout.mm(0.6), mark, mark),
            stateColor(review.state));
        layout.paragraph(text, Style::Body, {}, content.left() + indent, content.width() - indent);
        layout.space(layout.mm(1.2));
    }
    layout.paragraph(t(Phrase::ReviewOfLinesIntro), Style::Small, muted);
    layout.space(layout.mm(5));
}

void layOutReviewState(PdfLayout& layout, const ReportModel& model, const LineReview& review,
                       const ReportText& t)
{
    const QRectF content = layout.contentRect();
    const QColor ink = stateColor(review.state);
    const double pad = layout.mm(2.5);
    const double width = content.width() - 2 * pad - layout.mm(1.2);
    const QString title =
        QStringLiteral("%1: %2").arg(t(Phrase::ReviewSection), t.reviewState(review.state));
    const QStringList sentences = t.reviewSentences(model, review);
    const QString body = sentences.join(QLatin1Char(' '));
    const double titleHeight = layout.textHeight(title, Style::BodyBold, width);
    const double height = titleHeight + layout.mm(1) + layout.textHeight(body, Style::Body, width);
    layout.ensure(height + 2 * pad);
    const QRectF box(content.left(), layout.y(), content.width(), height + 2 * pad);
    layout.rect(box, tint(ink));
    layout.rect(QRectF(box.left(), box.top(), layout.mm(1.2), box.height()), ink);
    const double x = box.left() + layout.mm(1.2) + pad;
    layout.text(QRectF(x, box.top() + pad, width, titleHeight), title, Style::BodyBold,
                Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, ink);
    layout.text(QRectF(x, box.top() + pad + titleHeight + layout.mm(1), width,
                       height - titleHeight - layout.mm(1)),
                body, Style::Body, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
    layout.setY(box.bottom() + layout.mm(4));
}

void layOutNarrative(PdfLayout& layout, const LineReview& review, const ReportText& t)
{
    // What is missing is said in the review box (reviewSentences()).
    const QRectF content = layout.contentRect();
    const double line = layout.metrics(Style::Body).height();
    if (!review.narrative.isEmpty()) {
        layout.heading(t(Phrase::Narrative), Style::Heading2, 3 * line);
        for (const auto& [label, text] :
             {std::pair{Phrase::Achievements, review.narrative.achievements},
              std::pair{Phrase::Difficulties, review.narrative.difficulties},
              std::pair{Phrase::NextSteps, review.narrative.nextSteps}}) {
            layout.ensure(layout.metrics(Style::BodyBold).height() + 2 * line);
            layout.paragraph(t(label), Style::BodyBold);
            flow(layout, text.trimmed().isEmpty() ? QStringLiteral("—") : text.trimmed(),
                 Style::Body, content.left() + layout.mm(4), content.width() - layout.mm(4));
            layout.space(layout.mm(2));
        }
        layout.space(layout.mm(2));
    }
    if (!review.evidence.isEmpty()) {
        layout.heading(t(Phrase::Evidence), Style::Heading2, 2 * line);
        for (const Evidence& e : review.evidence) {
            bullet(layout, t.evidence(e), stateColor(review.state));
        }
        layout.space(layout.mm(4));
    }
}

void layOutFingerprint(PdfLayout& layout, const ReportModel& model, const ReportText& t)
{
    if (model.fingerprint.isEmpty()) {
        return;
    }
    const QString text =
        QStringLiteral("%1: %2").arg(t(Phrase::Fingerprint), t.fingerprint(model.fingerprint));
    layout.ensure(layout.metrics(Style::BodyBold).height() +
                  3 * layout.metrics(Style::Small).height());
    layout.paragraph(text, Style::BodyBold);
    layout.paragraph(t(Phrase::FingerprintNote), Style::Small, muted);
}

} // namespace pml
