#include "gui/widgets/error_box.h"

#include "core/error.h"

#include <QMessageBox>

namespace pml {

QMessageBox* showErrorBox(QWidget* parent, const QString& title, const QString& message,
                          const QString& details)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setDetailedText(details); // none: no "Show Details…" button
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->show();
    return box;
}

QMessageBox* showErrorBox(QWidget* parent, const QString& title, const Error& error)
{
    return showErrorBox(parent, title, error.message(), error.details());
}

} // namespace pml
