#pragma once

#include "core/enums.h"

#include <QColor>

namespace pml {

// The colour of each schedule status, shared by the window and the reports so a
// committee sees the same "semáforo" on screen and on paper. Colour is never the only
// signal: every place that shows it also shows the status's name.
QColor scheduleColor(Schedule schedule);

} // namespace pml
