#include "audit_values.h"
#include "messages.h"

#include <algorithm>

namespace pml {
namespace {

struct FieldName {
    const char* key;
    const char* name;
};

// In the order the detail shows them: what a row is about first, who and when last.
const FieldName kFields[] = {
    {"activity", QT_TRANSLATE_NOOP("pml", "Activity")},
    {"quarter", QT_TRANSLATE_NOOP("pml", "Quarter")},
    {"line", QT_TRANSLATE_NOOP("pml", "Line of action")},
    {"action", QT_TRANSLATE_NOOP("pml", "Review step")},
    {"from_state", QT_TRANSLATE_NOOP("pml", "State before")},
    {"to_state", QT_TRANSLATE_NOOP("pml", "State after")},
    {"status", QT_TRANSLATE_NOOP("pml", "Status")},
    {"percent", QT_TRANSLATE_NOOP("pml", "Progress")},
    {"effective_date", QT_TRANSLATE_NOOP("pml", "In force from")},
    {"note", QT_TRANSLATE_NOOP("pml", "Note")},
    {"achievements", QT_TRANSLATE_NOOP("pml", "Achievements")},
    {"difficulties", QT_TRANSLATE_NOOP("pml", "Difficulties")},
    {"next_steps", QT_TRANSLATE_NOOP("pml", "Next steps")},
    {"update_id", QT_TRANSLATE_NOOP("pml", "Update")},
    {"withdrawn", QT_TRANSLATE_NOOP("pml", "Withdrawn")},
    {"evidence_id", QT_TRANSLATE_NOOP("pml", "Evidence")},
    {"reason", QT_TRANSLATE_NOOP("pml", "Reason")},
    {"kind", QT_TRANSLATE_NOOP("pml", "Evidence kind")},
    {"name", QT_TRANSLATE_NOOP("pml", "Name")},
    {"short_name", QT_TRANSLATE_NOOP("pml", "Short name")},
    {"actor_group", QT_TRANSLATE_NOOP("pml", "Group")},
    {"url", QT_TRANSLATE_NOOP("pml", "Link")},
    {"mime", QT_TRANSLATE_NOOP("pml", "File type")},
    {"size", QT_TRANSLATE_NOOP("pml", "Size")},
    {"weight", QT_TRANSLATE_NOOP("pml", "Weight")},
    {"planned_start", QT_TRANSLATE_NOOP("pml", "Planned start")},
    {"planned_end", QT_TRANSLATE_NOOP("pml", "Planned end")},
    {"lead", QT_TRANSLATE_NOOP("pml", "Lead")},
    {"support", QT_TRANSLATE_NOOP("pml", "Support")},
    {"roles", QT_TRANSLATE_NOOP("pml", "Roles")},
    {"active", QT_TRANSLATE_NOOP("pml", "Listed")},
    {"rollup.mode", QT_TRANSLATE_NOOP("pml", "Roll-up mode")},
    {"schedule.start", QT_TRANSLATE_NOOP("pml", "Strategy start")},
    {"schedule.short_years", QT_TRANSLATE_NOOP("pml", "Short term (years)")},
    {"schedule.medium_years", QT_TRANSLATE_NOOP("pml", "Medium term (years)")},
    {"schedule.long_years", QT_TRANSLATE_NOOP("pml", "Long term (years)")},
    {"schedule.at_risk_gap", QT_TRANSLATE_NOOP("pml", "Gap for at risk")},
    {"schedule.late_gap", QT_TRANSLATE_NOOP("pml", "Gap for late")},
    {"report.institution", QT_TRANSLATE_NOOP("pml", "Institution")},
    {"report.logo", QT_TRANSLATE_NOOP("pml", "Logo")},
    {"transition_id", QT_TRANSLATE_NOOP("pml", "Review step number")},
    {"sha256", QT_TRANSLATE_NOOP("pml", "SHA-256")},
    {"id", QT_TRANSLATE_NOOP("pml", "Number")},
    {"recorded_by", QT_TRANSLATE_NOOP("pml", "Recorded by")},
    {"recorded_at", QT_TRANSLATE_NOOP("pml", "Recorded at")},
};

int fieldRank(const QString& key)
{
    for (int i = 0; i < int(std::size(kFields)); ++i) {
        if (key == QLatin1String(kFields[i].key)) {
            return i;
        }
    }
    return int(std::size(kFields));
}

} // namespace

QString auditFieldName(const QString& key)
{
    const int rank = fieldRank(key);
    return rank < int(std::size(kFields)) ? Messages::tr(kFields[rank].name) : key;
}

QList<AuditField> auditFields(const AuditEntry& entry, const AuditNames& names)
{
    const QJsonObject before = auditValueFields(entry.oldValue);
    const QJsonObject after = auditValueFields(entry.newValue);
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    std::stable_sort(keys.begin(), keys.end(), [](const QString& a, const QString& b) {
        return fieldRank(a) < fieldRank(b);
    });
    QList<AuditField> fields;
    for (const QString& key : std::as_const(keys)) {
        fields.append({key, auditFieldName(key),
                       before.contains(key) ? auditValueText(key, before.value(key), names)
                                            : QStringLiteral("—"),
                       after.contains(key) ? auditValueText(key, after.value(key), names)
                                           : QStringLiteral("—")});
    }
    return fields;
}

} // namespace pml
