#pragma once

#include "enums.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace pml {

struct Principle {
    int number = 0;
    QString title;
    QString text;
};

struct GeneralObjectiveItem {
    QString letter;
    QString text;
};

// Section III's general objectives: reference text, not strategic objectives.
struct GeneralObjective {
    int number = 0;
    QString text;
    QList<GeneralObjectiveItem> items;
};

struct ReferenceText {
    QStringList definition;
    QList<Principle> principles;
    QString generalObjectivesIntro;
    QList<GeneralObjective> generalObjectives;
};

struct Line {
    int number = 0;
    QString name;    // list form: "Sensibilización, Difusión, Capacitación"
    QString heading; // section heading form: "SENSIBILIZACIÓN, DIFUSIÓN, CAPACITACIÓN"
    QStringList introduction;
    QStringList barriers;
};

struct BarrierGroup {
    QString code;       // numbered by line: "3.2"
    QString sourceCode; // as printed in the document: "1.2"
    int line = 0;
    QString heading;
    QStringList barriers; // the listed barriers of the line this group covers
};

struct Objective {
    int number = 0;
    QString text;
    QString barrierGroup; // code of its barrier group
};

struct Activity {
    QString code; // "<objective>.<H><n>", e.g. "6.C7"
    QString text;
    Horizon horizon = Horizon::Short;
    QList<int> objectives; // usually one; 21.* serve 21 and 22
    QString barrierGroup;
    // Planning: current values, not kept per date.
    double weight = 1.0;
    std::optional<QDate> plannedStart; // override of the horizon window
    std::optional<QDate> plannedEnd;
};

// An activity's weight in roll-ups lies in [kMinimumWeight, kMaximumWeight], so that
// every weighted sum of percents stays finite and exact enough to print (no NaN or
// infinity, whatever the input). One activity may count at most a million times another.
constexpr double kMinimumWeight = 0.001;
constexpr double kMaximumWeight = 1000.0;
// Why `weight` is not an accepted weight, or nothing.
std::optional<QString> weightProblem(double weight);

struct Actor {
    qint64 id = 0;
    QString name;
    QString shortName; // empty when the document gives none
    ActorGroup group = ActorGroup::Other;
};

struct Assignment {
    QString activity;
    qint64 actor = 0;
    ActorRole role = ActorRole::Support;
};

// Who answers for an activity: at most one lead ("Responsable") and any supporters, in
// the order they were assigned.
struct ActivityActors {
    std::optional<qint64> lead;
    QList<qint64> support;
    // The lead first, then the supporters.
    QList<qint64> all() const;
};
ActivityActors activityActors(const QList<Assignment>& assignments, const QString& activity);
// The same for every activity with an actor, read in one pass.
QHash<QString, ActivityActors> actorsByActivity(const QList<Assignment>& assignments);

// The strategy's structure, in document order. Flat lists keep storage and files
// simple. The look-ups below search linearly: code that loops over many items (the
// engine, large models) builds its own hash index instead.
struct Strategy {
    QString title;
    ReferenceText reference;
    QStringList introduction;
    QList<Line> lines;
    QList<BarrierGroup> barrierGroups;
    QList<Objective> objectives;
    QList<Activity> activities;
    QList<Actor> actors;

    const Line* line(int number) const;
    const BarrierGroup* barrierGroup(const QString& code) const;
    const Objective* objective(int number) const;
    const Activity* activity(const QString& code) const;
    const Actor* actor(qint64 id) const;
    // Accepts a name or a short name, case-insensitively.
    const Actor* actorByName(const QString& nameOrShortName) const;

    int lineOfObjective(int objectiveNumber) const;
    int lineOfActivity(const Activity& activity) const;
    // The codes of the activities of a line (those of its barrier groups).
    QSet<QString> activityCodesOfLine(int lineNumber) const;
    QList<const Objective*> objectivesOfGroup(const QString& groupCode) const;
    QList<const BarrierGroup*> groupsOfLine(int lineNumber) const;
    QList<const Activity*> activitiesOfObjective(int objectiveNumber) const;
};

} // namespace pml
