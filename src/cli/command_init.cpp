#include "cli_support.h"
#include "commands.h"
#include "core/messages.h"
#include "core/tracker_defaults.h"
#include "files/input_file.h"
#include "storage/strategy_json.h"

#include <QFile>
#include <QFileInfo>

namespace pml::cli {

int runInit(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Messages::tr("Creates a tracker file from the bundled strategy (or a strategy file). "
                     "Refuses to overwrite an existing file."));
    parser.addPositionalArgument(QStringLiteral("DB"), Messages::tr("tracker file to create"));
    const QCommandLineOption startOption(
        QStringLiteral("start"),
        Messages::tr("start date of the strategy's schedule (default: 1 January of this year)"),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption strategyOption(
        QStringLiteral("strategy"), Messages::tr("strategy file to use instead of the bundled one"),
        QStringLiteral("FILE.json"));
    parser.addOption(startOption);
    parser.addOption(strategyOption);
    const QCommandLineOption user = userOption();
    parser.addOption(user);
    if (!parseCommandLine(parser, context, QStringLiteral("init"), 1, 1)) {
        return 0;
    }
    const QString file = parser.positionalArguments().at(0);
    const TrackerLocation location = TrackerLocation::parse(file);
    if (location.isFile() && QFileInfo::exists(file)) {
        throw Error(Messages::tr("'%1' already exists; init never overwrites a file").arg(file));
    }

    TrackerContent content;
    if (parser.isSet(strategyOption)) {
        const QString strategyFile = parser.value(strategyOption);
        const QByteArray json = files::readInputFile(strategyFile, files::kMaxStrategyJsonBytes,
                                                     Messages::tr("a strategy file"));
        content.strategy = parseStrategyJson(json, strategyFile);
    } else {
        content.strategy = bundledStrategy();
    }
    content.settings.start = parser.isSet(startOption)
                                 ? parseDate(parser.value(startOption), QStringLiteral("--start"))
                                 : defaultStartDate(context.today);

    // The creator is listed with every role, so a one-person tracker works as before.
    content.people = defaultPeople(userOf(parser, user));
    createTracker(location, content);
    context.out << Messages::tr(
                       "created tracker %1: %2 lines, %3 objectives, %4 activities, %5 actors, "
                       "start %6")
                       .arg(file)
                       .arg(content.strategy.lines.size())
                       .arg(content.strategy.objectives.size())
                       .arg(content.strategy.activities.size())
                       .arg(content.strategy.actors.size())
                       .arg(content.settings.start.toString(Qt::ISODate))
                << '\n';
    return 0;
}

} // namespace pml::cli
