// The CLI's argument parsing: the input, split on NUL bytes, is a command line for `update`
// (options as in src/cli/command_update.cpp), and each piece is also read as a date, a whole
// number and a number, the way the commands read option values.
#include "cli/cli_support.h"
#include "core/history.h"
#include "fuzz_support.h"

#include <QCoreApplication>

namespace pml {
namespace {

const QDate today(2026, 6, 30);

void checkPercent(Status status, std::optional<int> percent)
{
    for (int previous : {0, 37, 99, 100}) {
        const ResolvedPercent resolved = resolvePercent(status, percent, previous);
        if (!resolved.error && (resolved.percent < 0 || resolved.percent > 100)) {
            fuzz::fail("resolvePercent accepted a percent outside 0-100");
        }
    }
}

void readValue(const QString& text)
{
    const QString what = QStringLiteral("--value");
    try {
        validateEffectiveDate(cli::parseDate(text, what), today);
    } catch (const Error& error) {
        fuzz::refused(error);
    }
    try {
        const int percent = cli::parseInteger(text, what);
        for (Status status : {Status::NotStarted, Status::InProgress, Status::Completed,
                              Status::Suspended, Status::Cancelled}) {
            checkPercent(status, percent);
        }
    } catch (const Error& error) {
        fuzz::refused(error);
    }
    try {
        cli::parseNumber(text, what);
    } catch (const Error& error) {
        fuzz::refused(error);
    }
    cli::isNone(text);
}

// What runUpdate() does with its arguments before it opens the tracker.
void parseUpdate(const QStringList& arguments)
{
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    cli::CommandContext context{arguments, out, err, today};
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Records one status update of an activity."));
    parser.addPositionalArgument(QStringLiteral("DB"), QStringLiteral("tracker file"));
    parser.addPositionalArgument(QStringLiteral("CODE"), QStringLiteral("activity code"));
    const QCommandLineOption statusOption(QStringLiteral("status"), QStringLiteral("new status"),
                                          QStringLiteral("STATUS"));
    const QCommandLineOption percentOption(QStringLiteral("percent"), QStringLiteral("percent"),
                                           QStringLiteral("N"));
    const QCommandLineOption dateOption(QStringLiteral("date"), QStringLiteral("effective date"),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption noteOption(QStringLiteral("note"), QStringLiteral("note"),
                                        QStringLiteral("TEXT"));
    const QCommandLineOption byOption(QStringLiteral("by"), QStringLiteral("who"),
                                      QStringLiteral("NAME"));
    parser.addOptions({statusOption, percentOption, dateOption, noteOption, byOption});
    if (!cli::parseCommandLine(parser, context, QStringLiteral("update"), 2, 2)) {
        return; // --help
    }
    const std::optional<Status> status = statusFromKey(parser.value(statusOption));
    std::optional<int> percent;
    if (parser.isSet(percentOption)) {
        percent = cli::parseInteger(parser.value(percentOption), QStringLiteral("--percent"));
    }
    const QDate date = parser.isSet(dateOption)
                           ? cli::parseDate(parser.value(dateOption), QStringLiteral("--date"))
                           : today;
    validateEffectiveDate(date, today);
    if (status) {
        checkPercent(*status, percent);
    }
}

void fuzzCliArgs(const QByteArray& input)
{
    QStringList arguments;
    for (const QByteArray& piece : input.split('\0')) {
        arguments.append(QString::fromUtf8(piece));
    }
    for (const QString& argument : arguments) {
        readValue(argument);
    }
    try {
        parseUpdate(arguments);
    } catch (const Error& error) { // cli::UsageError is an Error too
        fuzz::refused(error);
    }
}

} // namespace
} // namespace pml

// QCommandLineParser's help text reads the application's arguments. Never deleted: at exit
// it would outlive Qt's own globals.
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication* app = new QCoreApplication(*argc, *argv);
    Q_UNUSED(app);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    pml::fuzzCliArgs(pml::fuzz::bytes(data, size));
    return 0;
}
