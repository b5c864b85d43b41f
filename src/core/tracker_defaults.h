#pragma once

#include "review.h"

#include <QDate>
#include <QList>
#include <QString>

namespace pml {

// What a new tracker starts with, whoever creates it (the window, `init`, an import, the
// store when it creates or upgrades a file).

// Every person using a tracker must be listed in it: whoever creates one may do everything
// in it at first, and lists the others. None when `creator` is blank.
QList<Person> defaultPeople(const QString& creator);
// The schedule starts on the first of January of the year the tracker is created.
QDate defaultStartDate(const QDate& today);

} // namespace pml
