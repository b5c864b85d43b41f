#pragma once

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
// One digest per item (an activity code, an actor, a person), so that check can name the
// item changed since the audit log began, not only its category.
QJsonObject itemDigests(const QMap<QString, QString>& values);

} // namespace pml::sql
