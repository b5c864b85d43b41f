#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

class QDateEdit;

namespace pml {

// Dates as the window shows them: the interface language's order with a four-digit year
// and two-digit day and month ("30/11/2026"); never the locale's two-digit short year.
QString dateEditFormat();
QString dateText(const QDate& date);
// "30/11/2026 14:05", in local time.
QString dateTimeText(const QDateTime& moment);
// Gives a date field the current locale and dateEditFormat() (again after a language change).
void applyDateFormat(QDateEdit* edit);

} // namespace pml
