#pragma once

#include "core/settings.h"

#include <QList>
#include <QPair>
#include <QString>

namespace pml {

// Builds settings from stored key/value pairs. core's applySetting() checks the whole
// set after each key, so the pairs are applied in as many passes as needed (e.g. a
// larger long_years before a larger medium_years). Unknown keys and invalid values
// are reported by name; the result must pass validateSettings().
std::optional<QString> settingsFromValues(const QList<QPair<QString, QString>>& values,
                                          Settings& out);

} // namespace pml
