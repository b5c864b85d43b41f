#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

// The database schema as numbered migrations. Version N is reached by applying
// migrations 1..N in order; each upgrade runs inside one transaction.
namespace pml::sql {

int latestSchemaVersion();
// Applies migrations from+1 .. to and records `to` as the schema version. Runs inside
// the caller's write transaction (it opens none itself).
void applyMigrations(const QSqlDatabase& db, int from, int to);
// The schema version stored in the database, or nothing when it is not a tracker.
// Throws pml::Error when the file cannot be read (damaged, locked, unreadable).
std::optional<int> readSchemaVersion(const QSqlDatabase& db);
// Why the tables do not match `version` (a version set back by hand, a migration applied
// in part outside the program), or nothing when they do.
std::optional<QString> structureProblem(const QSqlDatabase& db, int version);

} // namespace pml::sql
