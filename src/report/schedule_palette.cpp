#include "schedule_palette.h"

namespace pml {

QColor scheduleColor(Schedule schedule)
{
    // Okabe–Ito inspired hues, darkened where white glyphs sit on them so markers stay
    // readable and distinguishable with red–green colour blindness.
    switch (schedule) {
    case Schedule::OnTrack:
        return QColor(0x1b, 0x8a, 0x4b); // green
    case Schedule::AtRisk:
        return QColor(0xe6, 0x9f, 0x00); // amber
    case Schedule::Late:
        return QColor(0xc6, 0x28, 0x28); // red
    case Schedule::Completed:
        return QColor(0x00, 0x72, 0xb2); // blue
    case Schedule::NotDue:
        return QColor(0x8c, 0x8c, 0x8c); // grey
    case Schedule::NoData:
        return QColor(0xd4, 0xd4, 0xd4); // light grey
    case Schedule::Cancelled:
        return QColor(0x4d, 0x4d, 0x4d); // dark grey
    }
    return QColor(0xd4, 0xd4, 0xd4);
}

} // namespace pml
