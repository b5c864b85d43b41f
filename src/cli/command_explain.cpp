#include "cli_support.h"
#include "commands.h"
#include "core/messages.h"
#include "tracker_view.h" // addFigures

namespace pml::cli {

namespace {

Target parseTarget(const QString& text)
{
    const QString lower = text.toLower();
    if (lower == QLatin1String("strategy")) {
        return Target::strategy();
    }
    if (lower.startsWith(QLatin1String("line:"))) {
        return Target::line(parseInteger(text.mid(5), QStringLiteral("line")));
    }
    if (lower.startsWith(QLatin1String("group:"))) {
        return Target::barrierGroup(text.mid(6));
    }
    if (lower.startsWith(QLatin1String("objective:"))) {
        return Target::objective(parseInteger(text.mid(10), QStringLiteral("objective")));
    }
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok) {
        throw Error(
            Messages::tr("unknown target '%1'; use an objective number, line:N, group:CODE or "
                         "strategy")
                .arg(text));
    }
    return Target::objective(number);
}

QString targetKey(const Target& target)
{
    switch (target.kind) {
    case Target::Kind::Strategy:
        return QStringLiteral("strategy");
    case Target::Kind::Line:
        return QStringLiteral("line:%1").arg(target.number);
    case Target::Kind::BarrierGroup:
        return QStringLiteral("group:") + target.groupCode;
    case Target::Kind::Objective:
        return QStringLiteral("objective:%1").arg(target.number);
    }
    return {};
}

QString itemKindKey(ExplanationItem::Kind kind)
{
    switch (kind) {
    case ExplanationItem::Kind::Activity:
        return QStringLiteral("activity");
    case ExplanationItem::Kind::Objective:
        return QStringLiteral("objective");
    case ExplanationItem::Kind::Line:
        return QStringLiteral("line");
    }
    return {};
}

QString exclusionKey(Exclusion exclusion)
{
    switch (exclusion) {
    case Exclusion::None:
        return {};
    case Exclusion::Cancelled:
        return QStringLiteral("cancelled");
    case Exclusion::NoData:
        return QStringLiteral("no_data");
    }
    return {};
}

QString targetTitle(const Strategy& strategy, const Target& target)
{
    switch (target.kind) {
    case Target::Kind::Strategy:
        return Messages::tr("Strategy: %1").arg(strategy.title);
    case Target::Kind::Line:
        return Messages::tr("Line %1: %2")
            .arg(target.number)
            .arg(strategy.line(target.number)->name);
    case Target::Kind::BarrierGroup:
        return Messages::tr("Barrier group %1: %2")
            .arg(target.groupCode, strategy.barrierGroup(target.groupCode)->heading);
    case Target::Kind::Objective:
        return Messages::tr("Objective %1: %2")
            .arg(target.number)
            .arg(strategy.objective(target.number)->text);
    }
    return {};
}

nlohmann::ordered_json explanationJson(const Explanation& explanation, const QDate& asOf)
{
    nlohmann::ordered_json object;
    object["target"] = toJson(targetKey(explanation.target));
    object["as_of"] = toJson(asOf);
    addFigures(object, explanation.figures);
    object["mode"] = toJson(rollupModeKey(explanation.mode));
    object["basis"] = toJson(itemKindKey(explanation.basis));
    object["items"] = nlohmann::ordered_json::array();
    for (const ExplanationItem& item : explanation.items) {
        nlohmann::ordered_json entry;
        entry["kind"] = toJson(itemKindKey(item.kind));
        entry["key"] = toJson(item.key);
        entry["label"] = toJson(item.label);
        entry["weight"] = item.weight;
        entry["actual"] = toJson(item.actual);
        entry["planned"] = toJson(item.planned);
        entry["excluded"] = item.exclusion != Exclusion::None;
        entry["reason"] = item.exclusion == Exclusion::None ? nlohmann::ordered_json(nullptr)
                                                            : toJson(exclusionKey(item.exclusion));
        object["items"].push_back(entry);
    }
    object["formula"] = toJson(explanation.actualFormula);
    object["planned_formula"] = toJson(explanation.plannedFormula);
    return object;
}

void printExplanation(CommandContext& context, const Strategy& strategy,
                      const Explanation& explanation, const QDate& asOf)
{
    QTextStream& out = context.out;
    out << elide(targetTitle(strategy, explanation.target), 98) << '\n';
    out << Messages::tr("As of %1, roll-up mode %2: actual %3, planned %4, schedule %5")
               .arg(asOf.toString(Qt::ISODate), rollupModeKey(explanation.mode),
                    formatFigure(explanation.figures.actual),
                    formatFigure(explanation.figures.planned),
                    scheduleKey(explanation.figures.schedule))
        << "\n\n";
    out << padRight(Messages::tr("item"), 60) << padLeft(Messages::tr("weight"), 8)
        << padLeft(Messages::tr("actual"), 8) << padLeft(Messages::tr("planned"), 9) << "  "
        << Messages::tr("excluded") << '\n';
    for (const ExplanationItem& item : explanation.items) {
        QString line = padRight(elide(item.key + QLatin1Char(' ') + item.label, 58), 60) +
                       padLeft(QString::number(item.weight), 8) +
                       padLeft(formatFigure(item.actual), 8) +
                       padLeft(formatFigure(item.planned), 9);
        if (item.exclusion != Exclusion::None) {
            line += QStringLiteral("  ") + exclusionKey(item.exclusion);
        }
        out << line << '\n';
    }
    out << '\n'
        << Messages::tr("actual:  %1").arg(explanation.actualFormula) << '\n'
        << Messages::tr("planned: %1").arg(explanation.plannedFormula) << '\n';
}

} // namespace

