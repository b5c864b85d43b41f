#pragma once

#include "core/snapshot.h"
#include "report/report_model.h"
#include "report/report_writers.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <optional>

namespace pml::test {

// A two-line strategy with six activities and a history spread over 2026's quarters:
// Q2 and Q3 updates, two on the same day, a withdrawn one, one after Q3, a cancellation,
// user text that looks like HTML or a spreadsheet formula.
Snapshot reportSnapshot();

// The day the tests make their reports: 2026-10-08, in Q4 2026 (Q3 has ended).
QDate testToday();
// Options for a quarter's report made on testToday().
ReportOptions quarterOptions(int year, int quarter, std::optional<int> line = std::nullopt,
                             const QString& language = QStringLiteral("es"));
ReportMeta testMeta();

// Runs a program and returns its standard output; nullopt when it is not installed.
std::optional<QByteArray> runTool(const QString& program, const QStringList& arguments);

// The report written to memory, or to `name` in `dir` (returns the path).
QByteArray written(const ReportModel& model, ReportFormat format, const WriteOptions& options = {});
QString saved(const QTemporaryDir& dir, const ReportModel& model, ReportFormat format,
              const QString& name);
// pdftotext's text of the PDF (of pages first to last when given), with line breaks and
// runs of spaces folded to single spaces; nullopt when pdftotext is not installed.
std::optional<QString> pdfText(const QString& path, int first = 0, int last = 0);
// One file of a zip (an XLSX), as text; empty when unzip is not installed.
QString zipEntry(const QString& zip, const QString& entry);

} // namespace pml::test
