#include "gui/widgets/date_text.h"

#include <QDateEdit>
#include <QLocale>

namespace pml {

QString dateTimeText(const QDateTime& moment)
{
    const QDateTime local = moment.toLocalTime();
    return dateText(local.date()) + QLatin1Char(' ') +
           QLocale().toString(local.time(), QLocale::ShortFormat);
}

void applyDateFormat(QDateEdit* edit)
{
    edit->setLocale(QLocale());
    edit->setDisplayFormat(dateEditFormat());
}

} // namespace pml
