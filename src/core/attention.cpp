#include "attention.h"

namespace pml {
namespace {

const std::pair<Attention, const char*> attentionKeys[] = {
    {Attention::Late, "late"},           {Attention::AtRisk, "at_risk"},
    {Attention::Suspended, "suspended"}, {Attention::NeverUpdated, "never_updated"},
    {Attention::NoLead, "no_lead"},
};

} // namespace

QList<Attention> attentionOrder()
{
    QList<Attention> order;
    for (const auto& entry : attentionKeys) {
        order.append(entry.first);
    }
    return order;
}

QString attentionKey(Attention reason)
{
    for (const auto& [value, key] : attentionKeys) {
        if (value == reason) {
            return QString::fromLatin1(key);
        }
    }
    return {};
}

std::optional<Attention> attentionFromKey(const QString& key)
{
    for (const auto& [value, name] : attentionKeys) {
        if (key == QLatin1String(name)) {
            return value;
        }
    }
    return std::nullopt;
}

bool notYetDue(const ActivityProgress& activity)
{
    // The engine computes exactly 0 on and before the first day of the window.
    return activity.planned <= 0 && !activity.lastUpdate;
}

QList<Attention> attentionReasons(const ActivityProgress& activity, bool hasLead)
{
    QList<Attention> reasons;
    if (notYetDue(activity)) {
        return reasons;
    }
    if (activity.schedule == Schedule::Late) {
        reasons.append(Attention::Late);
    }
    if (activity.schedule == Schedule::AtRisk) {
        reasons.append(Attention::AtRisk);
    }
    if (activity.status == Status::Suspended) {
        reasons.append(Attention::Suspended);
    }
    if (!activity.lastUpdate) {
        reasons.append(Attention::NeverUpdated);
    }
    if (lacksResponsibleActor(activity.status, hasLead)) {
        reasons.append(Attention::NoLead);
    }
    return reasons;
}

} // namespace pml
