#include "tracker_view.h"

#include "cli_support.h"

#include <algorithm>

namespace pml::cli {

using json = nlohmann::ordered_json;

TrackerView::TrackerView(Snapshot snapshotIn, const QDate& asOf)
    : snapshot(std::move(snapshotIn))
    , progress(computeProgress(snapshot, asOf))
    , actorsOf(actorsByActivity(snapshot.assignments))
{
}

void addFigures(json& object, const Figures& figures)
{
    object["actual"] = toJson(figures.actual);
    object["planned"] = toJson(figures.planned);
    object["schedule"] = toJson(scheduleKey(figures.schedule));
}

json activityJson(const TrackerView& view, const Activity& activity)
{
    const ActivityProgress progress = view.progress.activities.value(activity.code);
    json object;
    object["code"] = toJson(activity.code);
    object["text"] = toJson(activity.text);
    object["horizon"] = toJson(horizonKey(activity.horizon));
    object["objectives"] = json::array();
    for (int number : activity.objectives) {
        object["objectives"].push_back(number);
    }
    object["barrier_group"] = toJson(activity.barrierGroup);
    object["status"] = toJson(statusKey(progress.status));
    object["percent"] = progress.percent;
    object["weight"] = activity.weight;
    object["planned"] = progress.planned;
    object["schedule"] = toJson(scheduleKey(progress.schedule));
    object["planned_start"] = toJson(progress.plannedStart);
    object["planned_end"] = toJson(progress.plannedEnd);
    object["planned_start_override"] =
        activity.plannedStart ? toJson(*activity.plannedStart) : json(nullptr);
    object["planned_end_override"] =
        activity.plannedEnd ? toJson(*activity.plannedEnd) : json(nullptr);
    object["last_update"] = progress.lastUpdate ? json(*progress.lastUpdate) : json(nullptr);
    object["last_effective_date"] = toJson(progress.lastEffectiveDate);
    object["actors"] = json::array();
    const ActivityActors actors = view.actorsOf.value(activity.code);
    const auto add = [&](qint64 id, ActorRole role) {
        const Actor* actor = view.strategy().actor(id);
        json a;
        a["name"] = toJson(actor ? actor->name : QString::number(id));
        a["short_name"] =
            actor && !actor->shortName.isEmpty() ? toJson(actor->shortName) : json(nullptr);
        a["role"] = toJson(actorRoleKey(role));
        object["actors"].push_back(a);
    };
    if (actors.lead) {
        add(*actors.lead, ActorRole::Lead);
    }
    for (qint64 id : actors.support) {
        add(id, ActorRole::Support);
    }
    return object;
}

json treeJson(const TrackerView& view)
{
    const Strategy& strategy = view.strategy();
    json root;
    root["as_of"] = toJson(view.progress.asOf);
    root["mode"] = toJson(rollupModeKey(view.progress.mode));
    json strategyJson;
    strategyJson["title"] = toJson(strategy.title);
    addFigures(strategyJson, view.progress.strategy);
    root["strategy"] = strategyJson;
    root["lines"] = json::array();
    for (const Line& line : strategy.lines) {
        json lineJson;
        lineJson["number"] = line.number;
        lineJson["name"] = toJson(line.name);
        addFigures(lineJson, view.progress.lines.value(line.number));
        lineJson["barrier_groups"] = json::array();
        for (const BarrierGroup* group : strategy.groupsOfLine(line.number)) {
            json groupJson;
            groupJson["code"] = toJson(group->code);
            groupJson["source_code"] = toJson(group->sourceCode);
            groupJson["heading"] = toJson(group->heading);
            groupJson["barriers"] = json::array();
            for (const QString& barrier : group->barriers) {
                groupJson["barriers"].push_back(toJson(barrier));
            }
            addFigures(groupJson, view.progress.groups.value(group->code));
            groupJson["objectives"] = json::array();
            for (const Objective* objective : strategy.objectivesOfGroup(group->code)) {
                json objectiveJson;
                objectiveJson["number"] = objective->number;
                objectiveJson["name"] = toJson(objective->text);
                addFigures(objectiveJson, view.progress.objectives.value(objective->number));
                objectiveJson["activities"] = json::array();
                for (const Activity* activity : strategy.activitiesOfObjective(objective->number)) {
                    objectiveJson["activities"].push_back(activityJson(view, *activity));
                }
                groupJson["objectives"].push_back(objectiveJson);
            }
            lineJson["barrier_groups"].push_back(groupJson);
        }
        root["lines"].push_back(lineJson);
    }
    return root;
}

} // namespace pml::cli
