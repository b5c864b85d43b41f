#include "json_review.h"

namespace pml {
namespace {

using Json = nlohmann::ordered_json;

using json::dateTime;
using json::text;

Json evidenceJson(const Evidence& e)
{
    const bool file = e.kind == Evidence::Kind::File;
    return Json{{"id", e.id},
                {"kind", file ? "file" : "link"},
                {"update", e.update ? Json(*e.update) : Json(nullptr)},
                {"activity", e.activity.isEmpty() ? Json(nullptr) : text(e.activity)},
                {"name", text(e.name)},
                {"url", file ? Json(nullptr) : text(e.url)},
                {"mime", file ? text(e.mime) : Json(nullptr)},
                {"size", file ? Json(e.size) : Json(nullptr)},
                {"sha256", file ? Json(e.sha256.toStdString()) : Json(nullptr)},
                {"recorded_at", dateTime(e.recordedAt)},
                {"recorded_by", text(e.recordedBy)}};
}

Json transitionJson(const ReviewTransition& t)
{
    return Json{{"action", text(reviewActionKey(t.action))},
                {"from", text(reviewStateKey(t.from))},
                {"to", text(reviewStateKey(t.to))},
                {"by", text(t.recordedBy)},
                {"at", dateTime(t.recordedAt)},
                {"text", text(t.text)}};
}

} // namespace

Json reviewJson(const LineReview& review)
{
    Json evidence = Json::array();
    for (const Evidence& e : review.evidence) {
        evidence.push_back(evidenceJson(e));
    }
    Json transitions = Json::array();
    for (const ReviewTransition& t : review.transitions) {
        transitions.push_back(transitionJson(t));
    }
    const bool approved = review.state == ReviewState::Approved;
    return Json{
        {"state", text(reviewStateKey(review.state))},
        {"approved_by", approved ? text(review.approvedBy) : Json(nullptr)},
        {"approved_at", approved ? dateTime(review.approvedAt) : Json(nullptr)},
        {"reopened", review.reopened},
        {"frozen", review.frozen},
        {"submitted_by", review.submittedBy.isEmpty() ? Json(nullptr) : text(review.submittedBy)},
        {"submitted_at", dateTime(review.submittedAt)},
        {"return_note", review.returnNote.isEmpty() ? Json(nullptr) : text(review.returnNote)},
        {"narrative",
         {{"achievements", text(review.narrative.achievements)},
          {"difficulties", text(review.narrative.difficulties)},
          {"next_steps", text(review.narrative.nextSteps)}}},
        {"evidence", evidence},
        {"transitions", transitions}};
}

} // namespace pml
