#include "pdf_closing.h"

#include "pdf_review.h"

namespace pml {
namespace {

using Style = PdfLayout::Style;

const QColor accent(0x1b, 0x4f, 0x72);
const QColor muted(0x61, 0x61, 0x61);
const QColor rule(0x90, 0xa4, 0xae);

void methodNote(PdfLayout& layout, const ReportModel& model, const ReportText& t)
{
    const QRectF content = layout.contentRect();
    const double indent = layout.mm(5);
    for (const QString& item : t.methodNote(model)) {
        const double height =
            layout.textHeight(item, Style::Body, content.width() - indent) + layout.mm(1.5);
        layout.ensure(height);
        layout.text(QRectF(content.left(), layout.y(), indent, height), QStringLiteral("•"),
                    Style::Body, Qt::AlignLeft | Qt::AlignTop, accent);
        layout.paragraph(item, Style::Body, {}, content.left() + indent, content.width() - indent);
        layout.space(layout.mm(1.5));
    }
}

// One signer's box: the role, then name, signature and date on lines to sign by hand.
void signBox(PdfLayout& layout, const QRectF& box, const QString& role, const QString& name,
             const ReportText& t)
{
    const double pad = layout.mm(3);
    layout.rect(box, {}, rule, layout.mm(0.3));
    layout.text(QRectF(box.left() + pad, box.top() + pad, box.width() - 2 * pad, layout.mm(6)),
                role, Style::BodyBold, Qt::AlignLeft | Qt::AlignTop, accent);
    const double labelWidth = layout.mm(18);
    double y = box.top() + layout.mm(13);
    for (const auto& [label, value] :
         {std::pair{t(Phrase::Name), name}, std::pair{t(Phrase::Signature), QString()},
          std::pair{t(Phrase::Date), QString()}}) {
        const QRectF line(box.left() + pad, y, box.width() - 2 * pad, layout.mm(6));
        layout.text(QRectF(line.left(), line.top(), labelWidth, line.height()),
                    label + QLatin1Char(':'), Style::Small, Qt::AlignLeft | Qt::AlignBottom, muted);
        layout.text(line.adjusted(labelWidth, 0, 0, -layout.mm(0.8)), value, Style::Body,
                    Qt::AlignLeft | Qt::AlignBottom);
        layout.line(QPointF(line.left() + labelWidth, line.bottom()),
                    QPointF(line.right(), line.bottom()), rule, layout.mm(0.25));
        y += layout.mm(label == t(Phrase::Name) ? 12 : 9);
    }
}

void signOff(PdfLayout& layout, const ReportModel& model, const ReportText& t)
{
    const QRectF content = layout.contentRect();
    const double height = layout.mm(48);
    layout.heading(t(Phrase::SignOff), Style::Heading2, layout.mm(8) + height);
    layout.paragraph(t(Phrase::SignOffIntro), Style::Small, muted);
    layout.space(layout.mm(3));
    const double gap = layout.mm(8);
    const double width = (content.width() - gap) / 2;
    const double top = layout.y();
    signBox(layout, QRectF(content.left(), top, width, height), t(Phrase::PreparedBy),
            model.meta.producedBy, t);
    signBox(layout, QRectF(content.left() + width + gap, top, width, height), t(Phrase::ReviewedBy),
            model.meta.reviewedBy, t);
    layout.setY(top + height);
}

} // namespace

void layOutClosing(PdfLayout& layout, const ReportModel& model, const ReportText& t)
{
    methodNote(layout, model, t);
    layout.space(layout.mm(8));
    signOff(layout, model, t);
    layout.space(layout.mm(6));
    layOutFingerprint(layout, model, t);
}

} // namespace pml
