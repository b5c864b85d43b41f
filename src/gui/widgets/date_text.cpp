#include "gui/widgets/date_text.h"

#include <QDateEdit>
#include <QLocale>

namespace pml {

void applyDateFormat(QDateEdit* edit)
{
    edit->setLocale(QLocale());
    edit->setDisplayFormat(dateEditFormat());
}

} // namespace pml
