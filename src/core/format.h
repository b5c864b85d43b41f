#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace pml {

// How the interface writes figures and dates, in the current locale. Core's own sentences
// (why an edit is blocked, for instance) and every view use these, so all agree.

// "45,3 %" in the current locale (one decimal), "—" when there is no figure.
QString formatPercent(std::optional<double> value);

// Dates as the window shows them: the interface language's order with a four-digit year
// and two-digit day and month ("30/11/2026"); never the locale's two-digit short year.
QString dateEditFormat();
// A date in a sentence: as the window shows it; on the command line, which reads dates as
// YYYY-MM-DD, in that form, so a message names a date as the user typed it.
QString dateText(const QDate& date);
// "30/11/2026 14:05", in local time.
QString dateTimeText(const QDateTime& moment);

// A phrase of core's (a rule's reason, "the quarter is approved, …") as a message on its
// own: capital first letter and a closing full stop, as every other message has.
QString asSentence(const QString& phrase);

} // namespace pml
