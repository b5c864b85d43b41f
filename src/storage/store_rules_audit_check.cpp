#include "audit_format.h"
#include "core/messages.h"
#include "store_rules.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pml {
namespace {

struct Recorded {
    qint64 entry = 0;
    QString text;
};

QString rowName(const QString& table, qint64 id)
{
    if (table == QLatin1String("status_updates")) {
        return Messages::tr("Update %1").arg(id);
    }
    if (table == QLatin1String("update_withdrawals")) {
        return Messages::tr("Withdrawal event %1").arg(id);
    }
    if (table == QLatin1String("review_transitions")) {
        return Messages::tr("Review step %1").arg(id);
    }
    if (table == QLatin1String("review_snapshots")) {
        return Messages::tr("The frozen figures of review step %1").arg(id);
    }
    if (table == QLatin1String("evidence")) {
        return Messages::tr("Evidence %1").arg(id);
    }
    return Messages::tr("Evidence withdrawal %1").arg(id);
}

bool isSettings(const QString& category)
{
    return category == QLatin1String("settings");
}

// What a person calls an item of the changeable state; the settings, one item, have
// sentences of their own (plural).
QString stateName(const QString& category, const QString& item)
{
    if (category == QLatin1String("planning")) {
        return Messages::tr("The planning (weight and dates) of activity %1").arg(item);
    }
    if (category == QLatin1String("responsibility")) {
        return Messages::tr("The responsible actors of activity %1").arg(item);
    }
    if (category == QLatin1String("actors")) {
        return Messages::tr("Actor %1").arg(item);
    }
    if (category == QLatin1String("people")) {
        return Messages::tr("The roles of %1").arg(item);
    }
    return Messages::tr("The settings");
}

// A tracker begun before the audit log kept a digest per item: only the category is known.
QString someStateName(const QString& category)
{
    if (category == QLatin1String("planning")) {
        return Messages::tr("The planning (weight and dates) of one or more activities");
    }
    if (category == QLatin1String("responsibility")) {
        return Messages::tr("The responsible actors of one or more activities");
    }
    if (category == QLatin1String("actors")) {
        return Messages::tr("One or more actors");
    }
    if (category == QLatin1String("people")) {
        return Messages::tr("The roles of one or more people");
    }
    return Messages::tr("The settings");
}

// The recorded fields a person reads in a difference ("effective_date" is "effective date").
QString fieldName(const QString& key)
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("activity"), QT_TRANSLATE_NOOP("pml", "activity")},
        {QStringLiteral("effective_date"), QT_TRANSLATE_NOOP("pml", "effective date")},
        {QStringLiteral("recorded_at"), QT_TRANSLATE_NOOP("pml", "recording time")},
        {QStringLiteral("recorded_by"), QT_TRANSLATE_NOOP("pml", "recorded by")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("pml", "status")},
        {QStringLiteral("percent"), QT_TRANSLATE_NOOP("pml", "percent")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("pml", "note")},
        {QStringLiteral("update_id"), QT_TRANSLATE_NOOP("pml", "update")},
        {QStringLiteral("withdrawn"), QT_TRANSLATE_NOOP("pml", "withdrawn")},
        {QStringLiteral("weight"), QT_TRANSLATE_NOOP("pml", "weight")},
        {QStringLiteral("planned_start"), QT_TRANSLATE_NOOP("pml", "planned start")},
        {QStringLiteral("planned_end"), QT_TRANSLATE_NOOP("pml", "planned end")},
        {QStringLiteral("roles"), QT_TRANSLATE_NOOP("pml", "roles")},
        {QStringLiteral("active"), QT_TRANSLATE_NOOP("pml", "listed")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("pml", "name")},
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("pml", "reason")},
    };
    const auto found = names.constFind(key);
    if (found != names.cend()) {
        return QCoreApplication::translate("pml", *found);
    }
    return QString(key).replace(QLatin1Char('_'), QLatin1Char(' '));
}

