#pragma once

#include "command.h"

namespace pml::cli {

int runInit(CommandContext& context);
int runShow(CommandContext& context);
int runUpdate(CommandContext& context);
int runSet(CommandContext& context);
int runConfig(CommandContext& context);
int runHistory(CommandContext& context);
int runExplain(CommandContext& context);
int runExport(CommandContext& context);
int runImport(CommandContext& context);
int runCheck(CommandContext& context);
int runGenerate(CommandContext& context);
int runBench(CommandContext& context);
int runReview(CommandContext& context);
int runUsers(CommandContext& context);
int runEvidence(CommandContext& context);
int runAudit(CommandContext& context);
int runStatus(CommandContext& context);
// Written in command_report.cpp; registered only when the report layer is built.
int runReport(CommandContext& context);

} // namespace pml::cli
