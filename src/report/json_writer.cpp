#include "json_review.h"
#include "report_writers.h"
#include "writer_support.h"

#include <nlohmann/json.hpp>

namespace pml {
namespace {

using Json = nlohmann::ordered_json;

using json::dateTime;
using json::text;

Json number(const std::optional<double>& value)
{
    return value ? Json(*value) : Json(nullptr);
}

Json date(const QDate& value)
{
    return value.isValid() ? Json(value.toString(Qt::ISODate).toStdString()) : Json(nullptr);
}

Json figures(const Trend& trend)
{
    return Json{{"actual", number(trend.current.actual)},
                {"planned", number(trend.current.planned)},
                {"schedule", text(scheduleKey(trend.current.schedule))},
                {"change", number(trend.change)},
                {"previous",
                 {{"actual", number(trend.previous.actual)},
                  {"planned", number(trend.previous.planned)},
                  {"schedule", text(scheduleKey(trend.previous.schedule))}}}};
}

Json actors(const QList<ActorRef>& actors)
{
    Json list = Json::array();
    for (const ActorRef& actor : actors) {
        list.push_back({{"name", text(actor.name)}, {"role", text(actorRoleKey(actor.role))}});
    }
    return list;
}

Json activity(const ReportActivity& row)
{
    return Json{
        {"code", text(row.code)},
        {"text", text(row.text)},
        {"line", row.line},
        {"objectives", Json(std::vector<int>(row.objectives.begin(), row.objectives.end()))},
        {"horizon", text(horizonKey(row.horizon))},
        {"status", text(statusKey(row.status))},
        {"percent", row.percent},
        {"weight", row.weight},
        {"planned", row.planned},
        {"schedule", text(scheduleKey(row.schedule))},
        {"planned_start", date(row.plannedStart)},
        {"planned_end", date(row.plannedEnd)},
        {"actors", actors(row.actors)},
        {"last_update", date(row.lastUpdate)}};
}

Json attentionKeys(const QList<Attention>& reasons)
{
    Json list = Json::array();
    for (Attention reason : reasons) {
        list.push_back(text(attentionKey(reason)));
    }
    return list;
}

} // namespace

void writeJson(const ReportModel& model, QIODevice& device)
{
    Json root;
    root["format"] = "pml-quarterly-report";
    root["format_version"] = 1;
    root["quarter"] = text(model.quarter.key());
    root["period_start"] = date(model.periodStart);
    root["period_end"] = date(model.periodEnd);
    root["as_of"] = date(model.asOf);
    root["provisional"] = model.provisional;
    root["previous_as_of"] = date(model.previousAsOf);
    root["language"] = text(model.options.language);
    root["mode"] = text(rollupModeKey(model.mode));
    root["line"] = model.subjectLine ? Json(*model.subjectLine) : Json(nullptr);
    root["appendix"] = model.options.appendix;
    // The audit chain head when the report was produced: null without a tracker.
    root["fingerprint"] =
        model.fingerprint.isEmpty() ? Json(nullptr) : Json(model.fingerprint.toStdString());
    root["meta"] = {{"strategy", text(model.strategyTitle)},
                    {"tracker_file", text(displayFileName(model.meta.trackerFile))},
                    {"produced_by", text(model.meta.producedBy)},
                    {"produced_at", dateTime(model.meta.producedAt)},
                    {"reviewed_by", text(model.meta.reviewedBy)},
                    {"institution", text(model.institution)},
                    {"logo", !model.logo.isEmpty()}};
    root["strategy"] = figures(model.strategy);
    root["subject"] = figures(model.subject);
    root["subject"]["name"] = text(model.subjectName);

    Json statusCounts = Json::object();
    for (auto it = model.statusCounts.begin(); it != model.statusCounts.end(); ++it) {
        statusCounts[statusKey(it.key()).toStdString()] = it.value();
    }
    Json scheduleCounts = Json::object();
    for (auto it = model.scheduleCounts.begin(); it != model.scheduleCounts.end(); ++it) {
        scheduleCounts[scheduleKey(it.key()).toStdString()] = it.value();
    }
    root["counts"] = {{"activities", model.activityCount},
                      {"by_status", statusCounts},
                      {"by_schedule", scheduleCounts},
                      {"updates_in_quarter", model.updatesInQuarter}};

    Json lines = Json::array();
    for (const LineSection& line : model.lines) {
        Json objectives = Json::array();
        for (const ObjectiveRow& objective : line.objectives) {
            Json item = {{"number", objective.number}, {"text", text(objective.text)}};
            item.update(figures(objective.trend));
            item["gap"] = number(objective.gap);
            objectives.push_back(item);
        }
        Json item = {{"number", line.number}, {"name", text(line.name)}};
        item.update(figures(line.trend));
        item["objectives"] = objectives;
        const LineReview* review = model.review(line.number);
        item["review"] = review ? reviewJson(*review) : Json(nullptr);
        lines.push_back(item);
    }
    root["lines"] = lines;

    Json updates = Json::array();
    for (const UpdateRow& update : model.updates) {
        updates.push_back({{"id", update.id},
                           {"code", text(update.code)},
                           {"text", text(update.text)},
                           {"effective_date", date(update.effectiveDate)},
                           {"recorded_at", dateTime(update.recordedAt)},
                           {"old_status", text(statusKey(update.oldStatus))},
                           {"old_percent", update.oldPercent},
                           {"new_status", text(statusKey(update.newStatus))},
                           {"new_percent", update.newPercent},
                           {"note", text(update.note)},
                           {"recorded_by", text(update.recordedBy)}});
    }
    root["updates"] = updates;

    Json attention = Json::array();
    for (const AttentionRow& row : model.attention) {
        attention.push_back({{"code", text(row.activity.code)},
                             {"reasons", attentionKeys(row.reasons)},
                             {"status", text(statusKey(row.activity.status))},
                             {"percent", row.activity.percent},
                             {"schedule", text(scheduleKey(row.activity.schedule))}});
    }
    root["attention"] = attention;

    Json activities = Json::array();
    for (const ReportActivity& row : model.activities) {
        activities.push_back(activity(row));
    }
    root["activities"] = activities;

    const std::string bytes = root.dump(2) + "\n";
    writeAll(device, QByteArray(bytes.data(), qsizetype(bytes.size())));
}

} // namespace pml
