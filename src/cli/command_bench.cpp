// `bench`: what the program costs on a given tracker, beside a plain SQL baseline.

#include "bench_measure.h"
#include "cli_support.h"
#include "commands.h"
#include "core/messages.h"
#include "core/permissions.h"
#include "report/report_writers.h"
#include "storage/sql_baseline.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QTemporaryDir>

namespace pml::cli {
namespace {

constexpr auto Figures = TrackerStore::Detail::FiguresOnly;

struct BenchRun {
    QString file;
    QDate asOf;
    QDate today;
    int runs = 5;
};

struct BenchResult {
    QList<Timings> steps;
    qsizetype activities = 0;
    qint64 history = 0;
    std::optional<double> programFigure; // the engine's strategy figure, activities mode
    std::optional<double> baselineFigure;
    double updatesPerSecond = 0;
    double peakAfterRollup = 0;
    double peakAtEnd = 0;
};

void measureFigures(const BenchRun& run, BenchResult& result)
{
    result.steps << measure(QStringLiteral("open_rollup"), run.runs, [&] {
        auto store = openExisting(run.file, OpenMode::ReadOnly);
        const Snapshot snapshot = store->loadSnapshotAt({run.asOf}, Figures);
        computeProgress(snapshot, run.asOf);
    });
    auto store = openExisting(run.file, OpenMode::ReadOnly);
    result.steps << measure(QStringLiteral("rollup"), run.runs, [&] {
        computeProgress(store->loadSnapshotAt({run.asOf}, Figures), run.asOf);
    });
    Snapshot snapshot = store->loadSnapshotAt({run.asOf});
    result.activities = snapshot.strategy.activities.size();
    snapshot.settings.mode = RollupMode::Activities; // the baseline's mode
    result.programFigure = computeProgress(snapshot, run.asOf).strategy.actual;
    SqlBaseline baseline(run.file);
    result.history = baseline.historySize();
    result.steps << measure(QStringLiteral("sql_baseline"), run.runs,
                            [&] { result.baselineFigure = baseline.strategyFigure(run.asOf); });
    result.peakAfterRollup = peakMemoryMiB();
}

void measureReports(const BenchRun& run, BenchResult& result)
{
    auto store = openExisting(run.file, OpenMode::ReadOnly);
    ReportOptions options;
    const Quarter quarter = quarterOf(run.asOf);
    options.year = quarter.year;
    options.quarter = quarter.number;
    options.today = run.today;
    ReportMeta meta;
    meta.trackerFile = run.file;
    meta.producedBy = QStringLiteral("bench");
    meta.producedAt = QDateTime::currentDateTimeUtc();
    for (ReportFormat format : {ReportFormat::Pdf, ReportFormat::Xlsx, ReportFormat::Html,
                                ReportFormat::Csv, ReportFormat::Json}) {
        result.steps << measure(QStringLiteral("report_") + reportFormatKey(format), run.runs, [&] {
            const ReportModel model = buildReport(*store, options, meta);
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            writeReport(model, format, buffer);
        });
    }
}

// On a copy: a benchmark never writes into the tracker it measures.
void measureRecording(const BenchRun& run, BenchResult& result)
{
    QTemporaryDir folder;
    if (!folder.isValid()) {
        throw Error(Messages::tr("bench: no temporary folder to copy the tracker into"));
    }
    const QString copy = folder.filePath(QStringLiteral("bench-copy.pml"));
    openExisting(run.file, OpenMode::ReadOnly)->writeConsistentCopy(copy);
    // Not witnessed: the copy's measured writes must not make this computer believe the
    // tracker itself went further than it did.
    auto store = openUnverified(copy, OpenMode::ReadWrite);
    Snapshot snapshot = store->loadSnapshotAt({run.today});
    const QString code = snapshot.strategy.activities.value(0).code;
    int n = 0;
    // The copy's first person who may record acts (it is only a measurement).
    QString monitor;
    const QList<Person> people = store->people();
    for (const Person& p : people) {
        if (monitor.isEmpty() && !operationProblem(people, p.name, Operation::RecordUpdate)) {
            monitor = p.name;
        }
    }
    store->setActingUser(monitor);
    auto recordOne = [&] {
        const int percent = 1 + (n++ % 98);
        store->recordUpdates({{code, run.today, Status::InProgress, percent, {}, monitor}},
                             run.today);
    };
    result.steps << measure(QStringLiteral("record_update"), run.runs, recordOne);
    // What the window does after recording: re-read the activity, recompute the figures.
    result.steps << measure(QStringLiteral("record_update_and_figures"), run.runs, [&] {
        recordOne();
        snapshot.updates.removeIf([&](const StatusUpdate& u) { return u.activity == code; });
        snapshot.updates.append(store->updatesInForce(run.today, {code}));
        computeProgress(snapshot, run.today);
    });
    QElapsedTimer timer;
    timer.start();
    int count = 0;
    while (timer.elapsed() < 2000) {
        recordOne();
        ++count;
    }
    result.updatesPerSecond = count * 1000.0 / double(timer.elapsed());
}

nlohmann::ordered_json resultJson(const BenchRun& run, const BenchResult& result)
{
    nlohmann::ordered_json json;
    json["tracker"] = run.file.toStdString();
    json["as_of"] = toJson(run.asOf);
    json["activities"] = result.activities;
    json["updates"] = result.history;
    json["runs"] = run.runs;
    nlohmann::ordered_json steps = nlohmann::ordered_json::array();
    for (const Timings& t : result.steps) {
        steps.push_back({{"name", t.name.toStdString()},
                         {"median_ms", t.median()},
                         {"min_ms", t.minimum()},
                         {"max_ms", t.maximum()}});
    }
    json["steps"] = steps;
    json["updates_per_second"] = result.updatesPerSecond;
    json["peak_memory_mib"] = {{"after_rollup", result.peakAfterRollup},
                               {"at_end", result.peakAtEnd}};
    json["baseline"] = {{"sql", strategyBaselineSql(run.asOf).toStdString()},
                        {"figure", toJson(result.baselineFigure)},
                        {"program_figure", toJson(result.programFigure)}};
    return json;
}

void printResult(CommandContext& context, const BenchRun& run, const BenchResult& result)
{
    QTextStream& out = context.out;
    out << Messages::tr("%1: %2 activities, %3 updates; as of %4; %5 runs each")
               .arg(run.file)
               .arg(result.activities)
               .arg(result.history)
               .arg(run.asOf.toString(Qt::ISODate))
               .arg(run.runs)
        << '\n';
    for (const Timings& t : result.steps) {
        out << "  " << padRight(t.name, 28)
            << Messages::tr("median %1 ms (min %2, max %3)")
                   .arg(t.median(), 0, 'f', 1)
                   .arg(t.minimum(), 0, 'f', 1)
                   .arg(t.maximum(), 0, 'f', 1)
            << '\n';
    }
    out << Messages::tr("sustained recording: %1 updates per second")
               .arg(result.updatesPerSecond, 0, 'f', 0)
        << '\n'
        << Messages::tr("peak memory: %1 MiB after the roll-ups, %2 MiB at the end")
               .arg(result.peakAfterRollup, 0, 'f', 1)
               .arg(result.peakAtEnd, 0, 'f', 1)
        << '\n'
        << Messages::tr("strategy figure (activities mode): program %1, SQL baseline %2")
               .arg(formatFigure(result.programFigure), formatFigure(result.baselineFigure))
        << '\n'
        << Messages::tr("SQL baseline (run it with: sqlite3 TRACKER):") << '\n'
        << strategyBaselineSql(run.asOf) << '\n';
}

} // namespace

int runBench(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Messages::tr(
        "Measures, on the given tracker, opening with the first roll-up, a full roll-up, a "
        "plain SQL baseline for the same strategy figure, recording one update (on a "
        "temporary copy: the tracker is never written) and each report format. Prints the "
        "median, minimum and maximum of each, and the peak memory."));
    parser.addPositionalArgument(QStringLiteral("DB"), Messages::tr("tracker file"));
    const QCommandLineOption asOfOption(QStringLiteral("as-of"),
                                        Messages::tr("date of the figures (default: today)"),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        Messages::tr("runs of each step, 1 to 100 (default 5)"),
                                        QStringLiteral("N"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Messages::tr("print JSON"));
    parser.addOptions({asOfOption, runsOption, jsonOption});
    if (!parseCommandLine(parser, context, QStringLiteral("bench"), 1, 1)) {
        return 0;
    }
    BenchRun run;
    run.file = parser.positionalArguments().at(0);
    run.today = context.today;
    run.asOf =
        parser.isSet(asOfOption) ? parseDate(parser.value(asOfOption), "--as-of") : context.today;
    if (parser.isSet(runsOption)) {
        run.runs = parseInteger(parser.value(runsOption), QStringLiteral("--runs"));
        if (run.runs < 1 || run.runs > 100) {
            throw Error(Messages::tr("--runs: %1 is not between 1 and 100").arg(run.runs));
        }
    }
    BenchResult result;
    measureFigures(run, result);
    measureReports(run, result);
    measureRecording(run, result);
    result.peakAtEnd = peakMemoryMiB();
    if (parser.isSet(jsonOption)) {
        writeJson(context, resultJson(run, result));
    } else {
        printResult(context, run, result);
    }
    return 0;
}

} // namespace pml::cli
