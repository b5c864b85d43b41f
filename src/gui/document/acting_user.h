#pragma once

#include "core/permissions.h"

#include <QString>

class QWidget;

namespace pml {

class TrackerDocument;

// Who the window acts as in every tracker it opens: the name given with
// `pml-tracker --user NAME` for this session, else the one saved in Preferences, else
// the system user (as the command line does).
void setSessionUser(const QString& name);
QString actingUserName();

// "User: Ana (monitor, reviewer)", or that they are not listed in this tracker.
QString actingUserText(const TrackerDocument& document);

// Enables `control` when core allows `operation` now (TrackerDocument::editBlockedReason);
// otherwise disables it with a tooltip saying why. The store still checks every write:
// this only spares the user a refusal they could foresee.
void allowFor(QWidget* control, const TrackerDocument& document, Operation operation,
              const QString& enabledTip = {});

} // namespace pml
