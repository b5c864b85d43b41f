#include "audit_text.h"

#include "format.h"
#include "messages.h"
#include "quarter.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace pml {
namespace {

// A quarter's line as the log names it: "line 2 2026-Q2".
struct LineItem {
    int line = 0;
    Quarter quarter;
};

std::optional<LineItem> lineItemOf(const QString& item)
{
    static const QRegularExpression pattern(QStringLiteral("^line (\\d+) (\\S+)$"));
    const auto match = pattern.match(item);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const auto quarter = quarterFromKey(match.captured(2));
    return quarter ? std::optional<LineItem>(LineItem{match.captured(1).toInt(), *quarter})
                   : std::nullopt;
}

// The subject of a sentence: the person who made the change.
QString who(const AuditEntry& entry)
{
    return entry.recordedBy.isEmpty() ? Messages::tr("someone") : entry.recordedBy;
}

QString quoted(const QString& text)
{
    return Messages::tr("“%1”").arg(text.simplified());
}

// The activity or quarter's line an entry of added rows is about, for a sentence.
QString subjectOf(const AuditEntry& entry)
{
    if (const auto line = lineItemOf(entry.item)) {
        return Messages::tr("line %1, %2").arg(line->line).arg(quarterText(line->quarter));
    }
    return entry.item;
}

QString value(const QJsonObject& fields, const QString& key, const AuditNames& names = {})
{
    return auditValueText(key, fields.value(key), names);
}

QString updateSentence(const AuditEntry& e, const QJsonObject& row)
{
    if (e.kind == QLatin1String("update.record")) {
        return Messages::tr("%1 recorded %2: %3, %4, in force from %5")
            .arg(who(e), e.item, value(row, QStringLiteral("status")),
                 value(row, QStringLiteral("percent")),
                 value(row, QStringLiteral("effective_date")));
    }
    const QString update = value(row, QStringLiteral("update_id"));
    return e.kind == QLatin1String("update.withdraw")
               ? Messages::tr("%1 withdrew update %2 of %3").arg(who(e), update, e.item)
               : Messages::tr("%1 restored update %2 of %3").arg(who(e), update, e.item);
}

QString reviewSentence(const AuditEntry& e, const QJsonObject& row)
{
    const auto line = lineItemOf(e.item);
    const QString number = line ? QString::number(line->line) : value(row, QStringLiteral("line"));
    const QString quarter =
        line ? quarterText(line->quarter) : value(row, QStringLiteral("quarter"));
    const QString note = row.value(QStringLiteral("note")).toString();
    if (e.kind == QLatin1String("review.submit")) {
        return Messages::tr("%1 submitted line %2, %3 for review").arg(who(e), number, quarter);
    }
    if (e.kind == QLatin1String("review.approve")) {
        return Messages::tr("%1 approved line %2, %3").arg(who(e), number, quarter);
    }
    if (e.kind == QLatin1String("review.return")) {
        return note.isEmpty() ? Messages::tr("%1 returned line %2, %3").arg(who(e), number, quarter)
                              : Messages::tr("%1 returned line %2, %3: %4")
                                    .arg(who(e), number, quarter, quoted(note));
    }
    return note.isEmpty() ? Messages::tr("%1 reopened line %2, %3").arg(who(e), number, quarter)
                          : Messages::tr("%1 reopened line %2, %3: %4")
                                .arg(who(e), number, quarter, quoted(note));
}

QString evidenceSentence(const AuditEntry& e, const QJsonObject& row)
{
    if (e.kind == QLatin1String("evidence.add")) {
        const QString url = row.value(QStringLiteral("url")).toString();
        const QString name = url.isEmpty() ? row.value(QStringLiteral("name")).toString() : url;
        return Messages::tr("%1 added evidence to %2: %3").arg(who(e), subjectOf(e), name);
    }
    return Messages::tr("%1 withdrew evidence %2 of %3: %4")
        .arg(who(e), value(row, QStringLiteral("evidence_id")), subjectOf(e),
             quoted(row.value(QStringLiteral("reason")).toString()));
}

QString personSentence(const AuditEntry& e, const QJsonObject& before, const QJsonObject& after)
{
    const QString roles = value(after, QStringLiteral("roles"));
    if (e.kind == QLatin1String("person.remove")) {
        return Messages::tr("%1 removed %2 from the tracker's people").arg(who(e), e.item);
    }
    if (e.kind == QLatin1String("person.add") ||
        before.value(QStringLiteral("active")).toInteger(1) == 0) {
        return Messages::tr("%1 added %2 as %3").arg(who(e), e.item, roles);
    }
    return Messages::tr("%1 changed the roles of %2 from %3 to %4")
        .arg(who(e), e.item, value(before, QStringLiteral("roles")), roles);
}

QList<AuditField> changedFields(const AuditEntry& e, const AuditNames& names)
{
    QList<AuditField> changed;
    for (const AuditField& f : auditFields(e, names)) {
        if (f.before != f.after) {
            changed << f;
        }
    }
    return changed;
}

// "the weight from 1 to 3; the planned end from — to 31/12/2027"
QString changesText(const QList<AuditField>& changed)
{
    QStringList parts;
    for (const AuditField& f : changed) {
        parts << Messages::tr("the %1 from %2 to %3").arg(f.name.toLower(), f.before, f.after);
    }
    return parts.isEmpty() ? Messages::tr("nothing visible") : parts.join(QStringLiteral("; "));
}

// An actor by the short name it has after the change (the log records actors by number).
QString actorName(const AuditEntry& e, const AuditNames& names)
{
    const QString name =
        auditValueFields(e.newValue).value(QStringLiteral("short_name")).toString();
    return name.isEmpty() ? names.actors.value(e.item.toLongLong(), e.item) : name;
}

// What a change of an activity's planning or responsibility, or of an actor, is about.
QString stateItem(const AuditEntry& e, const AuditNames& names)
{
    return e.kind.startsWith(QLatin1String("actor.")) ? actorName(e, names) : e.item;
}

QString stateSentence(const AuditEntry& e, const AuditNames& names)
{
    const QList<AuditField> changed = changedFields(e, names);
    const bool settings = e.kind == QLatin1String("settings");
    if (changed.size() == 1) {
        const AuditField& f = changed.constFirst();
        const QString name = f.name.toLower();
        return settings ? Messages::tr("%1 changed the %2 from %3 to %4")
                              .arg(who(e), name, f.before, f.after)
                        : Messages::tr("%1 changed the %2 of %3 from %4 to %5")
                              .arg(who(e), name, stateItem(e, names), f.before, f.after);
    }
    const QString what = changesText(changed);
    if (e.kind == QLatin1String("planning")) {
        return Messages::tr("%1 changed the planning of %2: %3").arg(who(e), e.item, what);
    }
    if (e.kind == QLatin1String("responsibility")) {
        return Messages::tr("%1 changed who is responsible for %2: %3").arg(who(e), e.item, what);
    }
    if (settings) {
        return Messages::tr("%1 changed the settings: %2").arg(who(e), what);
    }
    return Messages::tr("%1 changed the actor %2: %3").arg(who(e), stateItem(e, names), what);
}

} // namespace

