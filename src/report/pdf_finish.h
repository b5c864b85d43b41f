#pragma once

#include <QByteArray>
#include <QString>

namespace pml {

// Completes a PDF written by Qt's PDF writer (Qt 6.4) with what it leaves out:
// - each embedded font is a subset, but Qt puts the subset tag ("QUDAAA+") only on the
//   font descriptor, not on the font's BaseFont, so tools report the fonts as whole
//   fonts; the tag is copied to BaseFont, as the PDF specification asks;
// - QPdfWriter has no author: `author` is added to the document information.
// The cross-reference table is rewritten to match. A file not laid out as expected is
// returned unchanged (it is a valid PDF either way).
QByteArray finishPdf(const QByteArray& pdf, const QString& author);

} // namespace pml
