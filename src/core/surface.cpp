#include "surface.h"

#include "messages.h"

#include <atomic>

namespace pml {
namespace {

std::atomic<Surface> g_surface{Surface::Window};

} // namespace

void setSurface(Surface value)
{
    g_surface = value;
}

Surface surface()
{
    return g_surface;
}

QString reopenRemedy(const Quarter& quarter, int line)
{
    if (surface() == Surface::CommandLine) {
        return Messages::tr("A reviewer must first reopen it, with a reason: \"pml-tracker-cli "
                            "review DB --quarter %1 --line %2 reopen --reason TEXT\".")
            .arg(quarter.key())
            .arg(line);
    }
    return Messages::tr("A reviewer must first reopen it, with a reason: on the Review page, "
                        "choose %1 and line %2, write the reason and press \"Reopen\".")
        .arg(quarterText(quarter))
        .arg(line);
}

QString listPersonRemedy()
{
    if (surface() == Surface::CommandLine) {
        return Messages::tr("An admin can list them with \"pml-tracker-cli users DB add NAME "
                            "--role ROLE\".");
    }
    return Messages::tr("An admin can list them on the People page (View → People), with \"Add "
                        "person…\".");
}

QString checkRemedy()
{
    if (surface() == Surface::CommandLine)
        return Messages::tr("\"pml-tracker-cli check DB\" lists every problem.");
    return Messages::tr("File → Check Tracker… lists every problem.");
}

} // namespace pml
