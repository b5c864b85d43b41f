#include "gui/document/acting_user.h"

#include "core/user.h"
#include "gui/document/tracker_document.h"
#include "gui/settings/preferences_dialog.h"

#include <QCoreApplication>
#include <QWidget>

namespace pml {
namespace {

QString& sessionName()
{
    static QString name;
    return name;
}

struct ActingUser {
    Q_DECLARE_TR_FUNCTIONS(pml::ActingUser)
};

} // namespace

void setSessionUser(const QString& name)
{
    sessionName() = name.trimmed();
}

QString actingUserName()
{
    return sessionName().isEmpty() ? PreferencesDialog::savedUserName() : sessionName();
}

QString actingUserText(const TrackerDocument& document)
{
    const QString name = document.userName();
    const Person* person = findPerson(document.people(), name);
    if (!person || !person->active)
        return ActingUser::tr("User: %1 (not listed in this tracker)").arg(name);
    return ActingUser::tr("User: %1 (%2)").arg(person->name, roleNames(person->roles));
}

void allowFor(QWidget* control, const TrackerDocument& document, Operation operation,
              const QString& enabledTip)
{
    const std::optional<QString> problem = document.editBlockedReason(operation);
    control->setEnabled(!problem);
    control->setToolTip(problem.value_or(enabledTip));
}

} // namespace pml
