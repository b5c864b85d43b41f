#pragma once

#include "core/enums.h"
#include "core/format.h" // formatPercent()
#include "report/schedule_palette.h"

#include <QColor>
#include <QIcon>
#include <QPixmap>
#include <QString>

#include <optional>

namespace pml {

// The one place the GUI decides how a schedule status looks, so every view shows
// the same colours, labels and markers. Each status also has its own glyph inside
// the marker, so colour is never the only signal.

// A text colour readable on scheduleColor() (white or near-black).
QColor scheduleContrastColor(Schedule schedule);
// The translated name, as the core gives it ("On track", "Late"...).
QString scheduleLabel(Schedule schedule);
// A round marker with the status glyph: ✓ completed, ! late, ↘ at risk, → on track,
// clock not due, ? no data, × cancelled. `size` in device-independent pixels.
QPixmap schedulePixmap(Schedule schedule, int size = 16, qreal devicePixelRatio = 1.0);
QIcon scheduleIcon(Schedule schedule);

} // namespace pml
