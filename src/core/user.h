#pragma once

#include <QString>

namespace pml {

// The name of the person at the keyboard, for "recorded by" when none is given: the
// system user's login name (USER, LOGNAME, USERNAME, then the account database).
// The window and the command line use the same default.
QString systemUserName();

} // namespace pml
