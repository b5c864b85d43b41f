#include "tracker_json.h"

#include "content_validation.h"
#include "core/error.h"
#include "core/messages.h"
#include "json_support.h"
#include "settings_values.h"
#include "strategy_json_internal.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace pml {
namespace {

using json::Json;

template <typename Enum>
Enum enumValue(const Json& object, const char* key, const QString& path,
               std::optional<Enum> (*fromKey)(const QString&), const char* expected)
{
    const QString text = json::string(object, key, path);
    const auto value = fromKey(text);
    if (!value) {
        throw Error(Messages::tr("%1: unknown value \"%2\" (expected %3).")
                        .arg(json::childPath(path, key), text, QString::fromLatin1(expected)));
    }
    return *value;
}

Settings settingsFromJson(const Json& object, const QString& path)
{
    json::requireObject(object, path);
    QList<QPair<QString, QString>> values;
    for (const auto& [key, value] : object.items()) {
        if (!value.is_string()) {
            throw Error(Messages::tr("%1: expected a string.")
                            .arg(path + QLatin1Char('.') + QString::fromStdString(key)));
        }
        values.append(
            {QString::fromStdString(key), QString::fromStdString(value.get<std::string>())});
    }
    Settings settings;
    if (const auto problem = settingsFromValues(values, settings)) {
        throw Error(Messages::tr("%1: %2").arg(path, *problem));
    }
    return settings;
}

QList<Assignment> assignmentsFromJson(const Json& list)
{
    QList<Assignment> out;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const QString path = json::itemPath(QStringLiteral("assignments"), i);
        json::requireObject(list[i], path);
        Assignment a;
        a.activity = json::string(list[i], "activity", path);
        a.actor = json::integer(list[i], "actor", path);
        a.role = enumValue<ActorRole>(list[i], "role", path, actorRoleFromKey, "lead or support");
        out.append(a);
    }
    return out;
}

QList<StatusUpdate> updatesFromJson(const Json& list)
{
    QList<StatusUpdate> out;
    out.reserve(qsizetype(list.size()));
    for (std::size_t i = 0; i < list.size(); ++i) {
        const QString path = json::itemPath(QStringLiteral("updates"), i);
        json::requireObject(list[i], path);
        StatusUpdate u;
        u.id = json::integer(list[i], "id", path);
        u.activity = json::string(list[i], "activity", path);
        u.effectiveDate = json::date(list[i], "effective_date", path);
        u.recordedAt = json::timestamp(list[i], "recorded_at", path);
        u.status = enumValue<Status>(list[i], "status", path, statusFromKey,
                                     "not_started, in_progress, completed, suspended or "
                                     "cancelled");
        const qint64 percent = json::integer(list[i], "percent", path);
        if (percent < 0 || percent > 100) {
            throw Error(Messages::tr("%1.percent: %2 is not a percent from 0 to 100.")
                            .arg(path)
                            .arg(percent));
        }
        u.percent = int(percent);
        u.note = json::string(list[i], "note", path, true);
        u.recordedBy = json::string(list[i], "recorded_by", path, true);
        out.append(u);
    }
    return out;
}

QList<WithdrawalEvent> withdrawalsFromJson(const Json& list)
{
    QList<WithdrawalEvent> out;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const QString path = json::itemPath(QStringLiteral("withdrawals"), i);
        json::requireObject(list[i], path);
        WithdrawalEvent w;
        w.id = json::integer(list[i], "id", path);
        w.update = json::integer(list[i], "update", path);
        w.withdrawn = json::boolean(list[i], "withdrawn", path);
        w.recordedAt = json::timestamp(list[i], "recorded_at", path);
        w.recordedBy = json::string(list[i], "recorded_by", path, true);
        out.append(w);
    }
    return out;
}

} // namespace

