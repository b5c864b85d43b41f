#include "strategy_validation.h"

#include "core/error.h"
#include "core/messages.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace pml {
namespace {

[[noreturn]] void refuse(const QString& message)
{
    throw Error(message);
}

void validateLines(const Strategy& s)
{
    if (s.title.trimmed().isEmpty()) {
        refuse(Messages::tr("The strategy has no title."));
    }
    if (s.lines.isEmpty()) {
        refuse(Messages::tr("The strategy has no lines of action."));
    }
    for (qsizetype i = 0; i < s.lines.size(); ++i) {
        const Line& line = s.lines[i];
        if (line.number != i + 1) {
            refuse(Messages::tr("Line %1: line numbers must be 1, 2, 3… in order (expected %2).")
                       .arg(line.number)
                       .arg(i + 1));
        }
        if (line.name.trimmed().isEmpty() || line.heading.trimmed().isEmpty()) {
            refuse(Messages::tr("Line %1: the name and the heading must not be empty.")
                       .arg(line.number));
        }
        QSet<QString> seen;
        for (const auto& barrier : line.barriers) {
            if (barrier.trimmed().isEmpty()) {
                refuse(Messages::tr("Line %1: a barrier is empty.").arg(line.number));
            }
            if (seen.contains(barrier)) {
                refuse(Messages::tr("Line %1: barrier \"%2\" is listed twice.")
                           .arg(line.number)
                           .arg(barrier));
            }
            seen.insert(barrier);
        }
    }
}

void validateGroups(const Strategy& s)
{
    QSet<QString> codes;
    QHash<int, int> groupsPerLine;
    QHash<QString, QStringList> groupsOfBarrier; // "<line>\n<barrier>" -> group codes
    for (const BarrierGroup& g : s.barrierGroups) {
        if (!isBarrierGroupCode(g.code)) {
            refuse(
                Messages::tr("Barrier group \"%1\": the code must look like \"3.2\".").arg(g.code));
        }
        const Line* line = s.line(g.line);
        if (!line) {
            refuse(
                Messages::tr("Barrier group %1: line %2 does not exist.").arg(g.code).arg(g.line));
        }
        const QString expected = QStringLiteral("%1.%2").arg(g.line).arg(++groupsPerLine[g.line]);
        if (g.code != expected) {
            refuse(Messages::tr("Barrier group %1: code does not match its position (expected %2).")
                       .arg(g.code, expected));
        }
        if (codes.contains(g.code)) {
            refuse(Messages::tr("Barrier group %1 appears twice.").arg(g.code));
        }
        codes.insert(g.code);
        if (g.sourceCode.trimmed().isEmpty() || g.heading.trimmed().isEmpty()) {
            refuse(
                Messages::tr("Barrier group %1: the source code and the heading must not be empty.")
                    .arg(g.code));
        }
        if (g.barriers.isEmpty()) {
            refuse(Messages::tr("Barrier group %1 covers no barrier.").arg(g.code));
        }
        for (const auto& barrier : g.barriers) {
            if (!line->barriers.contains(barrier)) {
                refuse(Messages::tr("Barrier group %1: barrier \"%2\" is not a barrier of line %3.")
                           .arg(g.code, barrier)
                           .arg(g.line));
            }
            groupsOfBarrier[QString::number(g.line) + QLatin1Char('\n') + barrier].append(g.code);
        }
    }
    for (const Line& line : s.lines) {
        for (const auto& barrier : line.barriers) {
            const QStringList groups =
                groupsOfBarrier.value(QString::number(line.number) + QLatin1Char('\n') + barrier);
            if (groups.size() != 1) {
                refuse(Messages::tr("Line %1: barrier \"%2\" must be in exactly one barrier group, "
                                    "it is in %3 (%4).")
                           .arg(line.number)
                           .arg(barrier)
                           .arg(groups.size())
                           .arg(groups.isEmpty() ? Messages::tr("none")
                                                 : groups.join(QLatin1String(", "))));
            }
        }
    }
}

void validateObjectives(const Strategy& s)
{
    QSet<int> numbers;
    for (const Objective& o : s.objectives) {
        if (numbers.contains(o.number)) {
            refuse(Messages::tr("Objective %1 appears twice.").arg(o.number));
        }
        numbers.insert(o.number);
        if (!s.barrierGroup(o.barrierGroup)) {
            refuse(Messages::tr("Objective %1: barrier group %2 does not exist.")
                       .arg(o.number)
                       .arg(o.barrierGroup));
        }
        if (o.text.trimmed().isEmpty()) {
            refuse(Messages::tr("Objective %1 has no text.").arg(o.number));
        }
    }
    for (int n = 1; n <= s.objectives.size(); ++n) {
        if (!numbers.contains(n)) {
            refuse(
                Messages::tr("Objective numbers must be exactly 1 to %1: objective %2 is missing.")
                    .arg(s.objectives.size())
                    .arg(n));
        }
    }
}

void validateActivity(const Strategy& s, const Activity& a, QHash<QString, int>& counters)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([1-9][0-9]*)\\.(C|M|L|ML)([1-9][0-9]*)$"));
    const auto match = pattern.match(a.code);
    if (!match.hasMatch()) {
        refuse(Messages::tr("Activity \"%1\": the code must look like \"6.C7\" or \"1.ML2\".")
                   .arg(a.code));
    }
    if (a.text.trimmed().isEmpty()) {
        refuse(Messages::tr("Activity %1 has no text.").arg(a.code));
    }
    if (!s.barrierGroup(a.barrierGroup)) {
        refuse(Messages::tr("Activity %1: barrier group %2 does not exist.")
                   .arg(a.code, a.barrierGroup));
    }
    if (a.objectives.isEmpty()) {
        refuse(Messages::tr("Activity %1 serves no objective.").arg(a.code));
    }
    QSet<int> seen;
    for (int number : a.objectives) {
        const Objective* o = s.objective(number);
        if (!o || o->barrierGroup != a.barrierGroup) {
            refuse(Messages::tr(
                       "Activity %1: objective %2 is not an objective of its barrier group %3.")
                       .arg(a.code)
                       .arg(number)
                       .arg(a.barrierGroup));
        }
        if (seen.contains(number)) {
            refuse(Messages::tr("Activity %1 lists objective %2 twice.").arg(a.code).arg(number));
        }
        seen.insert(number);
    }
    const QString horizon = horizonKey(a.horizon);
    const int n = ++counters[QStringLiteral("%1.%2").arg(a.objectives.first()).arg(horizon)];
    const QString expected =
        QStringLiteral("%1.%2%3").arg(a.objectives.first()).arg(horizon).arg(n);
    if (a.code != expected) {
        refuse(Messages::tr("Activity %1: code does not match its position (expected %2).")
                   .arg(a.code, expected));
    }
    if (const auto problem = weightProblem(a.weight)) {
        refuse(Messages::tr("Activity %1: %2.").arg(a.code, *problem));
    }
    if ((a.plannedStart && !a.plannedStart->isValid()) ||
        (a.plannedEnd && !a.plannedEnd->isValid())) {
        refuse(Messages::tr("Activity %1: a planned date is not a real date.").arg(a.code));
    }
    if (a.plannedStart && a.plannedEnd && *a.plannedStart >= *a.plannedEnd) {
        refuse(Messages::tr("Activity %1: the planned start %2 must be before the planned end %3.")
                   .arg(a.code, a.plannedStart->toString(Qt::ISODate),
                        a.plannedEnd->toString(Qt::ISODate)));
    }
}

