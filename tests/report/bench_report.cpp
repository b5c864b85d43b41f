// Times the report model and every writer on synthetic trackers, and writes the test
// fixture's report in every format and language for a person to look at. A measurement,
// not a test: ctest never runs it.
//   pml_report_bench                 times 97 and 50,000 activities
//   pml_report_bench --dump FOLDER   writes sample-<language>.<format> into FOLDER
#include "core/error.h"
#include "core/synthetic.h"
#include "report/report_writers.h"
#include "report_fixture.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>

#include <iostream>

using namespace pml;

namespace {

const ReportFormat kFormats[] = {ReportFormat::Pdf, ReportFormat::Xlsx, ReportFormat::Html,
                                 ReportFormat::Csv, ReportFormat::Json};

// Times one size; false when the model or a writer produced nothing.
bool timeReports(int activities)
{
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
    bool complete = model.activityCount == activities;
    for (ReportFormat format : kFormats) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        writeReport(model, format, buffer);
        std::cout << ", " << reportFormatKey(format).toStdString() << " " << timer.restart()
                  << " ms (" << buffer.size() / 1024 << " KiB)";
        complete = complete && buffer.size() > 0;
    }
    std::cout << std::endl;
    return complete;
}

void dumpSamples(const QString& folder)
{
    const Snapshot snapshot = pml::test::reportSnapshot();
    for (const QString& language : {QStringLiteral("es"), QStringLiteral("en")}) {
        const ReportModel model = buildReport(
            snapshot, snapshot.updates, pml::test::quarterOptions(2026, 3, std::nullopt, language),
            pml::test::testMeta());
        for (ReportFormat format : kFormats) {
            const QString file =
                folder + QStringLiteral("/sample-%1.%2").arg(language, reportFormatKey(format));
            writeReportFile(model, format, file);
            std::cout << file.toStdString() << '\n';
        }
    }
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    try {
        if (arguments.size() == 2 && arguments.first() == QLatin1String("--dump")) {
            dumpSamples(arguments.at(1));
            return 0;
        }
        if (!arguments.isEmpty()) {
            std::cerr << "usage: pml_report_bench [--dump FOLDER]\n";
            return 2;
        }
        return timeReports(97) && timeReports(50000) ? 0 : 1;
    } catch (const Error& error) {
        std::cerr << error.message().toStdString() << '\n';
        return 1;
    }
}
