#pragma once

#include "tracker_store.h"

#include <QByteArray>

namespace pml {

// Whole-tracker export format (docs/data-format.md): structure, settings, actors,
// assignments and the full history with withdrawals. Round-trips exactly.
QByteArray trackerToJson(const TrackerContent& content);
// Validates everything (types, dates, codes, references) and throws pml::Error
// naming the first problem (and the file `source`, when given); nothing partial is returned.
TrackerContent trackerFromJson(const QByteArray& json, const QString& source = {});

} // namespace pml
