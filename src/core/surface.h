#pragma once

#include "quarter.h"

#include <QString>

namespace pml {

// Which program shows core's sentences. A refusal ends with how to put things right, and
// that differs: the window names its page and button, the command line its command. The
// program's main sets it once; the window is the default.
enum class Surface { Window, CommandLine };
void setSurface(Surface surface);
Surface surface();

// How to reopen an approved quarter of a line, for a reviewer.
QString reopenRemedy(const Quarter& quarter, int line);
// How an admin lists a person (again), with roles.
QString listPersonRemedy();
// How to see every problem a tracker has.
QString checkRemedy();

} // namespace pml
