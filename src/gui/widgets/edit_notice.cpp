#include "gui/widgets/edit_notice.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMessageBox>

namespace pml {

void showRefusal(QWidget* parent, const QString& message)
{
    auto* box =
        new QMessageBox(QMessageBox::Warning, QCoreApplication::translate("pml", "Change Refused"),
                        message, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("refusalBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->show();
}

} // namespace pml
