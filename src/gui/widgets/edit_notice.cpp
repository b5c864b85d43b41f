#include "gui/widgets/edit_notice.h"

#include "gui/document/tracker_document.h"
#include "gui/widgets/date_text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMessageBox>

namespace pml {

QString editBlockedReason(const TrackerDocument* document)
{
    if (!document || document->canEdit()) {
        return {};
    }
    if (document->isReadOnly()) {
        return QCoreApplication::translate("pml", "Read-only tracker: nothing can be changed.");
    }
    return QCoreApplication::translate("pml", "Viewing %1: editing is possible only as of today.")
        .arg(dateText(document->asOf()));
}

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
