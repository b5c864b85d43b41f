#include "cli_support.h"
#include "commands.h"
#include "core/format.h"
#include "core/messages.h"
#include "files/output_target.h"
#include "report/report_model.h"
#include "report/report_text.h"
#include "report/report_writers.h"

#include <QDateTime>
#include <QFileInfo>

namespace pml::cli {

namespace {

// The format named by --format, or else by the output file's extension.
ReportFormat reportFormat(const QString& option, const QString& output)
{
    const QString key = option.isEmpty() ? QFileInfo(output).suffix() : option;
    if (const auto format = reportFormatFromKey(key)) {
        return *format;
    }
    if (option.isEmpty()) {
        throw UsageError(
            Messages::tr("report: give --format (%1): the extension of '%2' names none")
                .arg(reportFormatKeys().join(QLatin1Char('|')), output));
    }
    throw Error(Messages::tr("unknown report format '%1'; expected one of %2")
                    .arg(option, reportFormatKeys().join(QStringLiteral(", "))));
}

} // namespace

int runReport(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Messages::tr(
        "Writes the quarterly progress report of quarter YEAR-QN as of its last day (as of "
        "today, marked provisional, while the quarter runs): "
        "executive summary, one section per line of action, the activities updated in the "
        "quarter, those needing attention and an appendix of all activities. The file is "
        "written under a temporary name and renamed when complete."));
    parser.addPositionalArgument(QStringLiteral("DB"),
                                 Messages::tr("tracker file (opened read-only)"));
    const QCommandLineOption quarterOption(QStringLiteral("quarter"),
                                           Messages::tr("calendar quarter, e.g. 2026-Q3"),
                                           QStringLiteral("YEAR-QN"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        Messages::tr(
            "pdf, xlsx, html, csv (the activity table) or json (the complete model); by default "
            "the output's extension"),
        QStringLiteral("FORMAT"));
    const QCommandLineOption outputOption(QStringLiteral("output"), Messages::tr("file to write"),
                                          QStringLiteral("FILE"));
    const QCommandLineOption lineOption(QStringLiteral("line"),
                                        Messages::tr("report on this line of action only"),
                                        QStringLiteral("N"));
    const QCommandLineOption languageOption(
        QStringLiteral("lang"), Messages::tr("language of the report: es (default) or en"),
        QStringLiteral("LANG"), QStringLiteral("es"));
    const QCommandLineOption appendixOption(
        QStringLiteral("no-appendix"), Messages::tr("leave the table of all activities out of the "
                                                    "PDF and HTML report"));
    const QCommandLineOption separatorOption(
        QStringLiteral("separator"),
        Messages::tr("CSV separator: , (default) or ; (with decimal commas, for Spanish Excel)"),
        QStringLiteral("CHAR"), QStringLiteral(","));
    const QCommandLineOption byOption(
        QStringLiteral("by"),
        Messages::tr("name shown as the report's author, who prepared it (default: the "
                     "system user name)"),
        QStringLiteral("NAME"));
    const QCommandLineOption reviewedByOption(
        QStringLiteral("reviewed-by"),
        Messages::tr("name of who reviews the report (default: a blank line to sign)"),
        QStringLiteral("NAME"));
    parser.addOptions({quarterOption, formatOption, outputOption, lineOption, languageOption,
                       appendixOption, separatorOption, byOption, reviewedByOption});
    if (!parseCommandLine(parser, context, QStringLiteral("report"), 1, 1)) {
        return 0;
    }
    if (!parser.isSet(quarterOption)) {
        throw UsageError(
            Messages::tr("report: --quarter is required (see 'pml-tracker-cli report --help')"));
    }
    if (!parser.isSet(outputOption) || parser.value(outputOption).isEmpty()) {
        throw UsageError(
            Messages::tr("report: --output is required (see 'pml-tracker-cli report --help')"));
    }

    // Everything given on the command line is checked before the tracker is opened.
    const QString output = parser.value(outputOption);
    const ReportFormat format = reportFormat(parser.value(formatOption), output);
    const Quarter quarter = parseQuarter(parser.value(quarterOption));
    if (quarter.firstDay() > context.today) {
        throw Error(Messages::tr("quarter %1 has not begun yet (today is %2)")
                        .arg(quarter.key(), dateText(context.today))); // as typed
    }
    ReportOptions options;
    options.year = quarter.year;
    options.quarter = quarter.number;
    options.language = parser.value(languageOption);
    languageFromKey(options.language);
    options.appendix = !parser.isSet(appendixOption);
    options.today = context.today; // a quarter still running is cut here, provisional
    if (parser.isSet(lineOption)) {
        options.line = parseInteger(parser.value(lineOption), QStringLiteral("--line"));
    }
    WriteOptions writeOptions;
    const QString separator = parser.value(separatorOption);
    if (separator != QLatin1String(",") && separator != QLatin1String(";")) {
        throw Error(
            Messages::tr("--separator: '%1' is not a CSV separator; use , or ;").arg(separator));
    }
    writeOptions.separator = separator.at(0);

    const QString file = parser.positionalArguments().at(0);
    files::requireOutputTarget(output, {file});
    // CSV text in "informe.html" would open as a broken page; a script may still name its
    // file as it likes ("datos.txt") when the extension names no format.
    if (const auto problem = reportFileNameProblem(format, output);
        problem && reportFormatFromKey(QFileInfo(output).suffix())) {
        throw Error(*problem);
    }
    auto store = openExisting(file, OpenMode::ReadOnly);

    ReportMeta meta;
    meta.trackerFile = file;
    // Unless told, those who submitted and approved the quarter's lines sign.
    const SignOff signOff = reportSignOff(*store, options);
    meta.producedBy = parser.isSet(byOption)          ? parser.value(byOption)
                      : !signOff.preparedBy.isEmpty() ? signOff.preparedBy
                                                      : systemUserName();
    meta.producedAt = QDateTime::currentDateTimeUtc();
    meta.reviewedBy = parser.isSet(reviewedByOption) ? parser.value(reviewedByOption).trimmed()
                                                     : signOff.reviewedBy;
    const ReportModel model = buildReport(*store, options, meta);
    store.reset();
    writeReportFile(model, format, output, writeOptions, {file});

    context.out << (model.provisional ? Messages::tr("wrote %1 (%2, %3, as of %4, provisional)")
                                      : Messages::tr("wrote %1 (%2, %3, as of %4)"))
                       .arg(output, reportFormatKey(format), quarterText(quarter),
                            dateText(model.asOf))
                << '\n';
    return 0;
}

} // namespace pml::cli