// "percent: 40 → 45; note: … → …", naming what was changed.
QString differences(const QString& recorded, const QString& actual)
{
    const QJsonObject a = QJsonDocument::fromJson(recorded.toUtf8()).object();
    const QJsonObject b = QJsonDocument::fromJson(actual.toUtf8()).object();
    QStringList parts;
    QStringList keys = a.keys();
    for (const QString& k : b.keys()) {
        if (!keys.contains(k)) {
            keys << k;
        }
    }
    for (const QString& k : keys) {
        if (a.value(k) != b.value(k)) {
            const auto text = [](const QJsonValue& v) {
                return v.isString()
                           ? v.toString()
                           : QString::fromUtf8(
                                 QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
                                 .mid(1)
                                 .chopped(1);
            };
            parts << QStringLiteral("%1: %2 → %3")
                         .arg(fieldName(k), text(a.value(k)), text(b.value(k)));
        }
    }
    return parts.join(QStringLiteral("; "));
}

// What the entries after the baseline recorded of each table's rows, by id.
QHash<QString, QHash<qint64, Recorded>> recordedRows(const QList<AuditEntry>& entries)
{
    QHash<QString, QHash<qint64, Recorded>> rows;
    for (const AuditEntry& e : entries) {
        if (e.kind.startsWith(QLatin1String("tracker.")) ||
            !sql::categoryOfKind(e.kind).isEmpty()) {
            continue;
        }
        const QJsonObject object = QJsonDocument::fromJson(e.newValue.toUtf8()).object();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QJsonObject row = it.value().toObject();
            const qint64 id =
                row.value(row.contains(QLatin1String("id")) ? QStringLiteral("id")
                                                            : QStringLiteral("transition_id"))
                    .toInteger();
            rows[it.key()].insert(id, {e.id, sql::compact(row)});
        }
    }
    return rows;
}

void checkRows(Persistence& persistence, const QString& table, const QJsonObject& baseline,
               const QHash<qint64, Recorded>& recorded, QStringList& problems)
{
    qint64 after = 0;
    if (baseline.contains(table)) {
        const QJsonObject before = baseline.value(table).toObject();
        after = before.value(QStringLiteral("last_id")).toInteger();
        if (persistence.tableDigest(table, after) != before) {
            problems << (table == QLatin1String("status_updates")
                             ? Messages::tr("The updates numbered up to %1, kept before the audit "
                                            "log began, were changed, removed or added to outside "
                                            "the program.")
                             : Messages::tr("The withdrawal events numbered up to %1, kept before "
                                            "the audit log began, were changed, removed or added "
                                            "to outside the program."))
                            .arg(after);
        }
    }
    QHash<qint64, QString> actual;
    const QMap<qint64, QString> all = persistence.rowTexts(table);
    for (auto it = all.upperBound(after); it != all.cend(); ++it) {
        actual.insert(it.key(), it.value());
        const auto found = recorded.constFind(it.key());
        if (found == recorded.cend()) {
            problems << Messages::tr("%1 is not in the audit log: it was added, or its id "
                                     "changed, outside the program.")
                            .arg(rowName(table, it.key()));
        } else if (found->text != it.value()) {
            problems << Messages::tr("%1 differs from what audit entry %2 recorded (%3): it was "
                                     "changed outside the program.")
                            .arg(rowName(table, it.key()))
                            .arg(found->entry)
                            .arg(differences(found->text, it.value()));
        }
    }
    for (auto it = recorded.cbegin(); it != recorded.cend(); ++it) {
        if (!actual.contains(it.key())) {
            problems << Messages::tr("%1, recorded in audit entry %2, is missing: it was deleted "
                                     "outside the program.")
                            .arg(rowName(table, it.key()))
                            .arg(it->entry);
        }
    }
}

// `current` rolled back to the audit log's start differs from its baseline: name each item
// that differs, when the baseline kept a digest per item.
void checkItemsAtStart(const QString& category, const QMap<QString, QString>& current,
                       const QJsonObject& baseline, QStringList& problems)
{
    const QString key = category + QStringLiteral("_items");
    if (!baseline.contains(key)) {
        problems << Messages::tr("%1: something differs from what the audit log recorded when "
                                 "it began; it was changed outside the program.")
                        .arg(someStateName(category));
        return;
    }
    const QJsonObject recorded = baseline.value(key).toObject();
    const QJsonObject now = sql::itemDigests(current);
    QStringList items = recorded.keys();
    for (const QString& item : now.keys()) {
        if (!recorded.contains(item)) {
            items << item;
        }
    }
    items.sort();
    for (const QString& item : items) {
        if (recorded.value(item) != now.value(item)) {
            problems << (isSettings(category)
                             ? Messages::tr("The settings differ from what the audit log "
                                            "recorded when it began: they were changed outside "
                                            "the program.")
                             : Messages::tr("%1 differs from what the audit log recorded when it "
                                            "began: it was changed outside the program.")
                                   .arg(stateName(category, item)));
        }
    }
}

