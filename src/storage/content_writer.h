#pragma once

#include "tracker_store.h"

#include <QSqlDatabase>

namespace pml::sql {

// Inserts a whole tracker's content into an empty database of schema `schemaVersion`,
// keeping ids and recording times exactly. Runs inside the caller's transaction.
void writeContent(const QSqlDatabase& db, const TrackerContent& content, int schemaVersion);

// Reference text and introductions are kept as JSON in the meta table.
void writeStrategyText(const QSqlDatabase& db, const Strategy& strategy);

} // namespace pml::sql
