#pragma once

#include "audit.h"
#include "strategy.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace pml {

// Names the values of an entry refer to by number only: actors are recorded by id.
struct AuditNames {
    QHash<qint64, QString> actors; // id → the name to show
};
// Actors by their short name (their name when they have none).
AuditNames auditNamesOf(const QList<Actor>& actors);

// One recorded value: its field's name, before and after, written for people.
struct AuditField {
    QString key;    // as recorded, e.g. "effective_date"
    QString name;   // "In force from", in the interface language
    QString before; // "—" when there was none
    QString after;
};

// The fields an entry's value (JSON text) records: the row an entry adds ({"table": {row}},
// several tables merged), the state of an item, or the baseline's digests.
QJsonObject auditValueFields(const QString& value);

// A field's name and value as the interface writes them: dates and numbers in the
// locale, states, statuses and roles in the interface language, actors by name.
QString auditFieldName(const QString& key);
QString auditValueText(const QString& key, const QJsonValue& value, const AuditNames& names = {});

// The fields of an entry, before and after, in a readable order (a row's own fields first).
QList<AuditField> auditFields(const AuditEntry& entry, const AuditNames& names = {});

} // namespace pml
