#include "strategy_json.h"

#include "core/error.h"
#include "core/messages.h"
#include "strategy_json_internal.h"
#include "strategy_validation.h"

#include <QCoreApplication>
#include <QFile>

// Resources of a static library must be registered by name from the global namespace.
static void initStrategyResource()
{
    Q_INIT_RESOURCE(strategy);
}

namespace pml {
namespace json {
namespace {

ActorGroup actorGroup(const Json& object, const QString& path)
{
    const QString key = string(object, "group", path);
    const auto group = actorGroupFromKey(key);
    if (!group) {
        throw Error(
            Messages::tr("%1: unknown actor group \"%2\" (expected sector, business_association "
                         "or other).")
                .arg(childPath(path, "group"), key));
    }
    return *group;
}

Horizon horizon(const Json& object, const QString& path)
{
    const QString key = string(object, "horizon", path);
    const auto value = horizonFromKey(key);
    if (!value) {
        throw Error(Messages::tr("%1: unknown horizon \"%2\" (expected C, M, L or ML).")
                        .arg(childPath(path, "horizon"), key));
    }
    return *value;
}

Activity activityFromJson(const Json& object, const QString& path, const QString& group,
                          StrategyForm form)
{
    requireObject(object, path);
    Activity a;
    a.code = string(object, "code", path);
    a.horizon = horizon(object, path);
    a.text = string(object, "text", path);
    a.barrierGroup = group;
    const Json& numbers = array(object, "objectives", path);
    for (std::size_t i = 0; i < numbers.size(); ++i) {
        if (!numbers[i].is_number_integer()) {
            throw Error(Messages::tr("%1: expected a whole number.")
                            .arg(itemPath(childPath(path, "objectives"), i)));
        }
        a.objectives.append(numbers[i].get<int>());
    }
    if (form == StrategyForm::Tracker) {
        a.weight = number(object, "weight", path);
        a.plannedStart = nullableDate(object, "planned_start", path);
        a.plannedEnd = nullableDate(object, "planned_end", path);
    }
    return a;
}

void groupFromJson(const Json& object, const QString& path, int line, Strategy& s,
                   StrategyForm form)
{
    requireObject(object, path);
    BarrierGroup g;
    g.code = string(object, "code", path);
    g.sourceCode = string(object, "source_code", path);
    g.line = line;
    g.heading = string(object, "heading", path);
    g.barriers = stringArray(object, "barriers", path);
    s.barrierGroups.append(g);
    const Json& objectives = array(object, "objectives", path);
    for (std::size_t i = 0; i < objectives.size(); ++i) {
        const QString here = itemPath(childPath(path, "objectives"), i);
        requireObject(objectives[i], here);
        s.objectives.append({int(integer(objectives[i], "number", here)),
                             string(objectives[i], "text", here), g.code});
    }
    const Json& activities = array(object, "activities", path);
    for (std::size_t i = 0; i < activities.size(); ++i) {
        s.activities.append(activityFromJson(
            activities[i], itemPath(childPath(path, "activities"), i), g.code, form));
    }
}

void lineFromJson(const Json& object, const QString& path, Strategy& s, StrategyForm form)
{
    requireObject(object, path);
    Line line;
    line.number = int(integer(object, "number", path));
    line.name = string(object, "name", path);
    line.heading = string(object, "heading", path);
    line.introduction = stringArray(object, "introduction", path);
    line.barriers = stringArray(object, "barriers", path);
    s.lines.append(line);
    const Json& groups = array(object, "barrier_groups", path);
    for (std::size_t i = 0; i < groups.size(); ++i) {
        groupFromJson(groups[i], itemPath(childPath(path, "barrier_groups"), i), line.number, s,
                      form);
    }
}

Actor actorFromJson(const Json& object, const QString& path, qint64 position, StrategyForm form)
{
    requireObject(object, path);
    Actor a;
    a.id = form == StrategyForm::Tracker ? integer(object, "id", path) : position;
    a.name = string(object, "name", path);
    a.shortName = nullableString(object, "short_name", path).value_or(QString());
    a.group = actorGroup(object, path);
    return a;
}

} // namespace

ReferenceText referenceFromJson(const Json& object, const QString& path)
{
    requireObject(object, path);
    ReferenceText r;
    r.definition = stringArray(object, "definition", path);
    const Json& principles = array(object, "principles", path);
    for (std::size_t i = 0; i < principles.size(); ++i) {
        const QString here = itemPath(childPath(path, "principles"), i);
        requireObject(principles[i], here);
        const int number = int(integer(principles[i], "number", here));
        if (number != int(i) + 1) {
            throw Error(
                Messages::tr("%1: principle numbers must be 1, 2, 3… in order (expected %2).")
                    .arg(childPath(here, "number"))
                    .arg(i + 1));
        }
        r.principles.append(
            {number, string(principles[i], "title", here), string(principles[i], "text", here)});
    }
    // Descriptive text only: a strategy other than the bundled one may have none.
    r.generalObjectivesIntro = string(object, "general_objectives_intro", path, true);
    const Json& objectives = array(object, "general_objectives", path);
    for (std::size_t i = 0; i < objectives.size(); ++i) {
        const QString here = itemPath(childPath(path, "general_objectives"), i);
        requireObject(objectives[i], here);
        GeneralObjective g;
        g.number = int(integer(objectives[i], "number", here));
        g.text = string(objectives[i], "text", here);
        const Json& items = array(objectives[i], "items", here);
        for (std::size_t k = 0; k < items.size(); ++k) {
            const QString itemHere = itemPath(childPath(here, "items"), k);
            requireObject(items[k], itemHere);
            g.items.append(
                {string(items[k], "letter", itemHere), string(items[k], "text", itemHere)});
        }
        r.generalObjectives.append(g);
    }
    return r;
}

Strategy strategyFromJson(const Json& object, const QString& path, StrategyForm form)
{
    requireObject(object, path);
    const QString format = string(object, "format", path, true);
    if (format != QLatin1String("pml-strategy")) {
        throw Error(Messages::tr("%1: this is not a strategy file (format is \"%2\", expected "
                                 "\"pml-strategy\").")
                        .arg(childPath(path, "format"), format));
    }
    const qint64 version = integer(object, "format_version", path);
    if (version != 1) {
        throw Error(Messages::tr("%1: strategy format version %2 is not supported (expected 1).")
                        .arg(childPath(path, "format_version"))
                        .arg(version));
    }
    Strategy s;
    s.title = string(object, "title", path);
    s.reference =
        referenceFromJson(member(object, "reference", path), childPath(path, "reference"));
    s.introduction = stringArray(object, "introduction", path);
    const Json& lines = array(object, "lines", path);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        lineFromJson(lines[i], itemPath(childPath(path, "lines"), i), s, form);
    }
    const Json& actors = array(object, "actors", path);
    for (std::size_t i = 0; i < actors.size(); ++i) {
        s.actors.append(
            actorFromJson(actors[i], itemPath(childPath(path, "actors"), i), qint64(i) + 1, form));
    }
    validateStrategy(s);
    return s;
}

} // namespace json

Strategy parseStrategyJson(const QByteArray& bytes, const QString& source)
{
    const json::Json document = json::parseDocument(bytes, source);
    return json::namingSource(source, [&] {
        return json::strategyFromJson(document, QString(), json::StrategyForm::File);
    });
}

Strategy bundledStrategy()
{
    initStrategyResource();
    QFile file(QStringLiteral(":/pml/strategy/estrategia-pml.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(QCoreApplication::translate("pml", "The bundled strategy is missing from "
                                                       "this program (resource %1).")
                        .arg(file.fileName()));
    }
    return parseStrategyJson(file.readAll());
}

} // namespace pml