void checkState(Persistence& persistence, const QString& category, const QJsonObject& baseline,
                const QList<AuditEntry>& entries, QStringList& problems)
{
    QMap<QString, QString> current = persistence.stateValues(category);
    QHash<QString, const AuditEntry*> first;
    QHash<QString, const AuditEntry*> last;
    for (const AuditEntry& e : entries) {
        if (sql::categoryOfKind(e.kind) == category) {
            if (!first.contains(e.item)) {
                first.insert(e.item, &e);
            }
            last.insert(e.item, &e);
        }
    }
    for (auto it = last.cbegin(); it != last.cend(); ++it) {
        const QString now = current.value(it.key());
        if (now != it.value()->newValue) {
            const QString changes = differences(it.value()->newValue, now);
            problems << (isSettings(category)
                             ? Messages::tr("The settings differ from what audit entry %1 "
                                            "recorded (%2): they were changed outside the "
                                            "program.")
                                   .arg(it.value()->id)
                                   .arg(changes)
                             : Messages::tr("%1 differs from what audit entry %2 recorded (%3): it "
                                            "was changed outside the program.")
                                   .arg(stateName(category, it.key()))
                                   .arg(it.value()->id)
                                   .arg(changes));
        }
        const QString before = first.value(it.key())->oldValue;
        if (before.isEmpty()) {
            current.remove(it.key());
        } else {
            current.insert(it.key(), before);
        }
    }
    if (QString::fromLatin1(sql::digestOf(current)) != baseline.value(category).toString()) {
        checkItemsAtStart(category, current, baseline, problems);
    }
}

void checkContents(Persistence& persistence, QStringList& problems)
{
    for (const Persistence::StoredContent& frozen : persistence.frozenContents()) {
        if (QCryptographicHash::hash(frozen.content, QCryptographicHash::Sha256).toHex() !=
            frozen.sha256) {
            problems << Messages::tr("The frozen figures of review step %1 were changed outside "
                                     "the program.")
                            .arg(frozen.id);
        }
    }
    for (const Persistence::StoredContent& file : persistence.evidenceFiles()) {
        if (QCryptographicHash::hash(file.content, QCryptographicHash::Sha256).toHex() !=
            file.sha256) {
            problems << Messages::tr("The file of evidence %1 is missing or was changed outside "
                                     "the program.")
                            .arg(file.id);
        }
    }
}

} // namespace

void RulesStore::checkAudit(QStringList& problems)
{
    const QList<AuditEntry> entries = m_persistence.auditEntries();
    if (entries.isEmpty() || !entries.constFirst().kind.startsWith(QLatin1String("tracker."))) {
        problems << Messages::tr("The audit log has lost its first entry, or all of them: it was "
                                 "changed outside the program.");
        return;
    }
    if (const auto broken = chainBreak(entries)) {
        problems << Messages::tr("The audit log is broken at entry %1 (number %2 in order): %3.")
                        .arg(broken->entry)
                        .arg(broken->position)
                        .arg(broken->reason);
    }
    const QJsonObject baseline =
        QJsonDocument::fromJson(entries.constFirst().newValue.toUtf8()).object();
    if (QString::fromLatin1(m_persistence.structureDigest()) !=
        baseline.value(QStringLiteral("structure")).toString()) {
        problems << Messages::tr("The strategy's structure (lines, groups, objectives or the "
                                 "activities' texts) was changed outside the program.");
    }
    const auto recorded = recordedRows(entries);
    for (const QString& table : m_persistence.auditedTables()) {
        checkRows(m_persistence, table, baseline, recorded.value(table), problems);
    }
    for (const QString& category : sql::stateCategories()) {
        checkState(m_persistence, category, baseline, entries, problems);
    }
    checkContents(m_persistence, problems);
}

} // namespace pml
