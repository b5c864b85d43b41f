#pragma once

#include "core/review.h"

#include <QList>
#include <QString>

#include <optional>

namespace pml {

// Everything a person can do to a tracker that some role must allow. The one table of
// who may do what: the store checks it before every write, the window disables what it
// refuses, and check replays it over the audit log.
enum class Operation {
    RecordUpdate,
    WithdrawUpdate,
    RestoreUpdate,
    ChangePlanning,
    ChangeResponsibility,
    AddActor,
    ChangeActor,
    ChangeSettings,
    ManagePeople,
    AddEvidence,
    WithdrawEvidence,
    SubmitQuarter,
    ApproveQuarter,
    ReturnQuarter,
    ReopenQuarter,
};

QList<Operation> allOperations();
Role requiredRole(Operation operation);
// A short translated phrase for permission messages: "record updates".
QString operationPhrase(Operation operation);
Operation operationFor(ReviewAction action);

// Why `name` may not do `operation`; none when allowed. Names compare without regard to
// case.
std::optional<QString> operationProblem(const QList<Person>& people, const QString& name,
                                        Operation operation);

} // namespace pml
