#include "cli_support.h"
#include "commands.h"
#include "core/format.h"
#include "core/messages.h"

#include <QLocale>

namespace pml::cli {

namespace {

nlohmann::ordered_json updateJson(const StatusUpdate& update)
{
    nlohmann::ordered_json object;
    object["id"] = update.id;
    object["activity"] = toJson(update.activity);
    object["effective_date"] = toJson(update.effectiveDate);
    object["recorded_at"] = toJson(update.recordedAt.toUTC().toString(Qt::ISODateWithMs));
    object["status"] = toJson(statusKey(update.status));
    object["percent"] = update.percent;
    object["note"] = toJson(update.note);
    object["recorded_by"] = toJson(update.recordedBy);
    object["withdrawn"] = update.withdrawn;
    return object;
}

} // namespace

int runHistory(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Messages::tr(
        "Lists every recorded update (of one activity when CODE is given) in recording "
        "order, with its effective date, recording time, status, percent, author and note."));
    parser.addPositionalArgument(QStringLiteral("DB"), Messages::tr("tracker file"));
    parser.addPositionalArgument(QStringLiteral("CODE"), Messages::tr("activity code"),
                                 QStringLiteral("[CODE]"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Messages::tr("print a JSON array"));
    parser.addOption(jsonOption);
    if (!parseCommandLine(parser, context, QStringLiteral("history"), 1, 2)) {
        return 0;
    }
    const QStringList arguments = parser.positionalArguments();
    const QString code = arguments.size() > 1 ? arguments.at(1) : QString();
    auto store = openExisting(arguments.at(0), OpenMode::ReadOnly);
    const QList<StatusUpdate> updates = store->history(code);
    if (!code.isEmpty() && updates.isEmpty() &&
        !store->loadActivityContext(code).strategy.activity(code)) {
        throw Error(Messages::tr("unknown activity code '%1'").arg(code));
    }

    if (parser.isSet(jsonOption)) {
        nlohmann::ordered_json array = nlohmann::ordered_json::array();
        for (const StatusUpdate& update : updates) {
            array.push_back(updateJson(update));
        }
        writeJson(context, array);
        return 0;
    }
    for (const StatusUpdate& update : updates) {
        QString line =
            // Local time, names and numbers as the window shows them; --json keeps the keys.
            QStringLiteral("%1  %2  %3  %4  %5  %6 %")
                .arg(padLeft(QString::number(update.id), 5),
                     dateTimeText(update.recordedAt.toLocalTime()), dateText(update.effectiveDate),
                     padRight(update.activity, 7), padRight(statusName(update.status), 12),
                     padLeft(QLocale().toString(update.percent), 3));
        line += QStringLiteral("  ") + update.recordedBy;
        if (update.withdrawn) {
            line += QStringLiteral("  ") + Messages::tr("[withdrawn]");
        }
        if (!update.note.isEmpty()) {
            line += QStringLiteral("  \"") + update.note.simplified() + QLatin1Char('"');
        }
        context.out << line << '\n';
    }
    if (updates.isEmpty()) {
        context.out << Messages::tr("no updates recorded") << '\n';
    }
    return 0;
}

} // namespace pml::cli
