#include "pdf_finish.h"

#include <QHash>
#include <QList>

#include <algorithm>
#include <optional>

namespace pml {
namespace {

struct Insertion {
    qsizetype at = 0;
    QByteArray bytes;
};

struct XrefTable {
    qsizetype position = 0;        // of "xref"
    qsizetype firstEntry = 0;      // of the first 20-byte entry
    QList<qsizetype> offsets;      // one per entry; the free entry 0 included
    qsizetype startxrefNumber = 0; // of the number after "startxref\n"
};

std::optional<qsizetype> numberAt(const QByteArray& pdf, qsizetype at, qsizetype* end = nullptr)
{
    qsizetype i = at;
    while (i < pdf.size() && pdf[i] >= '0' && pdf[i] <= '9') {
        ++i;
    }
    bool ok = false;
    const qsizetype value = pdf.mid(at, i - at).toLongLong(&ok);
    if (!ok) {
        return std::nullopt;
    }
    if (end) {
        *end = i;
    }
    return value;
}

// Qt writes one classic table: "xref\n0 N\n" then N entries "0000001234 00000 n \n".
std::optional<XrefTable> readXref(const QByteArray& pdf)
{
    XrefTable table;
    const qsizetype keyword = pdf.lastIndexOf("startxref\n");
    if (keyword < 0) {
        return std::nullopt;
    }
    table.startxrefNumber = keyword + 10;
    const auto position = numberAt(pdf, table.startxrefNumber);
    if (!position || !pdf.mid(*position).startsWith("xref\n0 ")) {
        return std::nullopt;
    }
    table.position = *position;
    qsizetype end = 0;
    const auto count = numberAt(pdf, table.position + 7, &end);
    if (!count || end >= pdf.size() || pdf[end] != '\n' || end + 1 + *count * 20 > keyword) {
        return std::nullopt;
    }
    table.firstEntry = end + 1;
    for (qsizetype i = 0; i < *count; ++i) {
        const auto offset = numberAt(pdf, table.firstEntry + i * 20);
        if (!offset) {
            return std::nullopt;
        }
        table.offsets.append(*offset);
    }
    return table;
}

// "/BaseFont /DejaVuSans\n" gets the tag of "/FontName /QUDAAA+DejaVuSans\n".
QList<Insertion> subsetTags(const QByteArray& pdf, qsizetype end)
{
    QHash<QByteArray, QByteArray> tags; // font name → "QUDAAA+"; empty when ambiguous
    const QByteArray fontName("/FontName /");
    for (qsizetype at = pdf.indexOf(fontName); at >= 0 && at < end;
         at = pdf.indexOf(fontName, at + 1)) {
        const qsizetype name = at + fontName.size();
        const qsizetype line = pdf.indexOf('\n', name);
        if (line < 0 || line - name < 8 || pdf[name + 6] != '+') {
            continue;
        }
        const QByteArray font = pdf.mid(name + 7, line - name - 7);
        const QByteArray tag = pdf.mid(name, 7);
        tags.insert(font, tags.contains(font) && tags.value(font) != tag ? QByteArray() : tag);
    }
    QList<Insertion> insertions;
    const QByteArray baseFont("/BaseFont /");
    for (qsizetype at = pdf.indexOf(baseFont); at >= 0 && at < end;
         at = pdf.indexOf(baseFont, at + 1)) {
        const qsizetype name = at + baseFont.size();
        const qsizetype line = pdf.indexOf('\n', name);
        const QByteArray tag = line < 0 ? QByteArray() : tags.value(pdf.mid(name, line - name));
        if (!tag.isEmpty()) {
            insertions.append({name, tag});
        }
    }
    return insertions;
}

// A PDF text string in UTF-16BE hex: no escaping needed whatever the name holds.
QByteArray pdfText(const QString& text)
{
    QByteArray utf16("\xfe\xff", 2);
    for (QChar c : text) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xff));
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

std::optional<Insertion> authorEntry(const QByteArray& pdf, const XrefTable& xref,
                                     const QString& author)
{
    if (author.isEmpty()) {
        return std::nullopt;
    }
    const qsizetype info = pdf.indexOf("/Info ", xref.position);
    const auto object = info < 0 ? std::nullopt : numberAt(pdf, info + 6);
    if (!object || *object <= 0 || *object >= xref.offsets.size()) {
        return std::nullopt;
    }
    const qsizetype at = xref.offsets[*object];
    const QByteArray head = QByteArray::number(*object) + " 0 obj\n<<\n";
    const qsizetype existing = pdf.indexOf("/Author", at);
    if (pdf.mid(at, head.size()) != head || (existing >= 0 && existing < pdf.indexOf(">>", at))) {
        return std::nullopt;
    }
    return Insertion{at + head.size(), "/Author " + pdfText(author) + '\n'};
}

} // namespace

QByteArray finishPdf(const QByteArray& pdf, const QString& author)
{
    const auto xref = readXref(pdf);
    if (!xref) {
        return pdf;
    }
    QList<Insertion> insertions = subsetTags(pdf, xref->position);
    if (const auto entry = authorEntry(pdf, *xref, author)) {
        insertions.append(*entry);
    }
    std::sort(insertions.begin(), insertions.end(),
              [](const Insertion& a, const Insertion& b) { return a.at < b.at; });
    // Every object after an insertion moves by the bytes inserted before it.
    const auto moved = [&](qsizetype offset) {
        qsizetype shift = 0;
        for (const Insertion& insertion : insertions) {
            if (insertion.at < offset) {
                shift += insertion.bytes.size();
            }
        }
        return offset + shift;
    };
    QByteArray out;
    out.reserve(pdf.size() + 1024);
    qsizetype copied = 0;
    for (const Insertion& insertion : insertions) {
        out.append(pdf.constData() + copied, insertion.at - copied);
        out.append(insertion.bytes);
        copied = insertion.at;
    }
    out.append(pdf.constData() + copied, xref->firstEntry - copied);
    for (qsizetype i = 0; i < xref->offsets.size(); ++i) {
        const qsizetype offset = i == 0 ? xref->offsets[i] : moved(xref->offsets[i]);
        out.append(QByteArray::number(offset).rightJustified(10, '0'));
        out.append(pdf.constData() + xref->firstEntry + i * 20 + 10, 10);
    }
    const qsizetype tableEnd = xref->firstEntry + xref->offsets.size() * 20;
    out.append(pdf.constData() + tableEnd, xref->startxrefNumber - tableEnd);
    out.append(QByteArray::number(moved(xref->position)));
    qsizetype numberEnd = 0;
    numberAt(pdf, xref->startxrefNumber, &numberEnd);
    out.append(pdf.constData() + numberEnd, pdf.size() - numberEnd);
    return out;
}

} // namespace pml
