#include "review_json.h"

#include "cli_support.h"

namespace pml::cli {

QString timeText(const QDateTime& utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

nlohmann::ordered_json narrativeJson(const Narrative& n)
{
    nlohmann::ordered_json o;
    o["achievements"] = toJson(n.achievements);
    o["difficulties"] = toJson(n.difficulties);
    o["next_steps"] = toJson(n.nextSteps);
    return o;
}

nlohmann::ordered_json transitionJson(const ReviewTransition& t)
{
    nlohmann::ordered_json o;
    o["id"] = t.id;
    o["action"] = toJson(reviewActionKey(t.action));
    o["from"] = toJson(reviewStateKey(t.from));
    o["to"] = toJson(reviewStateKey(t.to));
    o["by"] = toJson(t.recordedBy);
    o["at"] = toJson(t.recordedAt.toUTC().toString(Qt::ISODateWithMs));
    o["text"] = toJson(t.text);
    if (t.action == ReviewAction::Submit) {
        o["narrative"] = narrativeJson(t.narrative);
    }
    return o;
}

nlohmann::ordered_json evidenceJson(const Evidence& e)
{
    nlohmann::ordered_json o;
    o["id"] = e.id;
    o["kind"] = e.kind == Evidence::Kind::File ? "file" : "link";
    if (e.update) {
        o["update"] = *e.update;
        o["activity"] = toJson(e.activity);
    } else {
        o["quarter"] = toJson(e.quarter ? e.quarter->key() : QString());
        o["line"] = e.line;
    }
    o["name"] = toJson(e.name);
    if (e.kind == Evidence::Kind::File) {
        o["mime"] = toJson(e.mime);
        o["size"] = e.size;
        o["sha256"] = toJson(QString::fromLatin1(e.sha256));
    } else {
        o["url"] = toJson(e.url);
    }
    o["recorded_by"] = toJson(e.recordedBy);
    o["recorded_at"] = toJson(e.recordedAt.toUTC().toString(Qt::ISODateWithMs));
    o["withdrawn"] = e.withdrawn;
    if (e.withdrawn) {
        o["withdrawal_reason"] = toJson(e.withdrawalReason);
    }
    return o;
}

} // namespace pml::cli
