#include "audit_check_text.h"

#include "core/messages.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace pml {
namespace {

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

} // namespace

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
    if (table == QLatin1String("evidence_files")) {
        return Messages::tr("The file of evidence %1").arg(id);
    }
    if (table == QLatin1String("evidence_withdrawals")) {
        return Messages::tr("Evidence withdrawal %1").arg(id);
    }
    return {};
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

} // namespace pml
