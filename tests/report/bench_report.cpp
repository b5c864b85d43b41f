#include "core/synthetic.h"
#include "report/report_writers.h"
#include "report_fixture.h"

#include <QBuffer>
#include <QElapsedTimer>

#include <catch2/catch.hpp>
#include <iostream>

using namespace pml;

// Hidden: run with `pml_report_tests "[.bench]"` to time the model and every writer.
TEST_CASE("Report generation time on a large synthetic tracker", "[.bench]")
{
    for (int activities : {97, 50000}) {
        SyntheticSpec spec;
        spec.activities = activities;
        spec.objectives = 24;
        spec.updates = activities * 4;
        const SyntheticTracker tracker = generateSyntheticTracker(spec, QDate(2026, 11, 15));
        Snapshot snapshot{tracker.strategy, tracker.settings, tracker.assignments, tracker.updates,
                          std::nullopt};
        ReportOptions options;
        options.year = 2026;
        options.quarter = 3;
        QElapsedTimer timer;
        timer.start();
        const ReportModel model = buildReport(snapshot, snapshot.updates, options, {});
        std::cout << activities << " activities, " << spec.updates << " updates: model "
                  << timer.restart() << " ms";
        for (ReportFormat format : {ReportFormat::Pdf, ReportFormat::Xlsx, ReportFormat::Html,
                                    ReportFormat::Csv, ReportFormat::Json}) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            writeReport(model, format, buffer);
            std::cout << ", " << reportFormatKey(format).toStdString() << " " << timer.restart()
                      << " ms (" << buffer.size() / 1024 << " KiB)";
        }
        std::cout << std::endl;
        REQUIRE(model.activityCount == activities);
    }
}

// Hidden: writes the fixture's report in every format and language into the folder
// named by PML_REPORT_DUMP, to look at them: pml_report_tests "[.dump]"
TEST_CASE("Write sample reports for inspection", "[.dump]")
{
    const QString folder = qEnvironmentVariable("PML_REPORT_DUMP");
    if (folder.isEmpty()) {
        WARN("set PML_REPORT_DUMP to a folder");
        return;
    }
    const Snapshot snapshot = pml::test::reportSnapshot();
    for (const QString& language : {QStringLiteral("es"), QStringLiteral("en")}) {
        const ReportModel model = buildReport(
            snapshot, snapshot.updates, pml::test::quarterOptions(2026, 3, std::nullopt, language),
            pml::test::testMeta());
        for (ReportFormat format : {ReportFormat::Pdf, ReportFormat::Xlsx, ReportFormat::Html,
                                    ReportFormat::Csv, ReportFormat::Json}) {
            writeReportFile(
                model, format,
                folder + QStringLiteral("/sample-%1.%2").arg(language, reportFormatKey(format)));
        }
    }
}
