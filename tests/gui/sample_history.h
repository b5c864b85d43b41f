#pragma once

#include <QString>

namespace pml::test {

// The people of the sample history: a monitor, a reviewer and a coordinator with every role.
QString sampleMonitor();
QString sampleReviewer();
QString sampleCoordinator();

// A tracker as a committee has it after a while, for screenshots and layout checks: a few
// activities updated today, and the quarter just ended under review (line 1 submitted with
// its narrative and evidence, line 2 returned with a note). False when the updates of
// today were refused.
bool recordSampleHistory(const QString& trackerFile);

} // namespace pml::test
