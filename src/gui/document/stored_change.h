#pragma once

#include <QStringList>

namespace pml {

// What a stored edit changed, so the document re-reads just that from the store: the
// updates in force of some activities, the structure (planning, responsibility, actors,
// settings), or the people. The window keeps no rule of its own about what a change means.
struct StoredChange {
    QStringList activities;
    bool structure = false;
    bool people = false; // no figure depends on them: only the people are read again

    static StoredChange ofPeople() { return {{}, false, true}; }
};

} // namespace pml
