#pragma once

#include "core/error.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace pml::fuzz {

// A copy, so the parsers see a NUL-terminated buffer like one read from a file.
inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// Refusals are the expected outcome for most inputs. Set PML_FUZZ_VERBOSE=1 to see why a
// seed is refused (a seed meant to be valid should not be).
inline void refused(const Error& error)
{
    static const bool verbose = qEnvironmentVariableIsSet("PML_FUZZ_VERBOSE");
    if (verbose) {
        std::fprintf(stderr, "refused: %s\n", error.what());
    }
}

// A broken invariant: report and abort so that libFuzzer saves the input.
[[noreturn]] inline void fail(const char* what)
{
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
}

} // namespace pml::fuzz
