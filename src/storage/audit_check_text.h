#pragma once

#include <QString>

namespace pml {

// The sentences of the audit check name what a person knows, never a table or a column.

// "Update 12", "Review step 3": a row of an append-only table, whose id is its number;
// empty for another table.
QString rowName(const QString& table, qint64 id);
bool isSettings(const QString& category);
// "The planning (weight and dates) of activity 11.C2": an item of the changeable state.
QString stateName(const QString& category, const QString& item);
// The category alone, for a tracker whose first entry kept no digest per item.
QString someStateName(const QString& category);
// "percent: 40 → 45; note: … → …", naming what was changed.
QString differences(const QString& recorded, const QString& actual);

} // namespace pml
