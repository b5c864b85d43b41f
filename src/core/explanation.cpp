#include "error.h"
#include "messages.h"
#include "progress.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace pml {
namespace {

const QString kNoData = QStringLiteral("no data");
const QString kTimes = QStringLiteral("\u00d7");

enum class Value { Actual, Planned };

std::optional<double> valueOf(const ExplanationItem& item, Value which)
{
    return which == Value::Actual ? item.actual : item.planned;
}

// "(1×50 + 2×100) / (1 + 2) = 83.3333" for weighted items, "(40 + 60) / 2 = 50" for
// plain means (objectives or lines, weight 1).
QString formula(const QList<ExplanationItem>& items, Value which, bool weighted,
                const std::optional<double>& figure)
{
    QStringList terms;
    QStringList weights;
    double sum = 0;
    double weightSum = 0;
    for (const ExplanationItem& item : items) {
        const auto value = valueOf(item, which);
        if (item.exclusion != Exclusion::None || !value) {
            continue;
        }
        terms << (weighted ? compactNumber(item.weight) + kTimes + compactNumber(*value)
                           : compactNumber(*value));
        weights << compactNumber(item.weight);
        sum += item.weight * *value;
        weightSum += item.weight;
    }
    if (terms.isEmpty() || weightSum <= 0) {
        return kNoData;
    }
    const double result = figure.value_or(sum / weightSum);
    const QString numerator =
        QLatin1Char('(') + terms.join(QStringLiteral(" + ")) + QLatin1Char(')');
    QString denominator;
    if (!weighted) {
        denominator = QString::number(terms.size());
    } else if (weights.size() == 1) {
        denominator = weights.first();
    } else {
        denominator = QLatin1Char('(') + weights.join(QStringLiteral(" + ")) + QLatin1Char(')');
    }
    return numerator + QStringLiteral(" / ") + denominator + QStringLiteral(" = ") +
           compactNumber(result);
}

ExplanationItem activityItem(const Activity& activity, const Progress& progress)
{
    ExplanationItem item;
    item.kind = ExplanationItem::Kind::Activity;
    item.key = activity.code;
    item.label = activity.text;
    item.weight = activity.weight;
    const auto found = progress.activities.constFind(activity.code);
    if (found != progress.activities.constEnd()) {
        item.actual = found->percent;
        item.planned = found->planned;
        if (!found->counts()) {
            item.exclusion = Exclusion::Cancelled;
        }
    }
    return item;
}

ExplanationItem figureItem(ExplanationItem::Kind kind, int number, const QString& label,
                           const Figures& figures)
{
    ExplanationItem item;
    item.kind = kind;
    item.key = QString::number(number);
    item.label = label;
    item.actual = figures.actual;
    item.planned = figures.planned;
    item.exclusion = figures.actual ? Exclusion::None : Exclusion::NoData;
    return item;
}

} // namespace

QString compactNumber(double value)
{
    QString text = QString::number(value, 'f', 4);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0'))) {
            text.chop(1);
        }
        if (text.endsWith(QLatin1Char('.'))) {
            text.chop(1);
        }
    }
    return text == QStringLiteral("-0") ? QStringLiteral("0") : text;
}

Explanation explain(const Snapshot& snapshot, const Progress& progress, const Target& target)
{
    const Strategy& strategy = snapshot.strategy;
    Explanation explanation;
    explanation.target = target;
    explanation.mode = progress.mode;

    // The barrier groups a line or group target covers; the strategy covers all.
    QSet<QString> groups;
    switch (target.kind) {
    case Target::Kind::Objective:
        if (!strategy.objective(target.number)) {
            throw Error(Messages::tr("There is no objective %1.").arg(target.number));
        }
        explanation.figures = progress.objectives.value(target.number);
        break;
    case Target::Kind::Line:
        if (!strategy.line(target.number)) {
            throw Error(Messages::tr("There is no line %1.").arg(target.number));
        }
        explanation.figures = progress.lines.value(target.number);
        for (const BarrierGroup& group : strategy.barrierGroups) {
            if (group.line == target.number) {
                groups.insert(group.code);
            }
        }
        break;
    case Target::Kind::BarrierGroup:
        if (!strategy.barrierGroup(target.groupCode)) {
            throw Error(Messages::tr("There is no barrier group %1.").arg(target.groupCode));
        }
        explanation.figures = progress.groups.value(target.groupCode);
        groups.insert(target.groupCode);
        break;
    case Target::Kind::Strategy:
        explanation.figures = progress.strategy;
        break;
    }

    const bool isStrategy = target.kind == Target::Kind::Strategy;
    bool weighted = true;
    if (target.kind == Target::Kind::Objective) {
        explanation.basis = ExplanationItem::Kind::Activity;
        for (const Activity& activity : strategy.activities) {
            if (activity.objectives.contains(target.number)) {
                explanation.items << activityItem(activity, progress);
            }
        }
    } else if (progress.mode == RollupMode::Activities) {
        // Distinct activities: one serving two objectives of the target is listed once.
        explanation.basis = ExplanationItem::Kind::Activity;
        QSet<int> objectives;
        for (const Objective& objective : strategy.objectives) {
            if (groups.contains(objective.barrierGroup)) {
                objectives.insert(objective.number);
            }
        }
        for (const Activity& activity : strategy.activities) {
            const bool served =
                isStrategy || std::any_of(activity.objectives.begin(), activity.objectives.end(),
                                          [&](int n) { return objectives.contains(n); });
            if (served) {
                explanation.items << activityItem(activity, progress);
            }
        }
    } else if (isStrategy) {
        explanation.basis = ExplanationItem::Kind::Line;
        weighted = false;
        for (const Line& line : strategy.lines) {
            explanation.items << figureItem(ExplanationItem::Kind::Line, line.number, line.name,
                                            progress.lines.value(line.number));
        }
    } else {
        explanation.basis = ExplanationItem::Kind::Objective;
        weighted = false;
        for (const Objective& objective : strategy.objectives) {
            if (groups.contains(objective.barrierGroup)) {
                explanation.items << figureItem(ExplanationItem::Kind::Objective, objective.number,
                                                objective.text,
                                                progress.objectives.value(objective.number));
            }
        }
    }

    explanation.actualFormula =
        formula(explanation.items, Value::Actual, weighted, explanation.figures.actual);
    explanation.plannedFormula =
        formula(explanation.items, Value::Planned, weighted, explanation.figures.planned);
    return explanation;
}

} // namespace pml
