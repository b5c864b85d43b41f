#pragma once

#include <QSqlDatabase>
#include <QString>

namespace pml::sql {

// A row of `table` (SQLite's rowid) whose reference to `parent` leads nowhere, said for a
// person: what the row is, by its number or code, and what it belonged to. No table or
// column name reaches the sentence.
QString missingReferenceProblem(const QSqlDatabase& db, const QString& table, qint64 rowid,
                                const QString& parent);

} // namespace pml::sql
