#include "cli_support.h"
#include "commands.h"
#include "core/format.h"
#include "core/messages.h"
#include "tracker_view.h"

#include <QLocale>

namespace pml::cli {

namespace {

// Columns of the text tree; the whole row fits in 100 columns, in Spanish too.
constexpr int labelWidth = 50;
constexpr int scheduleWidth = 12;
constexpr int indentStep = 2;

enum class Depth { Lines, Groups, Objectives, Activities };

QString row(int indent, const QString& label, const std::optional<double>& actual,
            const std::optional<double>& planned, Schedule schedule, const QString& status = {})
{
    const QString prefix(indent * indentStep, QLatin1Char(' '));
    QString text = padRight(prefix + elide(label, labelWidth - prefix.size()), labelWidth) +
                   padLeft(formatFigure(actual), 8) + padLeft(formatFigure(planned), 9) + "  " +
                   padRight(scheduleName(schedule), scheduleWidth) + status;
    while (text.endsWith(QLatin1Char(' '))) {
        text.chop(1);
    }
    return text;
}

QString row(int indent, const QString& label, const Figures& figures)
{
    return row(indent, label, figures.actual, figures.planned, figures.schedule);
}

void printTree(CommandContext& context, const TrackerView& view, Depth depth)
{
    const Strategy& strategy = view.strategy();
    const Progress& progress = view.progress;
    QTextStream& out = context.out;
    out << Messages::tr("As of %1, roll-up mode: %2")
               .arg(dateText(progress.asOf), rollupModeName(progress.mode))
        << '\n';
    out << padRight(QString(), labelWidth) << padLeft(Messages::tr("actual"), 8)
        << padLeft(Messages::tr("planned"), 9) << "  "
        << padRight(Messages::tr("schedule"), scheduleWidth) << Messages::tr("status") << '\n';
    out << row(0, Messages::tr("Strategy"), progress.strategy) << '\n';
    for (const Line& line : strategy.lines) {
        out << row(1, QStringLiteral("%1 %2").arg(line.number).arg(line.name),
                   progress.lines.value(line.number))
            << '\n';
        if (depth == Depth::Lines) {
            continue;
        }
        for (const BarrierGroup* group : strategy.groupsOfLine(line.number)) {
            out << row(2, group->code + QLatin1Char(' ') + group->heading,
                       progress.groups.value(group->code))
                << '\n';
            if (depth == Depth::Groups) {
                continue;
            }
            for (const Objective* objective : strategy.objectivesOfGroup(group->code)) {
                out << row(3,
                           Messages::tr("Obj. %1 %2").arg(objective->number).arg(objective->text),
                           progress.objectives.value(objective->number))
                    << '\n';
                if (depth == Depth::Objectives) {
                    continue;
                }
                for (const Activity* activity : strategy.activitiesOfObjective(objective->number)) {
                    const ActivityProgress a = progress.activities.value(activity->code);
                    // Names and numbers as the window writes them; --json keeps the keys.
                    const QString status =
                        a.status == Status::NotStarted
                            ? statusName(a.status)
                            : QStringLiteral("%1 %2 %").arg(statusName(a.status),
                                                            QLocale().toString(a.percent));
                    const std::optional<double> actual =
                        a.counts() ? std::optional<double>(a.percent) : std::nullopt;
                    out << row(4, activity->code + QLatin1Char(' ') + activity->text, actual,
                               a.planned, a.schedule, status)
                        << '\n';
                }
            }
        }
    }
}

} // namespace

int runShow(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Messages::tr(
        "Prints the progress of the strategy, its lines, barrier groups, objectives and "
        "activities as of a date (default: today). Figures are percentages; '—' means no "
        "data."));
    parser.addPositionalArgument(QStringLiteral("DB"), Messages::tr("tracker file"));
    const QCommandLineOption asOfOption(QStringLiteral("as-of"),
                                        Messages::tr("date of the figures (default: today)"),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        Messages::tr("print the whole tree as JSON"));
    const QCommandLineOption depthOption(
        QStringLiteral("depth"),
        Messages::tr("text output down to: lines, groups, objectives or activities (default)"),
        QStringLiteral("LEVEL"), QStringLiteral("activities"));
    parser.addOption(asOfOption);
    parser.addOption(jsonOption);
    parser.addOption(depthOption);
    if (!parseCommandLine(parser, context, QStringLiteral("show"), 1, 1)) {
        return 0;
    }
    const QDate asOf = parser.isSet(asOfOption)
                           ? parseDate(parser.value(asOfOption), QStringLiteral("--as-of"))
                           : context.today;
    const QString depthText = parser.value(depthOption);
    Depth depth = Depth::Activities;
    if (depthText == QLatin1String("lines")) {
        depth = Depth::Lines;
    } else if (depthText == QLatin1String("groups")) {
        depth = Depth::Groups;
    } else if (depthText == QLatin1String("objectives")) {
        depth = Depth::Objectives;
    } else if (depthText != QLatin1String("activities")) {
        throw UsageError(
            Messages::tr("--depth: unknown level '%1'; use lines, groups, objectives or "
                         "activities")
                .arg(depthText));
    }

    auto store = openExisting(parser.positionalArguments().at(0), OpenMode::ReadOnly);
    // One read, so one moment (loadSnapshotAt is a read transaction of its own); it ends
    // before anything is printed, so a slow reader of the output keeps no writer waiting.
    const TrackerView view(store->loadSnapshotAt({asOf}), asOf);
    if (parser.isSet(jsonOption)) {
        writeJson(context, treeJson(view));
    } else {
        printTree(context, view, depth);
    }
    return 0;
}

} // namespace pml::cli
