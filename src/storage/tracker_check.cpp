#include "tracker_check.h"

namespace pml {

QStringList trackerProblems(TrackerStore& store, ChainWitness& witness, const QDate& today)
{
    QStringList problems = verifyOnOpening(store, witness, today);
    for (const QString& problem : store.check()) {
        if (!problems.contains(problem))
            problems << problem;
    }
    return problems;
}

} // namespace pml
