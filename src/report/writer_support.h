#pragma once

#include "core/enums.h"
#include "schedule_palette.h"

#include <QByteArray>
#include <QColor>
#include <QIODevice>
#include <QImage>
#include <QList>
#include <QString>

namespace pml {

// A person's text as every report writer prints it: line breaks and tabs stay (CR LF and CR
// become LF); every other control character is shown as its visible symbol (NUL as "␀",
// ESC as "␛", C1 controls as "�"), so no text is cut at a NUL, no file carries a raw
// control byte and nothing a person typed is silently lost.
QString outputText(const QString& text);

// CSV only: text a spreadsheet could take for a formula (= + - @ tab CR first) gets a
// leading apostrophe, so a note such as "=HYPERLINK(…)" stays text when the file is
// opened. XLSX needs none: its string cells are never evaluated (docs/reports.md).
QString neutraliseFormula(const QString& text);
// One CSV field: formula-safe, quoted when it holds the separator, a quote or a line break.
QString csvField(const QString& text, QChar separator = QLatin1Char(','));

struct ReportModel;
// The institution's logo from the tracker's settings; null when there is none or it
// cannot be read.
QImage reportLogo(const ReportModel& model);

// A lighter tint for backgrounds.
QColor scheduleTint(Schedule schedule);
// The status colour darkened where needed so that text in it stays readable on white or
// on its tint, and white text stays readable on it (light grey, amber).
QColor scheduleInk(Schedule schedule);

// "21, 22"
QString numberList(const QList<int>& numbers);
// The file name of a path, for the cover ("seguimiento.pml").
QString displayFileName(const QString& path);

// Writes all of `bytes` or throws pml::Error with the device's error text.
void writeAll(QIODevice& device, const QByteArray& bytes);

} // namespace pml