int runExplain(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Messages::tr(
        "Shows what goes into a figure: each item with its weight, value and whether it is "
        "excluded (and why), and the formula with its numbers. TARGET is an objective "
        "number (e.g. 14), line:N, group:CODE (e.g. group:3.1) or strategy."));
    parser.addPositionalArgument(QStringLiteral("DB"), Messages::tr("tracker file"));
    parser.addPositionalArgument(QStringLiteral("TARGET"), Messages::tr("what to explain"));
    const QCommandLineOption asOfOption(QStringLiteral("as-of"),
                                        Messages::tr("date of the figures (default: today)"),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Messages::tr("print JSON"));
    parser.addOption(asOfOption);
    parser.addOption(jsonOption);
    if (!parseCommandLine(parser, context, QStringLiteral("explain"), 2, 2)) {
        return 0;
    }
    const QDate asOf = parser.isSet(asOfOption)
                           ? parseDate(parser.value(asOfOption), QStringLiteral("--as-of"))
                           : context.today;
    const Target target = parseTarget(parser.positionalArguments().at(1));
    auto store = openExisting(parser.positionalArguments().at(0), OpenMode::ReadOnly);
    // Names and figures only: an explanation shows no actors and no notes. One read, so one
    // moment, ended before anything is printed.
    const Snapshot snapshot = store->loadSnapshotAt({asOf}, TrackerStore::Detail::Texts);
    const Progress progress = computeProgress(snapshot, asOf);
    const Strategy& strategy = snapshot.strategy;
    // Named here so the message is the CLI's, whatever the engine says.
    if ((target.kind == Target::Kind::Line && !strategy.line(target.number)) ||
        (target.kind == Target::Kind::Objective && !strategy.objective(target.number)) ||
        (target.kind == Target::Kind::BarrierGroup && !strategy.barrierGroup(target.groupCode))) {
        throw Error(Messages::tr("unknown %1")
                        .arg(targetKey(target).replace(QLatin1Char(':'), QLatin1Char(' '))));
    }
    const Explanation explanation = explain(snapshot, progress, target);
    if (parser.isSet(jsonOption)) {
        writeJson(context, explanationJson(explanation, asOf));
    } else {
        printExplanation(context, strategy, explanation, asOf);
    }
    return 0;
}

} // namespace pml::cli
