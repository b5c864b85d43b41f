#include "cli_support.h"
#include "commands.h"
#include "core/messages.h"
#include "core/synthetic.h"
#include "core/tracker_defaults.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <limits>

namespace pml::cli {

namespace {

qint64 countOption(const QCommandLineParser& parser, const QCommandLineOption& option,
                   const QString& what)
{
    bool ok = false;
    const qint64 value = parser.value(option).trimmed().toLongLong(&ok);
    if (!ok) {
        throw Error(Messages::tr("%1: '%2' is not a whole number").arg(what, parser.value(option)));
    }
    return value;
}

} // namespace

int runGenerate(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Messages::tr(
        "Builds a synthetic tracker with the given totals, deterministically (same options "
        "and today, same file), for load tests. Refuses to overwrite an existing file."));
    parser.addPositionalArgument(QStringLiteral("DB"), Messages::tr("tracker file to create"));
    const QCommandLineOption linesOption(QStringLiteral("lines"), Messages::tr("number of lines"),
                                         QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption objectivesOption(QStringLiteral("objectives"),
                                              Messages::tr("number of objectives"),
                                              QStringLiteral("N"), QStringLiteral("24"));
    const QCommandLineOption activitiesOption(QStringLiteral("activities"),
                                              Messages::tr("number of activities"),
                                              QStringLiteral("N"), QStringLiteral("97"));
    const QCommandLineOption updatesOption(QStringLiteral("updates"),
                                           Messages::tr("number of status updates"),
                                           QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), Messages::tr("random seed"),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption user = userOption();
    parser.addOptions(
        {linesOption, objectivesOption, activitiesOption, updatesOption, seedOption, user});
    if (!parseCommandLine(parser, context, QStringLiteral("generate"), 1, 1)) {
        return 0;
    }
    const QString file = parser.positionalArguments().at(0);
    SyntheticSpec spec;
    const auto asInt = [](qint64 value, const QString& what) {
        if (value > std::numeric_limits<int>::max()) {
            throw Error(Messages::tr("%1: %2 is too large").arg(what).arg(value));
        }
        return int(value);
    };
    spec.lines = asInt(countOption(parser, linesOption, QStringLiteral("--lines")),
                       QStringLiteral("--lines"));
    spec.objectives = asInt(countOption(parser, objectivesOption, QStringLiteral("--objectives")),
                            QStringLiteral("--objectives"));
    spec.activities = asInt(countOption(parser, activitiesOption, QStringLiteral("--activities")),
                            QStringLiteral("--activities"));
    spec.updates = countOption(parser, updatesOption, QStringLiteral("--updates"));
    const qint64 seed = countOption(parser, seedOption, QStringLiteral("--seed"));
    if (seed < 0 || seed > std::numeric_limits<quint32>::max()) {
        throw Error(Messages::tr("--seed: %1 is out of range 0-%2")
                        .arg(seed)
                        .arg(std::numeric_limits<quint32>::max()));
    }
    spec.seed = quint32(seed);
    if (spec.updates < 0) {
        throw Error(Messages::tr("--updates: %1 is below 0").arg(spec.updates));
    }
    if (QFileInfo::exists(file)) {
        throw Error(
            Messages::tr("'%1' already exists; generate never overwrites a file").arg(file));
    }

    QElapsedTimer timer;
    timer.start();
    SyntheticTracker generated = generateSyntheticTracker(spec, context.today);
    const qint64 generatedMs = timer.elapsed();
    TrackerContent content;
    content.strategy = std::move(generated.strategy);
    content.settings = generated.settings;
    content.assignments = std::move(generated.assignments);
    content.updates = std::move(generated.updates);
    // Storage keeps notes and names as text, never NULL: a null QString would bind as NULL.
    for (StatusUpdate& update : content.updates) {
        if (update.note.isNull()) {
            update.note = QStringLiteral("");
        }
        if (update.recordedBy.isNull()) {
            update.recordedBy = QStringLiteral("");
        }
    }
    content.people = defaultPeople(userOf(parser, user));
    createTrackerFile(file, content);
    const qint64 totalMs = timer.elapsed();
    context.out << Messages::tr("generated %1: %2 lines, %3 objectives, %4 activities, %5 updates "
                                "in %6 s (%7 s generating, %8 s writing)")
                       .arg(file)
                       .arg(content.strategy.lines.size())
                       .arg(content.strategy.objectives.size())
                       .arg(content.strategy.activities.size())
                       .arg(content.updates.size())
                       .arg(totalMs / 1000.0, 0, 'f', 2)
                       .arg(generatedMs / 1000.0, 0, 'f', 2)
                       .arg((totalMs - generatedMs) / 1000.0, 0, 'f', 2)
                << '\n';
    return 0;
}

} // namespace pml::cli
