#include "audit_check_text.h"
#include "audit_format.h"
#include "core/error.h"
#include "core/messages.h"
#include "core/surface.h"
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
    const QMap<QString, QString> current = persistence.stateValues(category);
    QHash<QString, const AuditEntry*> last;
    for (const AuditEntry& e : entries) {
        if (sql::categoryOfKind(e.kind) == category) {
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
    }
    const QMap<QString, QString> atStart = sql::stateAtStart(current, entries, category);
    if (QString::fromLatin1(sql::digestOf(atStart)) != baseline.value(category).toString()) {
        checkItemsAtStart(category, atStart, baseline, problems);
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

void RulesStore::requirePeopleAsLogged()
{
    // Who may manage people is read from the people table: one edited by hand (an admin
    // added outside the program) must not be able to grant itself more.
    const QList<AuditEntry> entries = m_persistence.auditEntries();
    if (entries.isEmpty()) {
        return; // checkAudit() reports it
    }
    const QJsonObject baseline =
        QJsonDocument::fromJson(entries.constFirst().newValue.toUtf8()).object();
    QStringList problems;
    checkState(m_persistence, QStringLiteral("people"), baseline, entries, problems);
    if (!problems.isEmpty()) {
        throw Error(Messages::tr("People cannot be changed: %1").arg(problems.constFirst()) +
                    QLatin1Char(' ') + checkRemedy());
    }
}

void RulesStore::checkAudit(const QList<AuditEntry>& entries, QStringList& problems)
{
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
