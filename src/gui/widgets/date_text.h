#pragma once

#include "core/format.h" // dateEditFormat(), dateText(), dateTimeText()

#include <QDate>
#include <QDateTime>
#include <QString>

class QDateEdit;

namespace pml {

// Gives a date field the current locale and dateEditFormat() (again after a language change).
void applyDateFormat(QDateEdit* edit);

} // namespace pml
