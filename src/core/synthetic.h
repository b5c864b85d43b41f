#pragma once

#include "history.h"
#include "settings.h"
#include "strategy.h"

#include <QDate>
#include <QList>

namespace pml {

// What to generate: a strategy of this size and a history of `updates` status updates.
struct SyntheticSpec {
    int lines = 5;
    int objectives = 24;
    int activities = 97;
    qint64 updates = 1000;
    quint32 seed = 1;
};

// A complete tracker's content for load testing; the same spec and `today` always give
// the same content (std::mt19937 seeded with spec.seed).
struct SyntheticTracker {
    Strategy strategy;             // lines, one barrier group per objective, activities
    Settings settings;             // start: 1 January, three years before `today`
    QList<Assignment> assignments; // a lead for every activity
    QList<StatusUpdate> updates;   // ids 1..N in recording order; valid combinations
};

// Throws pml::Error when a count is below 1, objectives < lines, activities < objectives
// or `today` is not a valid date.
SyntheticTracker generateSyntheticTracker(const SyntheticSpec& spec, const QDate& today);

} // namespace pml
