#pragma once

#include <QDate>
#include <QStringList>
#include <QTextStream>

namespace pml::cli {

// What every command gets: its own arguments (without the program and command
// names), the output streams and "today" (fixed by tests through PML_TODAY).
struct CommandContext {
    QStringList arguments;
    QTextStream& out;
    QTextStream& err;
    QDate today;
};

// Exit codes: 0 success, 1 refused input or failed operation, 2 usage error,
// 3 `check` found problems.
using CommandFunction = int (*)(CommandContext& context);

struct CommandInfo {
    const char* name;
    const char* summary;
    CommandFunction run;
};

} // namespace pml::cli
