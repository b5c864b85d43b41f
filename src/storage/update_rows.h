#pragma once

#include "core/history.h"
#include "sqlite_rows.h"

#include <QHash>
#include <QString>

// Reading status_updates rows, shared by every read of the history. Private to storage.
namespace pml::sql {

// Throws the error for a tracker whose content no valid write could have left.
[[noreturn]] void damaged(const QString& what);

// The columns readUpdateRow() expects, in order, from a table aliased `alias`.
QString updateColumns(const QString& alias, bool withText);

// One row selected with updateColumns(). `codes`, when given, shares activity codes
// between rows of a long history rather than allocating one string per row; a
// `knownCode` (the strategy's own string) is used as is. Throws pml::Error for a
// damaged row.
StatusUpdate readUpdateRow(const SqliteRows& row, bool withText, QHash<QString, QString>* codes,
                           const QString* knownCode = nullptr);

// The id of the update in force for the activity `activityColumn` on the date bound
// at the first `?`: not withdrawn (its last withdrawal event, if any, says so), effective
// on or before the date, and then the latest by effective date, recording time and id.
// This is core's supersedes() order written in SQL, so that one index seek per activity
// finds it; a test compares the two on random histories. Binds: date, false, false.
QString inForceIdSubquery(const QString& activityColumn);
// The same with the date and the "not withdrawn" value written in (e.g. '2026-06-30' and 0),
// for a query that must run as printed.
QString inForceIdSubquery(const QString& activityColumn, const QString& date, const QString& no);

// The same choice returning the percent, for the default of a suspension.
QString inForcePercentSubquery(const QString& activityColumn);

} // namespace pml::sql
