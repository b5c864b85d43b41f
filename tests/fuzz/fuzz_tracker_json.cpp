// Tracker import: trackerFromJson() and the content validation that createTrackerFile() runs
// before it writes (no SQLite file is created). An accepted file must export and import
// again to the same bytes.
#include "fuzz_support.h"
#include "storage/content_validation.h"
#include "storage/tracker_json.h"

namespace pml {
namespace {

void fuzzTrackerJson(const QByteArray& input)
{
    TrackerContent content;
    try {
        content = trackerFromJson(input);
        validateContent(content);
    } catch (const Error& error) {
        fuzz::refused(error);
        return;
    }
    const QByteArray exported = trackerToJson(content);
    try {
        if (trackerToJson(trackerFromJson(exported)) != exported) {
            fuzz::fail("export of an imported tracker does not round-trip");
        }
    } catch (const Error& error) {
        std::fprintf(stderr, "%s\n", error.what());
        fuzz::fail("export of an accepted tracker is refused");
    }
}

} // namespace
} // namespace pml

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    pml::fuzzTrackerJson(pml::fuzz::bytes(data, size));
    return 0;
}
