#pragma once

#include <QString>

namespace pml::test {

inline constexpr const char* kRecordForever = "--record-forever";

// Records updates on `file` one by one until killed, printing each id on stdout
// only after its commit returned.
int recordForever(const QString& file);

} // namespace pml::test
