#pragma once

#include <QStringList>

namespace pml {

// What a stored edit changed, so the document re-reads just that from the store: the
// updates in force of some activities, or the structure (planning, responsibility,
// actors, settings). The window keeps no rule of its own about what a change means.
struct StoredChange {
    QStringList activities;
    bool structure = false;
};

} // namespace pml
