#pragma once

#include "core/audit.h"
#include "core/review.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

// The canonical form the audit log records, shared by the writes, the SQL that reads rows
// into it (audit_rows.h) and the check of the log (RulesStore): no SQL here.
namespace pml::sql {

QString compact(const QJsonObject& object);
// The changeable state: "planning", "responsibility" (by activity code), "actors" (by
// id), "settings" (one item) and "people" (by name).
QStringList stateCategories();
QString categoryOfKind(const QString& kind); // empty for kinds that add rows
QByteArray digestOf(const QMap<QString, QString>& values);
// The state of `category` as the log began: `now` with each item's first change in
// `entries` undone (an item added since is left out).
QMap<QString, QString> stateAtStart(QMap<QString, QString> now, const QList<AuditEntry>& entries,
                                    const QString& category);
// A person's roles as the people table and the log keep them ("monitor,admin").
QList<Role> rolesFromKeys(const QString& text);
// One digest per item (an activity code, an actor, a person), so that check can name the
// item changed since the audit log began, not only its category.
QJsonObject itemDigests(const QMap<QString, QString>& values);

} // namespace pml::sql
