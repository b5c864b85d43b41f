#pragma once

#include <QString>

namespace pml {

class TrackerDocument;

// Why the document cannot be edited right now, as a sentence for the user
// ("Read-only tracker", "Viewing 30/06/2026: editing is possible only as of today");
// empty when editing is possible.
QString editBlockedReason(const TrackerDocument* document);

} // namespace pml