QString auditSentence(const AuditEntry& e, const AuditNames& names)
{
    const QJsonObject before = auditValueFields(e.oldValue);
    const QJsonObject after = auditValueFields(e.newValue);
    const QString kind = e.kind;
    if (kind == QLatin1String("tracker.create")) {
        return Messages::tr("%1 created the tracker").arg(who(e));
    }
    if (kind == QLatin1String("tracker.upgrade")) {
        return Messages::tr("%1 started the tracker's audit log").arg(who(e));
    }
    if (kind.startsWith(QLatin1String("update."))) {
        return updateSentence(e, after);
    }
    if (kind.startsWith(QLatin1String("review."))) {
        return reviewSentence(e, after);
    }
    if (kind.startsWith(QLatin1String("evidence."))) {
        return evidenceSentence(e, after);
    }
    if (kind.startsWith(QLatin1String("person."))) {
        return personSentence(e, before, after);
    }
    if (kind == QLatin1String("actor.add")) {
        return Messages::tr("%1 added the actor %2").arg(who(e), actorName(e, names));
    }
    if (kind == QLatin1String("planning") || kind == QLatin1String("responsibility") ||
        kind == QLatin1String("settings") || kind == QLatin1String("actor.change")) {
        return stateSentence(e, names);
    }
    const QString item = auditItemText(e, names);
    return item.isEmpty()
               ? Messages::tr("%1 made a change (%2)").arg(who(e), auditKindName(kind))
               : Messages::tr("%1 made a change (%2) to %3").arg(who(e), auditKindName(kind), item);
}

QString auditItemText(const AuditEntry& e, const AuditNames& names)
{
    if (e.item.isEmpty()) {
        return {};
    }
    if (const auto line = lineItemOf(e.item)) {
        return Messages::tr("line %1, %2").arg(line->line).arg(quarterText(line->quarter));
    }
    if (e.kind.startsWith(QLatin1String("actor."))) {
        return Messages::tr("actor %1").arg(actorName(e, names));
    }
    if (e.kind.startsWith(QLatin1String("person."))) {
        return Messages::tr("person %1").arg(e.item);
    }
    if (e.kind == QLatin1String("settings")) {
        return Messages::tr("settings");
    }
    return Messages::tr("activity %1").arg(e.item);
}

} // namespace pml
