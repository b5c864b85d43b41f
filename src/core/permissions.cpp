#include "core/permissions.h"

#include "core/format.h"
#include "core/messages.h"

#include <QHash>

namespace pml {

QList<Operation> allOperations()
{
    QList<Operation> out;
    for (int i = 0; i <= int(Operation::ReopenQuarter); ++i) {
        out.append(Operation(i));
    }
    return out;
}

Role requiredRole(Operation operation)
{
    switch (operation) {
    case Operation::ChangeSettings:
    case Operation::ManagePeople:
        return Role::Admin;
    case Operation::ApproveQuarter:
    case Operation::ReturnQuarter:
    case Operation::ReopenQuarter:
        return Role::Reviewer;
    default:
        return Role::Monitor;
    }
}

QString operationPhrase(Operation operation)
{
    switch (operation) {
    case Operation::RecordUpdate:
        return Messages::tr("record updates");
    case Operation::WithdrawUpdate:
        return Messages::tr("withdraw updates");
    case Operation::RestoreUpdate:
        return Messages::tr("restore updates");
    case Operation::ChangePlanning:
        return Messages::tr("change planning");
    case Operation::ChangeResponsibility:
        return Messages::tr("change responsibility");
    case Operation::AddActor:
        return Messages::tr("add actors");
    case Operation::ChangeActor:
        return Messages::tr("change actors");
    case Operation::ChangeSettings:
        return Messages::tr("change settings");
    case Operation::ManagePeople:
        return Messages::tr("manage people");
    case Operation::AddEvidence:
        return Messages::tr("add evidence");
    case Operation::WithdrawEvidence:
        return Messages::tr("withdraw evidence");
    case Operation::SubmitQuarter:
        return Messages::tr("submit a quarter");
    case Operation::ApproveQuarter:
        return Messages::tr("approve a quarter");
    case Operation::ReturnQuarter:
        return Messages::tr("return a quarter");
    case Operation::ReopenQuarter:
        return Messages::tr("reopen a quarter");
    }
    return {};
}

Operation operationFor(ReviewAction action)
{
    switch (action) {
    case ReviewAction::Submit:
        return Operation::SubmitQuarter;
    case ReviewAction::Approve:
        return Operation::ApproveQuarter;
    case ReviewAction::Return:
        return Operation::ReturnQuarter;
    case ReviewAction::Reopen:
        return Operation::ReopenQuarter;
    }
    return Operation::SubmitQuarter;
}

std::optional<QString> operationProblem(const QList<Person>& people, const QString& name,
                                        Operation operation)
{
    return permissionProblem(people, name, requiredRole(operation), operationPhrase(operation));
}

std::optional<Operation> operationOfAuditKind(const QString& kind)
{
    static const QHash<QString, Operation> operations{
        {QStringLiteral("update.record"), Operation::RecordUpdate},
        {QStringLiteral("update.withdraw"), Operation::WithdrawUpdate},
        {QStringLiteral("update.restore"), Operation::RestoreUpdate},
        {QStringLiteral("planning"), Operation::ChangePlanning},
        {QStringLiteral("responsibility"), Operation::ChangeResponsibility},
        {QStringLiteral("actor.add"), Operation::AddActor},
        {QStringLiteral("actor.change"), Operation::ChangeActor},
        {QStringLiteral("settings"), Operation::ChangeSettings},
        {QStringLiteral("person.add"), Operation::ManagePeople},
        {QStringLiteral("person.change"), Operation::ManagePeople},
        {QStringLiteral("person.remove"), Operation::ManagePeople},
        {QStringLiteral("review.submit"), Operation::SubmitQuarter},
        {QStringLiteral("review.approve"), Operation::ApproveQuarter},
        {QStringLiteral("review.return"), Operation::ReturnQuarter},
        {QStringLiteral("review.reopen"), Operation::ReopenQuarter},
        {QStringLiteral("evidence.add"), Operation::AddEvidence},
        {QStringLiteral("evidence.withdraw"), Operation::WithdrawEvidence},
    };
    const auto found = operations.constFind(kind);
    return found == operations.cend() ? std::nullopt : std::optional<Operation>(*found);
}

bool needsTodaysView(Operation operation)
{
    switch (operation) {
    case Operation::RecordUpdate:
    case Operation::WithdrawUpdate:
    case Operation::RestoreUpdate:
    case Operation::ChangePlanning:
    case Operation::ChangeResponsibility:
    case Operation::AddActor:
    case Operation::ChangeActor:
    case Operation::ChangeSettings:
        return true;
    default:
        return false;
    }
}

namespace {

std::optional<QString> readOnlyReason(const EditState& state)
{
    if (state.readOnly) {
        return Messages::tr("This tracker is open read-only: nothing can be changed.");
    }
    return std::nullopt;
}

} // namespace

std::optional<QString> viewBlockedReason(const EditState& state)
{
    if (const auto reason = readOnlyReason(state)) {
        return reason;
    }
    if (state.asOf != state.today) {
        return Messages::tr("Changes can only be made when viewing today (the view shows %1).")
            .arg(dateText(state.asOf));
    }
    return std::nullopt;
}

std::optional<QString> editBlockedReason(const EditState& state, Operation operation)
{
    if (const auto reason =
            needsTodaysView(operation) ? viewBlockedReason(state) : readOnlyReason(state)) {
        return reason;
    }
    return operationProblem(state.people, state.user, operation);
}

} // namespace pml
