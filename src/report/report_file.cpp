#include "core/error.h"
#include "core/messages.h"
#include "files/atomic_file.h"
#include "report_writers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace pml {
namespace {

const std::pair<ReportFormat, const char*> formatKeys[] = {
    {ReportFormat::Pdf, "pdf"}, {ReportFormat::Xlsx, "xlsx"}, {ReportFormat::Html, "html"},
    {ReportFormat::Csv, "csv"}, {ReportFormat::Json, "json"},
};

} // namespace

QString reportFormatKey(ReportFormat format)
{
    for (const auto& [value, key] : formatKeys) {
        if (value == format) {
            return QString::fromLatin1(key);
        }
    }
    return {};
}

std::optional<ReportFormat> reportFormatFromKey(const QString& key)
{
    for (const auto& [value, name] : formatKeys) {
        if (key.compare(QLatin1String(name), Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return std::nullopt;
}

QStringList reportFormatKeys()
{
    QStringList keys;
    for (const auto& entry : formatKeys) {
        keys.append(QString::fromLatin1(entry.second));
    }
    return keys;
}

std::optional<QString> reportFileNameProblem(ReportFormat format, const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString key = reportFormatKey(format);
    if (suffix.isEmpty() || suffix == key ||
        (format == ReportFormat::Html && suffix == QLatin1String("htm"))) {
        return std::nullopt;
    }
    const QString name = QFileInfo(path).fileName();
    if (reportFormatFromKey(suffix)) {
        return Messages::tr("The file name \"%1\" ends in .%2, but the report is chosen as %3: "
                            "end the name with .%4, or choose the %5 format.")
            .arg(name, suffix, key.toUpper(), key, suffix.toUpper());
    }
    return Messages::tr("The file name \"%1\" ends in .%2, which is no report format: end the "
                        "name with .%3 for a %4 report.")
        .arg(name, suffix, key, key.toUpper());
}

QString withReportExtension(ReportFormat format, const QString& path)
{
    if (!QFileInfo(path).suffix().isEmpty())
        return path;
    return path + QLatin1Char('.') + reportFormatKey(format);
}

void writeReport(const ReportModel& model, ReportFormat format, QIODevice& device,
                 const WriteOptions& options)
{
    switch (format) {
    case ReportFormat::Pdf:
        writePdf(model, device);
        return;
    case ReportFormat::Xlsx:
        writeXlsx(model, device);
        return;
    case ReportFormat::Html:
        writeHtml(model, device);
        return;
    case ReportFormat::Csv:
        writeCsv(model, device, options.separator);
        return;
    case ReportFormat::Json:
        writeJson(model, device);
        return;
    }
}

void writeReportFile(const ReportModel& model, ReportFormat format, const QString& path,
                     const WriteOptions& options, const QStringList& protectedFiles)
{
    // The report goes to a temporary file that replaces `path` only when complete; when
    // anything throws before that, the temporary file is removed and `path` is untouched.
    try {
        files::AtomicFile file(path, protectedFiles);
        writeReport(model, format, file.device(), options);
        file.commit();
    } catch (const Error& error) {
        throw Error(Messages::tr("Cannot write the report to \"%1\": %2")
                        .arg(QDir::toNativeSeparators(path), error.message()),
                    error.details());
    }
}

} // namespace pml
