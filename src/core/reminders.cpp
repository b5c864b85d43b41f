#include "reminders.h"

#include "format.h"
#include "messages.h"

#include <QMap>

namespace pml {

bool awaitsUpdate(Status status, const QDate& plannedStart, const QDate& lastUpdate,
                  const QDate& since, const QDate& asOf)
{
    const bool open = status != Status::Completed && status != Status::Cancelled;
    const bool due = plannedStart.isValid() && plannedStart <= asOf;
    const bool updated = lastUpdate.isValid() && lastUpdate >= since;
    return open && due && !updated;
}

bool awaitsUpdate(const ActivityProgress& activity, const QDate& since, const QDate& asOf)
{
    return awaitsUpdate(activity.status, activity.plannedStart, activity.lastEffectiveDate, since,
                        asOf);
}

QString reminderKindKey(Reminder::Kind kind)
{
    switch (kind) {
    case Reminder::Kind::DaysLeft:
        return QStringLiteral("days_left");
    case Reminder::Kind::NotUpdated:
        return QStringLiteral("not_updated");
    case Reminder::Kind::NotSubmitted:
        return QStringLiteral("not_submitted");
    case Reminder::Kind::AwaitingReview:
        return QStringLiteral("awaiting_review");
    case Reminder::Kind::Returned:
        return QStringLiteral("returned");
    case Reminder::Kind::Reopened:
        return QStringLiteral("reopened");
    }
    return {};
}

namespace {

void addNotUpdated(const Snapshot& s, const Progress& p, const Quarter& current, const QDate& today,
                   QList<Reminder>& out)
{
    for (const Activity& a : s.strategy.activities) {
        if (awaitsUpdate(p.activities.value(a.code), current.firstDay(), today)) {
            Reminder r;
            r.kind = Reminder::Kind::NotUpdated;
            r.quarter = current;
            r.activity = a.code;
            r.line = s.strategy.lineOfActivity(a);
            r.text = Messages::tr("Activity %1 is due and has not been updated since %2 began.")
                         .arg(a.code, quarterText(current));
            out.append(r);
        }
    }
}

void addReviewStates(const Snapshot& s, const QList<ReviewTransition>& transitions,
                     const Quarter& ended, QList<Reminder>& out)
{
    QMap<QPair<QString, int>, ReviewTransition> latest;
    for (const ReviewTransition& t : transitions) {
        latest.insert({t.quarter.key(), t.line}, t);
    }
    for (const Line& line : s.strategy.lines) {
        const auto found = latest.constFind({ended.key(), line.number});
        // A reopened quarter is listed once, as reopened (below), not also as unsubmitted.
        if (found == latest.cend() ||
            (found->to == ReviewState::Open && found->action != ReviewAction::Reopen)) {
            Reminder r;
            r.kind = Reminder::Kind::NotSubmitted;
            r.quarter = ended;
            r.line = line.number;
            r.text = Messages::tr("Line %1 (%2) has not been submitted for %3.")
                         .arg(line.number)
                         .arg(line.name, quarterText(ended));
            out.append(r);
        }
    }
    for (const ReviewTransition& t : latest) {
        const Line* line = s.strategy.line(t.line);
        const QString name = line ? line->name : QString();
        Reminder r;
        r.quarter = t.quarter;
        r.line = t.line;
        if (t.to == ReviewState::Submitted) {
            r.kind = Reminder::Kind::AwaitingReview;
            r.text = Messages::tr("Line %1 (%2), %3: submitted by %4, waiting for review.")
                         .arg(t.line)
                         .arg(name, quarterText(t.quarter), t.recordedBy);
        } else if (t.to == ReviewState::Returned) {
            r.kind = Reminder::Kind::Returned;
            r.note = t.text;
            r.text = Messages::tr("Line %1 (%2), %3: returned by %4: \"%5\"")
                         .arg(t.line)
                         .arg(name, quarterText(t.quarter), t.recordedBy, t.text);
        } else if (t.action == ReviewAction::Reopen) {
            r.kind = Reminder::Kind::Reopened;
            r.note = t.text;
            r.text = Messages::tr("Line %1 (%2), %3: reopened by %4 (\"%5\"), waiting to be "
                                  "submitted again.")
                         .arg(t.line)
                         .arg(name, quarterText(t.quarter), t.recordedBy, t.text);
        } else {
            continue;
        }
        out.append(r);
    }
}

} // namespace

QList<Reminder> reminders(const Snapshot& snapshot, const Progress& progress,
                          const QList<ReviewTransition>& transitions, const QDate& today)
{
    const Quarter current = quarterOf(today);
    QList<Reminder> out;
    Reminder days;
    days.kind = Reminder::Kind::DaysLeft;
    days.quarter = current;
    days.days = int(today.daysTo(current.lastDay()));
    days.text = Messages::tr("%1 ends on %2: %n day(s) left.", nullptr, days.days)
                    .arg(quarterText(current), dateText(current.lastDay()));
    out.append(days);
    addReviewStates(snapshot, transitions, current.previous(), out);
    addNotUpdated(snapshot, progress, current, today, out);
    return out;
}

} // namespace pml
