#include "cli_support.h"
#include "commands.h"
#include "core/messages.h"

namespace pml::cli {

namespace {

const Actor& findActor(const Strategy& strategy, const QString& name)
{
    const Actor* actor = strategy.actorByName(name);
    if (!actor) {
        throw Error(
            Messages::tr("unknown actor '%1'; give an actor's name or short name").arg(name));
    }
    return *actor;
}

// Empty optional: not given. Given "none": clears the override (inner nullopt).
std::optional<std::optional<QDate>>
dateChange(const QCommandLineParser& parser, const QCommandLineOption& option, const QString& what)
{
    if (!parser.isSet(option)) {
        return std::nullopt;
    }
    const QString value = parser.value(option);
    if (isNone(value)) {
        return std::optional<QDate>();
    }
    return std::optional<QDate>(parseDate(value, what));
}

QString describe(const Strategy& strategy, const Settings& settings, const QString& code,
                 const QList<Assignment>& assignments)
{
    const Activity* activity = strategy.activity(code);
    const Window window = plannedWindow(*activity, settings);
    const auto nameOf = [&](qint64 id) {
        const Actor* actor = strategy.actor(id);
        return actor ? actor->name : QString::number(id);
    };
    const ActivityActors actors = activityActors(assignments, code);
    const QStringList lead = actors.lead ? QStringList{nameOf(*actors.lead)} : QStringList();
    QStringList support;
    for (qint64 id : actors.support) {
        support.append(nameOf(id));
    }
    return Messages::tr("%1: weight %2, planned %3 to %4%5, lead %6, support %7")
        .arg(code)
        .arg(activity->weight)
        .arg(window.start.toString(Qt::ISODate), window.end.toString(Qt::ISODate),
             activity->plannedStart || activity->plannedEnd ? Messages::tr(" (override)")
                                                            : Messages::tr(" (horizon)"),
             lead.isEmpty() ? Messages::tr("none") : lead.join(QStringLiteral(", ")),
             support.isEmpty() ? Messages::tr("none") : support.join(QStringLiteral(", ")));
}

// The activity's lead and supporting actors as stored.
Responsibility currentResponsibility(const QList<Assignment>& assignments, const QString& code)
{
    const ActivityActors actors = activityActors(assignments, code);
    return {actors.lead, actors.support};
}

// The supporting actors named by --support (replacing the current ones), or none.
QList<qint64> supportingActors(const Strategy& strategy, const QStringList& values,
                               const std::optional<qint64>& lead, const QString& code)
{
    QList<qint64> support;
    if (values.size() == 1 && isNone(values.first())) {
        return support;
    }
    for (const QString& value : values) {
        if (isNone(value)) {
            throw Error(Messages::tr("--support none cannot be combined with actors"));
        }
        const qint64 id = findActor(strategy, value).id;
        if (lead == id) {
            throw Error(Messages::tr("'%1' is already the lead of %2").arg(value, code));
        }
        if (!support.contains(id)) {
            support.append(id);
        }
    }
    return support;
}

} // namespace

int runSet(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Messages::tr(
        "Changes an activity's planning (weight, planned window) and responsible actors. "
        "Options not given keep their current value. To clear: '--start none' or "
        "'--end none' returns to the horizon's default date, '--lead none' removes the lead, "
        "'--support none' removes all supporting actors. Actors are given by name or short "
        "name (case-insensitive), e.g. --lead SNI."));
    parser.addPositionalArgument(QStringLiteral("DB"), Messages::tr("tracker file"));
    parser.addPositionalArgument(QStringLiteral("CODE"), Messages::tr("activity code, e.g. 14.C1"));
    const QCommandLineOption weightOption(QStringLiteral("weight"),
                                          Messages::tr("weight in roll-ups, from 0.001 to 1000"),
                                          QStringLiteral("W"));
    const QCommandLineOption startOption(QStringLiteral("start"),
                                         Messages::tr("planned start date, or none"),
                                         QStringLiteral("YYYY-MM-DD|none"));
    const QCommandLineOption endOption(QStringLiteral("end"),
                                       Messages::tr("planned end date, or none"),
                                       QStringLiteral("YYYY-MM-DD|none"));
    const QCommandLineOption leadOption(QStringLiteral("lead"), Messages::tr("lead actor, or none"),
                                        QStringLiteral("ACTOR|none"));
    const QCommandLineOption supportOption(
        QStringLiteral("support"),
        Messages::tr("supporting actor (repeat for several; replaces the current ones), or none"),
        QStringLiteral("ACTOR|none"));
    const QCommandLineOption user = userOption();
    parser.addOptions({weightOption, startOption, endOption, leadOption, supportOption, user});
    if (!parseCommandLine(parser, context, QStringLiteral("set"), 2, 2)) {
        return 0;
    }
    const QString file = parser.positionalArguments().at(0);
    const QString code = parser.positionalArguments().at(1);
    const bool planningChange =
        parser.isSet(weightOption) || parser.isSet(startOption) || parser.isSet(endOption);
    const bool responsibilityChange = parser.isSet(leadOption) || parser.isSet(supportOption);

    // Everything is parsed and checked before the first write.
    std::optional<double> weight;
    if (parser.isSet(weightOption)) {
        weight = parseNumber(parser.value(weightOption), QStringLiteral("--weight"));
        if (const auto problem = weightProblem(*weight)) {
            throw Error(QStringLiteral("--weight: %1").arg(*problem));
        }
    }
    const auto startChange = dateChange(parser, startOption, QStringLiteral("--start"));
    const auto endChange = dateChange(parser, endOption, QStringLiteral("--end"));

    auto store = openExisting(file, OpenMode::ReadWrite, userOf(parser, user));
    Snapshot snapshot = store->loadActivityContext(code);
    const Activity* current = snapshot.strategy.activity(code);
    if (!current) {
        throw Error(Messages::tr("unknown activity code '%1'").arg(code));
    }

    Responsibility responsibility = currentResponsibility(snapshot.assignments, code);
    if (parser.isSet(leadOption)) {
        const QString value = parser.value(leadOption);
        responsibility.lead = isNone(value)
                                  ? std::nullopt
                                  : std::optional<qint64>(findActor(snapshot.strategy, value).id);
    }
    if (parser.isSet(supportOption)) {
        responsibility.support = supportingActors(snapshot.strategy, parser.values(supportOption),
                                                  responsibility.lead, code);
    }

    // One call, one transaction: planning and responsibility change together or not at all.
    std::optional<Planning> planning;
    if (planningChange) {
        planning =
            Planning{weight.value_or(current->weight), startChange.value_or(current->plannedStart),
                     endChange.value_or(current->plannedEnd)};
    }
    if (planning || responsibilityChange) {
        store->changeActivity(code, planning,
                              responsibilityChange ? std::optional(responsibility) : std::nullopt);
    }
    if (!planningChange && !responsibilityChange) {
        context.err << Messages::tr("pml-tracker-cli: nothing to change; current values:") << '\n';
    }
    snapshot = store->loadActivityContext(code);
    context.out << describe(snapshot.strategy, snapshot.settings, code, snapshot.assignments)
                << '\n';
    return 0;
}

} // namespace pml::cli
