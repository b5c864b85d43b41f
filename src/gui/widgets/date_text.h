#pragma once

#include "core/format.h" // dateEditFormat(), dateText()

#include <QDate>
#include <QDateTime>
#include <QString>

class QDateEdit;

namespace pml {

// "30/11/2026 14:05", in local time.
QString dateTimeText(const QDateTime& moment);
// Gives a date field the current locale and dateEditFormat() (again after a language change).
void applyDateFormat(QDateEdit* edit);

} // namespace pml
