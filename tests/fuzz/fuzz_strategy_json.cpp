// Strategy file parsing. An accepted strategy must write and parse again to the same bytes.
#include "fuzz_support.h"
#include "storage/strategy_json.h"

namespace pml {
namespace {

void fuzzStrategyJson(const QByteArray& input)
{
    Strategy strategy;
    try {
        strategy = parseStrategyJson(input);
    } catch (const Error& error) {
        fuzz::refused(error);
        return;
    }
    const QByteArray written = strategyToJson(strategy);
    try {
        if (strategyToJson(parseStrategyJson(written)) != written) {
            fuzz::fail("a written strategy does not round-trip");
        }
    } catch (const Error& error) {
        std::fprintf(stderr, "%s\n", error.what());
        fuzz::fail("a written strategy is refused");
    }
}

} // namespace
} // namespace pml

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    pml::fuzzStrategyJson(pml::fuzz::bytes(data, size));
    return 0;
}
