#include "core/error.h"
#include "core/messages.h"
#include "tracker_store.h"

namespace pml {
namespace {

// Each kind of location has its backend; a server address is read and named already, so
// that every caller takes one, but no backend for servers is built in yet.
[[noreturn]] void refuseServer(const TrackerLocation& location)
{
    throw Error(Messages::tr("%1 is a database server; this version of the program opens "
                             "tracker files only.")
                    .arg(location.shown()));
}

void requireLocation(const TrackerLocation& location)
{
    if (location.kind() == TrackerLocation::Kind::None) {
        throw Error(Messages::tr("No tracker was given: name a file or a server address."));
    }
    if (location.isServer()) {
        refuseServer(location);
    }
}

} // namespace

std::unique_ptr<TrackerStore> createTracker(const TrackerLocation& location,
                                            const TrackerContent& content)
{
    requireLocation(location);
    return createTrackerFile(location.filePath(), content);
}

std::unique_ptr<TrackerStore> openTracker(const TrackerLocation& location, OpenMode mode)
{
    requireLocation(location);
    return openTrackerFile(location.filePath(), mode);
}

} // namespace pml
