#include "quarter.h"

#include "error.h"
#include "messages.h"

#include <QRegularExpression>

namespace pml {

QDate Quarter::firstDay() const
{
    return QDate(year, 3 * (number - 1) + 1, 1);
}

QDate Quarter::lastDay() const
{
    return firstDay().addMonths(3).addDays(-1);
}

bool Quarter::contains(const QDate& date) const
{
    return date >= firstDay() && date <= lastDay();
}

QString Quarter::key() const
{
    return QStringLiteral("%1-Q%2").arg(year).arg(number);
}

Quarter Quarter::previous() const
{
    return number == 1 ? Quarter{year - 1, 4} : Quarter{year, number - 1};
}

Quarter quarterOf(const QDate& date)
{
    return Quarter{date.year(), (date.month() - 1) / 3 + 1};
}

std::optional<Quarter> quarterFromKey(const QString& key)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-?[QqTt]([1-4])$"));
    const auto match = pattern.match(key.trimmed());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const Quarter q{match.captured(1).toInt(), match.captured(2).toInt()};
    return q.isValid() ? std::optional<Quarter>(q) : std::nullopt;
}

Quarter parseQuarter(const QString& text)
{
    const auto quarter = quarterFromKey(text);
    if (!quarter) {
        throw Error(Messages::tr("Invalid quarter \"%1\": expected YEAR-QN, for example 2026-Q3.")
                        .arg(text));
    }
    return *quarter;
}

QString quarterText(const Quarter& quarter)
{
    return Messages::tr("Q%1 %2").arg(quarter.number).arg(quarter.year);
}

std::optional<QString> quarterProblem(const Quarter& quarter)
{
    if (quarter.isValid()) {
        return std::nullopt;
    }
    return Messages::tr("Invalid quarter %1-Q%2: the year must have four digits and the quarter "
                        "be 1 to 4.")
        .arg(quarter.year)
        .arg(quarter.number);
}

QuarterFigureDates figureDates(const Quarter& quarter)
{
    return {quarter.lastDay(), quarter.previous().lastDay()};
}

QList<Quarter> quartersSince(const QDate& start, const QDate& today)
{
    constexpr qsizetype kMaximum = 400;
    const Quarter current = quarterOf(today);
    const Quarter first = start.isValid() ? quarterOf(start) : current;
    QList<Quarter> quarters{current};
    for (Quarter q = current.previous(); q >= first && quarters.size() < kMaximum;
         q = q.previous()) {
        quarters.append(q);
    }
    return quarters;
}

} // namespace pml
