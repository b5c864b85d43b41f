#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace pml {

// A calendar quarter, the period each line of action is reviewed and reported for.
struct Quarter {
    int year = 0;
    int number = 0; // 1–4

    bool isValid() const { return year >= 1000 && year <= 9999 && number >= 1 && number <= 4; }
    QDate firstDay() const;
    QDate lastDay() const;
    bool contains(const QDate& date) const;
    QString key() const; // "2026-Q2"
    Quarter previous() const;
    friend bool operator==(const Quarter&, const Quarter&) = default;
    friend auto operator<=>(const Quarter&, const Quarter&) = default;
};
Quarter quarterOf(const QDate& date);
// Parses "2026-Q2" (also "2026-q2", "2026Q2", "2026-T2"); none when it is not one.
std::optional<Quarter> quarterFromKey(const QString& key);
// The same for text a person typed; throws pml::Error naming the text.
Quarter parseQuarter(const QString& text);
// The quarter as people read it: "Q2 2026" ("T2 2026" in Spanish); key() is what files
// and the command line use.
QString quarterText(const Quarter& quarter);
// Why `quarter` is not one (a four-digit year, a number from 1 to 4); none when it is.
std::optional<QString> quarterProblem(const Quarter& quarter);

// The dates a quarter's figures are read for: its last day, beside the previous quarter's
// last day (the trend). Reports, the review page and what approval freezes use both.
struct QuarterFigureDates {
    QDate end;
    QDate previousEnd;
    QList<QDate> list() const { return {end, previousEnd}; }
};
QuarterFigureDates figureDates(const Quarter& quarter);

// Every quarter from the one `start` falls in to the one `today` falls in, newest first
// (at most 400, so a mistyped start cannot fill a list). Only `today`'s quarter when
// `start` is later or not a date.
QList<Quarter> quartersSince(const QDate& start, const QDate& today);

} // namespace pml
