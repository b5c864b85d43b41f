#pragma once

#include "core/snapshot.h"
#include "report/report_model.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace pml::test {

// A two-line strategy with six activities and a history spread over 2026's quarters:
// Q2 and Q3 updates, two on the same day, a withdrawn one, one after Q3, a cancellation,
// user text that looks like HTML or a spreadsheet formula.
Snapshot reportSnapshot();

ReportOptions quarterOptions(int year, int quarter, std::optional<int> line = std::nullopt,
                             const QString& language = QStringLiteral("es"));
ReportMeta testMeta();

// Runs a program and returns its standard output; nullopt when it is not installed.
std::optional<QByteArray> runTool(const QString& program, const QStringList& arguments);

} // namespace pml::test
