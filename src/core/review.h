#pragma once

#include "quarter.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pml {

// What a person may do in a tracker. One person may hold several roles.
enum class Role { Monitor, Reviewer, Admin };

QString roleKey(Role role); // "monitor", "reviewer", "admin": files, database, CLI
std::optional<Role> roleFromKey(const QString& key);
QString roleName(Role role); // translated
// "monitor, admin" (translated, in allRoles() order); "no role" for none.
QString roleNames(const QList<Role>& roles);
QList<Role> allRoles();

// A person listed in a tracker. A removed person stays listed (their name is on the
// records they made) but may no longer act.
struct Person {
    QString name;
    QList<Role> roles;
    bool active = true;
};

// A person's name as kept: composed Unicode (NFC), so "José" typed with a separate accent
// is the same name as "José" typed with an accented letter.
QString normalizedPersonName(const QString& name);
// Whether two names are the same person's: after normalising, without regard to case.
bool samePersonName(const QString& a, const QString& b);
// Why a removed person may not do `action`: removed, when (may be invalid if unknown)
// and by whom (may be empty).
QString removedPersonProblem(const QString& name, const QString& action, const QDateTime& when,
                             const QString& by);

// Why `name` may not do `action` (a short translated phrase such as "record updates"),
// which needs `role`; none when allowed. Names compare as samePersonName() does.
std::optional<QString> permissionProblem(const QList<Person>& people, const QString& name,
                                         Role role, const QString& action);
// The person listed under `name`, compared as samePersonName() does.
const Person* findPerson(const QList<Person>& people, const QString& name);
// A name a person may be listed under: not empty, no surrounding spaces, at most 80
// characters, no control characters.
std::optional<QString> personNameProblem(const QString& name);

// Where a line's quarter stands in the review cycle.
enum class ReviewState { Open, Submitted, Returned, Approved };
enum class ReviewAction { Submit, Approve, Return, Reopen };

QString reviewStateKey(ReviewState state); // "open", "submitted", "returned", "approved"
std::optional<ReviewState> reviewStateFromKey(const QString& key);
QString reviewStateName(ReviewState state);
QString reviewActionKey(ReviewAction action); // "submit", "approve", "return", "reopen"
std::optional<ReviewAction> reviewActionFromKey(const QString& key);
QString reviewActionName(ReviewAction action); // "submitted", "approved"...: past tense

// A narrative: what the monitor says about the line's quarter.
struct Narrative {
    QString achievements;
    QString difficulties;
    QString nextSteps;
    bool isEmpty() const
    {
        return achievements.trimmed().isEmpty() && difficulties.trimmed().isEmpty() &&
               nextSteps.trimmed().isEmpty();
    }
};

// One recorded step of the cycle. Never changed once recorded.
struct ReviewTransition {
    qint64 id = 0;
    Quarter quarter;
    int line = 0;
    ReviewAction action = ReviewAction::Submit;
    ReviewState from = ReviewState::Open;
    ReviewState to = ReviewState::Open;
    QString text;        // the return note or the reopening reason
    Narrative narrative; // submissions only
    QDateTime recordedAt;
    QString recordedBy;
};

// The state after `transitions` (of one line and quarter, in recording order).
ReviewState reviewStateAfter(const QList<ReviewTransition>& transitions);
// Whether `action` may follow `state`, with its text; a translated reason when not.
// A return needs a note, a reopening a reason and a submission a narrative.
std::optional<QString> transitionProblem(ReviewState state, ReviewAction action,
                                         const QString& text, const Narrative& narrative);
// Whether `action` may follow `state` at all, whatever its text.
std::optional<QString> stateProblem(ReviewState state, ReviewAction action);
// A quarter is submitted and reviewed once it has ended (before `today`), so that its
// figures are final.
std::optional<QString> quarterNotEndedProblem(const Quarter& quarter, const QDate& today);
ReviewState stateAfter(ReviewAction action);
// How many times a line's quarter has been approved and reopened so far.
int approvalCount(const QList<ReviewTransition>& transitions);
bool wasReopened(const QList<ReviewTransition>& transitions);
// The last approval, when the quarter is approved now.
const ReviewTransition* currentApproval(const QList<ReviewTransition>& transitions);
const ReviewTransition* lastSubmission(const QList<ReviewTransition>& transitions);

// The refusal of a change effective on `date` to an activity of `line` whose quarter
// `quarter` is approved: names the quarter and how to reopen it.
QString lockedQuarterMessage(const QString& activity, const QDate& date, int line,
                             const Quarter& quarter);

} // namespace pml
