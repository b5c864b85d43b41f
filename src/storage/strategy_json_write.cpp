#include "strategy_json.h"
#include "strategy_json_internal.h"

namespace pml {
namespace json {
namespace {

Json optionalDate(const std::optional<QDate>& date)
{
    return date ? Json(utf8(dateText(*date))) : Json(nullptr);
}

Json activityJson(const Activity& a, StrategyForm form)
{
    Json out = Json::object();
    out["code"] = utf8(a.code);
    out["horizon"] = utf8(horizonKey(a.horizon));
    out["objectives"] = Json::array();
    for (int number : a.objectives) {
        out["objectives"].push_back(number);
    }
    out["text"] = utf8(a.text);
    if (form == StrategyForm::Tracker) {
        out["weight"] = a.weight;
        out["planned_start"] = optionalDate(a.plannedStart);
        out["planned_end"] = optionalDate(a.plannedEnd);
    }
    return out;
}

Json groupJson(const Strategy& s, const BarrierGroup& g, StrategyForm form)
{
    Json out = Json::object();
    out["code"] = utf8(g.code);
    out["source_code"] = utf8(g.sourceCode);
    out["heading"] = utf8(g.heading);
    out["barriers"] = stringArrayJson(g.barriers);
    out["objectives"] = Json::array();
    for (const Objective& o : s.objectives) {
        if (o.barrierGroup == g.code) {
            out["objectives"].push_back(Json{{"number", o.number}, {"text", utf8(o.text)}});
        }
    }
    out["activities"] = Json::array();
    for (const Activity& a : s.activities) {
        if (a.barrierGroup == g.code) {
            out["activities"].push_back(activityJson(a, form));
        }
    }
    return out;
}

Json lineJson(const Strategy& s, const Line& line, StrategyForm form)
{
    Json out = Json::object();
    out["number"] = line.number;
    out["name"] = utf8(line.name);
    out["heading"] = utf8(line.heading);
    out["introduction"] = stringArrayJson(line.introduction);
    out["barriers"] = stringArrayJson(line.barriers);
    out["barrier_groups"] = Json::array();
    for (const BarrierGroup& g : s.barrierGroups) {
        if (g.line == line.number) {
            out["barrier_groups"].push_back(groupJson(s, g, form));
        }
    }
    return out;
}

Json actorJson(const Actor& a, StrategyForm form)
{
    Json out = Json::object();
    if (form == StrategyForm::Tracker) {
        out["id"] = a.id;
    }
    out["name"] = utf8(a.name);
    out["short_name"] = a.shortName.isEmpty() ? Json(nullptr) : Json(utf8(a.shortName));
    out["group"] = utf8(actorGroupKey(a.group));
    return out;
}

} // namespace

Json referenceToJson(const ReferenceText& r)
{
    Json out = Json::object();
    out["definition"] = stringArrayJson(r.definition);
    out["principles"] = Json::array();
    for (const Principle& p : r.principles) {
        Json item = Json::object();
        item["number"] = p.number;
        item["title"] = utf8(p.title);
        item["text"] = utf8(p.text);
        out["principles"].push_back(item);
    }
    out["general_objectives_intro"] = utf8(r.generalObjectivesIntro);
    out["general_objectives"] = Json::array();
    for (const GeneralObjective& g : r.generalObjectives) {
        Json item = Json::object();
        item["number"] = g.number;
        item["text"] = utf8(g.text);
        item["items"] = Json::array();
        for (const GeneralObjectiveItem& i : g.items) {
            Json entry = Json::object();
            entry["letter"] = utf8(i.letter);
            entry["text"] = utf8(i.text);
            item["items"].push_back(entry);
        }
        out["general_objectives"].push_back(item);
    }
    return out;
}

Json strategyToJsonValue(const Strategy& s, StrategyForm form)
{
    Json out = Json::object();
    out["format"] = "pml-strategy";
    out["format_version"] = 1;
    out["title"] = utf8(s.title);
    out["reference"] = referenceToJson(s.reference);
    out["introduction"] = stringArrayJson(s.introduction);
    out["lines"] = Json::array();
    for (const Line& line : s.lines) {
        out["lines"].push_back(lineJson(s, line, form));
    }
    out["actors"] = Json::array();
    for (const Actor& a : s.actors) {
        out["actors"].push_back(actorJson(a, form));
    }
    return out;
}

} // namespace json

QByteArray strategyToJson(const Strategy& strategy)
{
    return json::dumpDocument(json::strategyToJsonValue(strategy, json::StrategyForm::File));
}

} // namespace pml
