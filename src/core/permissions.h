#pragma once

#include "core/review.h"

#include <QDate>
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
// The operation an audit log entry of `kind` records ("update.record", "person.add"…);
// none for the log's first entry and for kinds no action makes.
std::optional<Operation> operationOfAuditKind(const QString& kind);

// Why `name` may not do `operation`; none when allowed. Names compare without regard to
// case.
std::optional<QString> operationProblem(const QList<Person>& people, const QString& name,
                                        Operation operation);

// Whether `operation` is made while viewing today. The edits that change the figures shown
// (updates, planning, actors, settings) are, so that the user sees what they change; the
// review cycle, evidence and people are not tied to the date viewed.
bool needsTodaysView(Operation operation);

// Where a person is working: the tracker as opened, the date viewed and who acts.
struct EditState {
    bool readOnly = false;
    QDate asOf;
    QDate today;
    QList<Person> people;
    QString user;
};

// Why nothing of what needs today's view can be done: the tracker is open read-only, or a
// date other than today is viewed; none when it can.
std::optional<QString> viewBlockedReason(const EditState& state);
// Why `operation` cannot be done now, the first of: read-only, another date viewed (when
// it needsTodaysView()), the person's roles; none when allowed. The one sentence the
// window shows on a disabled control, in a notice and on a refusal.
std::optional<QString> editBlockedReason(const EditState& state, Operation operation);

} // namespace pml
