#include "audit_values.h"

#include "enums.h"
#include "format.h"
#include "messages.h"
#include "quarter.h"
#include "review.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace pml {
namespace {

const QString kNone = QStringLiteral("—");

// The records an entry that adds rows holds, by table ({"evidence": {row}}).
const QStringList kRecordTables{
    QStringLiteral("status_updates"),     QStringLiteral("update_withdrawals"),
    QStringLiteral("review_transitions"), QStringLiteral("review_snapshots"),
    QStringLiteral("evidence"),           QStringLiteral("evidence_withdrawals")};

QString numberText(double number)
{
    return QLocale().toString(number, 'g', 12);
}

QString isoDateText(const QString& iso)
{
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return date.isValid() ? dateText(date) : iso;
}

QString momentText(qint64 milliseconds)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(milliseconds, Qt::UTC).toLocalTime();
    return dateText(local.date()) + QLatin1Char(' ') +
           QLocale().toString(local.time(), QStringLiteral("HH:mm:ss"));
}

QString actorText(const QJsonValue& value, const AuditNames& names)
{
    const qint64 id = value.toInteger();
    return names.actors.value(id, Messages::tr("actor %1").arg(id));
}

QString rolesText(const QString& keys)
{
    QList<Role> roles;
    for (const QString& key : keys.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const auto role = roleFromKey(key)) {
            roles << *role;
        }
    }
    return roleNames(roles);
}

// A value of a kind the interface has names for; none when the key is not one of them.
std::optional<QString> namedValue(const QString& key, const QString& text)
{
    if (key == QLatin1String("status")) {
        if (const auto status = statusFromKey(text)) {
            return statusName(*status);
        }
    } else if (key == QLatin1String("from_state") || key == QLatin1String("to_state")) {
        if (const auto state = reviewStateFromKey(text)) {
            return reviewStateName(*state);
        }
    } else if (key == QLatin1String("action")) {
        if (const auto action = reviewActionFromKey(text)) {
            return reviewActionName(*action);
        }
    } else if (key == QLatin1String("quarter")) {
        if (const auto quarter = quarterFromKey(text)) {
            return quarterText(*quarter);
        }
    } else if (key == QLatin1String("actor_group")) {
        if (const auto group = actorGroupFromKey(text)) {
            return actorGroupName(*group);
        }
    } else if (key == QLatin1String("rollup.mode")) {
        if (const auto mode = rollupModeFromKey(text)) {
            return rollupModeName(*mode);
        }
    } else if (key == QLatin1String("roles")) {
        return rolesText(text);
    } else if (key == QLatin1String("kind")) {
        if (text == QLatin1String("file")) {
            return Messages::tr("file");
        }
        if (text == QLatin1String("link")) {
            return Messages::tr("link");
        }
    }
    return std::nullopt;
}

QString textValue(const QString& key, const QString& text)
{
    if (text.isEmpty()) {
        return kNone;
    }
    if (key.endsWith(QLatin1String("_date")) || key.startsWith(QLatin1String("planned_")) ||
        key == QLatin1String("schedule.start")) {
        return isoDateText(text);
    }
    if (key == QLatin1String("report.logo")) {
        const qsizetype bytes = QByteArray::fromBase64(text.toLatin1()).size();
        return Messages::tr("an image of %1").arg(QLocale().formattedDataSize(bytes));
    }
    if (const auto named = namedValue(key, text)) {
        return *named;
    }
    // Settings are stored as text: their numbers are written as numbers.
    bool isNumber = false;
    const double number = text.toDouble(&isNumber);
    return isNumber && key.contains(QLatin1Char('.')) ? numberText(number) : text;
}

QString numberValue(const QString& key, double number, const AuditNames& names)
{
    if (key == QLatin1String("percent")) {
        return formatPercent(number);
    }
    if (key == QLatin1String("recorded_at")) {
        return momentText(qint64(number));
    }
    if (key == QLatin1String("withdrawn") || key == QLatin1String("active")) {
        return number != 0 ? Messages::tr("yes") : Messages::tr("no");
    }
    if (key == QLatin1String("lead")) {
        return actorText(QJsonValue(number), names);
    }
    if (key == QLatin1String("size")) {
        return QLocale().formattedDataSize(qint64(number));
    }
    // Numbers that count or name (a line, an update) have no thousands separator.
    return key == QLatin1String("weight") || std::floor(number) != number
               ? numberText(number)
               : QString::number(qint64(number));
}

} // namespace

AuditNames auditNamesOf(const QList<Actor>& actors)
{
    AuditNames names;
    for (const Actor& actor : actors) {
        names.actors.insert(actor.id, actor.shortName.isEmpty() ? actor.name : actor.shortName);
    }
    return names;
}

QJsonObject auditValueFields(const QString& value)
{
    const QJsonDocument document = QJsonDocument::fromJson(value.toUtf8());
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it->isObject() || !kRecordTables.contains(it.key())) {
            return object; // not rows of tables: the fields themselves
        }
    }
    QJsonObject fields;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonObject row = it->toObject();
        for (auto field = row.begin(); field != row.end(); ++field) {
            if (!fields.contains(field.key())) {
                fields.insert(field.key(), field.value());
            }
        }
    }
    return fields;
}

QString auditValueText(const QString& key, const QJsonValue& value, const AuditNames& names)
{
    switch (value.type()) {
    case QJsonValue::String:
        return textValue(key, value.toString());
    case QJsonValue::Double:
        return numberValue(key, value.toDouble(), names);
    case QJsonValue::Bool:
        return value.toBool() ? Messages::tr("yes") : Messages::tr("no");
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue& item : value.toArray()) {
            parts << (key == QLatin1String("support") ? actorText(item, names)
                                                      : auditValueText(key, item, names));
        }
        return parts.isEmpty() ? kNone : parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QStringList parts;
        for (auto it = object.begin(); it != object.end(); ++it) {
            parts << Messages::tr("%1: %2").arg(auditFieldName(it.key()),
                                                auditValueText(it.key(), it.value(), names));
        }
        return parts.join(QStringLiteral("; "));
    }
    default:
        return kNone;
    }
}

} // namespace pml
