#include "gui/widgets/edit_notice.h"

#include "gui/widgets/error_box.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace pml {

void showRefusal(QWidget* parent, const QString& message)
{
    showErrorBox(parent, QCoreApplication::translate("pml", "Change Refused"), message)
        ->setObjectName(QStringLiteral("refusalBox"));
}

} // namespace pml
