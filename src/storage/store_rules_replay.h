#pragma once

#include "core/audit.h"
#include "core/review.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace pml {

// What the replay needs besides the log: the line of each activity, the people as they
// were when the log began, and the ids of the evidence rows that hold a file.
struct ReplayInput {
    QList<AuditEntry> entries; // in id order, the baseline first
    QHash<QString, int> lineOfActivity;
    QList<Person> peopleAtStart; // see peopleAtStart()
    // Updates kept before the log began (not recorded in it): activity and date.
    QHash<qint64, QPair<QString, QDate>> earlierUpdates;
};

// The people as the audit log began: those listed now, with each one's first change in the
// log undone.
QList<Person> peopleAtStart(const QMap<QString, QString>& now, const QList<AuditEntry>& entries);

// check's replay of the rules over the audit log: walking it in order, whether every
// entry was allowed when it was made (its author listed, not removed, holding the role
// the action needs; each review step following from the quarter's state, an approval with
// its frozen figures; nothing effective in an approved quarter of its line changed), by
// the same core rules the store applies before each write. Each problem is a sentence.
QStringList replayProblems(const ReplayInput& input);

} // namespace pml