void validateActivities(const Strategy& s)
{
    QSet<QString> codes;
    QHash<QString, int> counters; // "<objective>.<horizon>" -> activities so far
    for (const Activity& a : s.activities) {
        if (codes.contains(a.code)) {
            refuse(Messages::tr("Activity %1 appears twice.").arg(a.code));
        }
        codes.insert(a.code);
        validateActivity(s, a, counters);
    }
}

void validateActors(const Strategy& s)
{
    QSet<qint64> ids;
    QHash<QString, QString> names; // lower-case name or short name -> actor name
    for (const Actor& a : s.actors) {
        if (a.id <= 0 || ids.contains(a.id)) {
            refuse(Messages::tr("Actor \"%1\": the id %2 is not a unique number greater than 0.")
                       .arg(a.name)
                       .arg(a.id));
        }
        ids.insert(a.id);
        if (a.name.trimmed().isEmpty()) {
            refuse(Messages::tr("Actor %1 has no name.").arg(a.id));
        }
        QSet<QString> own; // an actor may use the same text as name and short name
        for (const QString& key : {a.name, a.shortName}) {
            if (!key.isEmpty()) {
                own.insert(key.trimmed().toCaseFolded());
            }
        }
        for (const QString& folded : own) {
            if (names.contains(folded)) {
                refuse(Messages::tr("Actor \"%1\": the name \"%2\" is already used by \"%3\".")
                           .arg(a.name, folded, names.value(folded)));
            }
        }
        for (const QString& folded : own) {
            names.insert(folded, a.name);
        }
    }
}

} // namespace

bool isBarrierGroupCode(const QString& code)
{
    static const QRegularExpression pattern(QStringLiteral("^[1-9][0-9]*\\.[1-9][0-9]*$"));
    return pattern.match(code).hasMatch();
}

void validateStrategy(const Strategy& strategy)
{
    validateLines(strategy);
    validateGroups(strategy);
    validateObjectives(strategy);
    validateActivities(strategy);
    validateActors(strategy);
}

} // namespace pml
