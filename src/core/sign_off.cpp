#include "sign_off.h"

#include <QStringList>

#include <algorithm>

namespace pml {
namespace {

void addOnce(QStringList& names, const QString& name)
{
    for (const QString& known : std::as_const(names)) {
        if (samePersonName(known, name))
            return;
    }
    names.append(name);
}

} // namespace

SignOff quarterSignOff(const QList<ReviewTransition>& transitions, const Quarter& quarter,
                       std::optional<int> only)
{
    // A line without steps has no one to sign for it.
    QList<int> lines;
    for (const ReviewTransition& t : transitions) {
        if (t.quarter == quarter && (!only || t.line == *only) && !lines.contains(t.line))
            lines.append(t.line);
    }
    std::sort(lines.begin(), lines.end());
    QStringList prepared;
    QStringList reviewed;
    for (int line : lines) {
        QString submitter;
        QString approver;
        // Replayed in order: a return or a reopening voids the submission before it.
        for (const ReviewTransition& t : transitions) {
            if (t.quarter != quarter || t.line != line)
                continue;
            if (t.action == ReviewAction::Submit) {
                submitter = t.recordedBy;
            } else if (t.action == ReviewAction::Approve) {
                approver = t.recordedBy;
            } else {
                submitter.clear();
                approver.clear();
            }
        }
        if (!submitter.isEmpty())
            addOnce(prepared, submitter);
        if (!approver.isEmpty())
            addOnce(reviewed, approver);
    }
    return {prepared.join(QStringLiteral(", ")), reviewed.join(QStringLiteral(", "))};
}

} // namespace pml
