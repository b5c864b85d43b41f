#pragma once

#include "report_model.h"

#include <QChar>
#include <QIODevice>
#include <QImage>
#include <QPagedPaintDevice>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace pml {

enum class ReportFormat { Pdf, Xlsx, Html, Csv, Json };

QString reportFormatKey(ReportFormat format); // "pdf", "xlsx", "html", "csv", "json"
std::optional<ReportFormat> reportFormatFromKey(const QString& key);
QStringList reportFormatKeys();
// Why `path` is no name for a report in `format`: its extension names another format or
// none we know ("informe.html" for CSV text). None when it matches, also for ".htm".
// `path` without an extension: none either; the caller adds it (withReportExtension()).
std::optional<QString> reportFileNameProblem(ReportFormat format, const QString& path);
// `path` with the format's extension appended when it has none.
QString withReportExtension(ReportFormat format, const QString& path);

struct WriteOptions {
    QChar separator = QLatin1Char(','); // CSV only: ',' or ';' (';' also means decimal comma)
};

// Each writer writes the whole report to an open device, in the model's language, and
// throws pml::Error when it cannot. PDF needs a QGuiApplication (fonts), no display.
void writePdf(const ReportModel& model, QIODevice& device);
void writeXlsx(const ReportModel& model, QIODevice& device);
void writeHtml(const ReportModel& model, QIODevice& device);
void writeCsv(const ReportModel& model, QIODevice& device, QChar separator = QLatin1Char(','));
void writeJson(const ReportModel& model, QIODevice& device);

// Paints the PDF report's pages on a paged device, such as a QPrinter from a print
// dialog: A4, the full page (the report draws its own margins).
void paintReport(const ReportModel& model, QPagedPaintDevice& device);

// The PDF report's pages as images, for an on-screen preview; laid out once.
class ReportPreview {
public:
    explicit ReportPreview(const ReportModel& model);
    ~ReportPreview();
    ReportPreview(const ReportPreview&) = delete;
    ReportPreview& operator=(const ReportPreview&) = delete;

    int pageCount() const;
    // Page `index` (from 0) rendered `width` pixels wide.
    QImage page(int index, int width) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

void writeReport(const ReportModel& model, ReportFormat format, QIODevice& device,
                 const WriteOptions& options = {});

// Writes the report to `path` through a temporary file that replaces `path` only when
// complete: on any failure nothing is left behind and pml::Error is thrown naming the
// file. `path` may not be a tracker (`protectedFiles`, the trackers read, or any other),
// a folder or a device (files::outputTargetProblem()).
void writeReportFile(const ReportModel& model, ReportFormat format, const QString& path,
                     const WriteOptions& options = {}, const QStringList& protectedFiles = {});

} // namespace pml
