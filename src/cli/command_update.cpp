#include "cli_support.h"
#include "commands.h"
#include "core/messages.h"

namespace pml::cli {

int runUpdate(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Messages::tr(
        "Records one status update of an activity. Statuses: not_started (percent 0), "
        "in_progress (percent 1-99, required), completed (100), suspended (0-99, default: the "
        "last percent), cancelled (no percent). The history is append-only: a correction is "
        "a new update."));
    parser.addPositionalArgument(QStringLiteral("DB"), Messages::tr("tracker file"));
    parser.addPositionalArgument(QStringLiteral("CODE"), Messages::tr("activity code, e.g. 14.C1"));
    const QCommandLineOption statusOption(QStringLiteral("status"), Messages::tr("new status"),
                                          QStringLiteral("STATUS"));
    const QCommandLineOption percentOption(QStringLiteral("percent"),
                                           Messages::tr("percent done, a whole number"),
                                           QStringLiteral("N"));
    const QCommandLineOption dateOption(
        QStringLiteral("date"), Messages::tr("effective date, not after today (default: today)"),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption noteOption(QStringLiteral("note"), Messages::tr("free text note"),
                                        QStringLiteral("TEXT"));
    const QCommandLineOption byOption(
        {QStringLiteral("user"), QStringLiteral("by")},
        Messages::tr("who records it, a person listed in the tracker with the monitor role "
                     "(default: the system user name)"),
        QStringLiteral("NAME"));
    parser.addOptions({statusOption, percentOption, dateOption, noteOption, byOption});
    if (!parseCommandLine(parser, context, QStringLiteral("update"), 2, 2)) {
        return 0;
    }
    if (!parser.isSet(statusOption)) {
        throw UsageError(
            Messages::tr("update: --status is required (see 'pml-tracker-cli update --help')"));
    }
    const QString statusText = parser.value(statusOption);
    const std::optional<Status> status = statusFromKey(statusText);
    if (!status) {
        throw Error(
            Messages::tr("unknown status '%1'; use not_started, in_progress, completed, suspended "
                         "or cancelled")
                .arg(statusText));
    }

    UpdateRequest request;
    request.activity = parser.positionalArguments().at(1);
    request.status = *status;
    if (parser.isSet(percentOption)) {
        request.percent = parseInteger(parser.value(percentOption), QStringLiteral("--percent"));
    }
    request.effectiveDate = parser.isSet(dateOption)
                                ? parseDate(parser.value(dateOption), QStringLiteral("--date"))
                                : context.today;
    if (const auto problem = validateEffectiveDate(request.effectiveDate, context.today)) {
        throw Error(*problem);
    }
    // An empty note is still a note: the column holds text, never NULL.
    request.note = parser.isSet(noteOption) ? parser.value(noteOption) : QStringLiteral("");
    request.recordedBy = userOf(parser, byOption);

    auto store =
        openExisting(parser.positionalArguments().at(0), OpenMode::ReadWrite, request.recordedBy);
    // Storage validates the code and the status/percent combination inside the transaction.
    const QList<StatusUpdate> recorded = store->recordUpdates({request}, context.today);
    for (const StatusUpdate& update : recorded) {
        context.out << Messages::tr("recorded update %1: %2 %3 %4% effective %5")
                           .arg(update.id)
                           .arg(update.activity, statusKey(update.status))
                           .arg(update.percent)
                           .arg(update.effectiveDate.toString(Qt::ISODate))
                    << '\n';
    }
    context.out.flush();
    return 0;
}

} // namespace pml::cli