QByteArray trackerToJson(const TrackerContent& c)
{
    Json out = Json::object();
    out["format"] = "pml-tracker";
    out["format_version"] = 1;
    out["strategy"] = json::strategyToJsonValue(c.strategy, json::StrategyForm::Tracker);
    out["settings"] = Json::object();
    for (const QString& key : settingKeys()) {
        // Empty: the default of an optional setting, left out so older versions import it.
        if (const QString value = settingValue(c.settings, key); !value.isEmpty()) {
            out["settings"][json::utf8(key)] = json::utf8(value);
        }
    }
    out["assignments"] = Json::array();
    for (const Assignment& a : c.assignments) {
        Json item = Json::object();
        item["activity"] = json::utf8(a.activity);
        item["actor"] = a.actor;
        item["role"] = json::utf8(actorRoleKey(a.role));
        out["assignments"].push_back(std::move(item));
    }
    out["updates"] = Json::array();
    for (const StatusUpdate& u : c.updates) {
        Json item = Json::object();
        item["id"] = u.id;
        item["activity"] = json::utf8(u.activity);
        item["effective_date"] = json::utf8(json::dateText(u.effectiveDate));
        item["recorded_at"] = json::utf8(json::timestampText(u.recordedAt));
        item["status"] = json::utf8(statusKey(u.status));
        item["percent"] = u.percent;
        item["note"] = json::utf8(u.note);
        item["recorded_by"] = json::utf8(u.recordedBy);
        out["updates"].push_back(std::move(item));
    }
    out["withdrawals"] = Json::array();
    for (const WithdrawalEvent& w : c.withdrawals) {
        Json item = Json::object();
        item["id"] = w.id;
        item["update"] = w.update;
        item["withdrawn"] = w.withdrawn;
        item["recorded_at"] = json::utf8(json::timestampText(w.recordedAt));
        item["recorded_by"] = json::utf8(w.recordedBy);
        out["withdrawals"].push_back(std::move(item));
    }
    return json::dumpDocument(out);
}

namespace {

TrackerContent contentOf(const Json& document)
{
    json::requireObject(document, QString());
    const QString format = json::string(document, "format", QString(), true);
    if (format != QLatin1String("pml-tracker")) {
        throw Error(Messages::tr("This is not a tracker export (format is \"%1\", expected "
                                 "\"pml-tracker\").")
                        .arg(format));
    }
    const qint64 version = json::integer(document, "format_version", QString());
    if (version != 1) {
        throw Error(Messages::tr("Tracker export format version %1 is not supported (expected 1).")
                        .arg(version));
    }
    TrackerContent c;
    c.strategy = json::strategyFromJson(json::member(document, "strategy", QString()),
                                        QStringLiteral("strategy"), json::StrategyForm::Tracker);
    c.settings =
        settingsFromJson(json::member(document, "settings", QString()), QStringLiteral("settings"));
    c.assignments = assignmentsFromJson(json::array(document, "assignments", QString()));
    c.updates = updatesFromJson(json::array(document, "updates", QString()));
    c.withdrawals = withdrawalsFromJson(json::array(document, "withdrawals", QString()));
    // Recording order is id order.
    std::stable_sort(c.updates.begin(), c.updates.end(),
                     [](const auto& a, const auto& b) { return a.id < b.id; });
    std::stable_sort(c.withdrawals.begin(), c.withdrawals.end(),
                     [](const auto& a, const auto& b) { return a.id < b.id; });
    validateContent(c);
    QHash<qint64, bool> withdrawn;
    for (const WithdrawalEvent& w : c.withdrawals) {
        withdrawn.insert(w.update, w.withdrawn);
    }
    for (StatusUpdate& u : c.updates) {
        u.withdrawn = withdrawn.value(u.id, false);
    }
    return c;
}

} // namespace

TrackerContent trackerFromJson(const QByteArray& bytes, const QString& source)
{
    const Json document = json::parseDocument(bytes, source);
    return json::namingSource(source, [&] { return contentOf(document); });
}

} // namespace pml
