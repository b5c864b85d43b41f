#include "cli_runner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace pml::test {
namespace {

// The settings the programs keep (the witness of each tracker's history), apart from the
// user's own and shared by the commands of one test run.
QString settingsFolder()
{
    static const QTemporaryDir folder;
    return folder.path();
}

} // namespace

CliResult runCli(const QStringList& arguments, const QString& today)
{
    return runCliWith(arguments, {QStringLiteral("PML_TODAY=") + today});
}

CliResult runCliWith(const QStringList& arguments, const QStringList& environment)
{
    return runProgram(QStringLiteral(PML_CLI_PATH), arguments, environment);
}

CliResult runProgram(const QString& program, const QStringList& arguments,
                     const QStringList& environment, const QByteArray& input)
{
    QProcess process;
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    variables.insert(QStringLiteral("PML_TODAY"), testToday);
    variables.insert(QStringLiteral("USER"), QStringLiteral("tester"));
    variables.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    variables.insert(QStringLiteral("XDG_CONFIG_HOME"), settingsFolder());
    for (const QString& assignment : environment) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        variables.insert(assignment.left(equals), assignment.mid(equals + 1));
    }
    process.setProcessEnvironment(variables);
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        FAIL(program.toStdString() << " did not finish: " << arguments.join(' ').toStdString());
    }
    CliResult result;
    result.exitCode =
        process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

CliResult runOk(const QStringList& arguments, const QString& today)
{
    CliResult result = runCli(arguments, today);
    INFO("pml-tracker-cli " << arguments.join(' ').toStdString()
                            << "\nstdout: " << result.out.toStdString()
                            << "\nstderr: " << result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    return result;
}

nlohmann::json runJson(const QStringList& arguments, const QString& today)
{
    const CliResult result = runOk(arguments, today);
    return nlohmann::json::parse(result.out.toStdString());
}

TrackerFixture::TrackerFixture()
{
    REQUIRE(dir.isValid());
    db = dir.filePath(QStringLiteral("tracker.pml"));
    runOk({QStringLiteral("init"), db, QStringLiteral("--start"), QStringLiteral("2026-01-01")});
}

QByteArray readFile(const QString& file)
{
    QFile in(file);
    REQUIRE(in.open(QIODevice::ReadOnly));
    return in.readAll();
}

void writeFile(const QString& file, const QByteArray& content)
{
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(out.write(content) == content.size());
}

QStringList folderListing(const QString& folder)
{
    QStringList listing;
    const QFileInfoList entries =
        QDir(folder).entryInfoList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    for (const QFileInfo& entry : entries) {
        const QByteArray hash =
            QCryptographicHash::hash(readFile(entry.filePath()), QCryptographicHash::Sha256);
        listing.append(entry.fileName() + QLatin1Char(' ') + QString::fromLatin1(hash.toHex()));
    }
    return listing;
}

bool hasDriverText(const QString& message)
{
    for (const char* marker : {"Unable to", "(in:", "malformed", "no such", "Database error",
                               "disk I/O", "SQL logic", "database is locked"}) {
        if (message.contains(QLatin1String(marker))) {
            return true;
        }
    }
    return false;
}

TrackerState trackerState(const QString& db)
{
    QTemporaryDir exportDir;
    REQUIRE(exportDir.isValid());
    const QString file = exportDir.filePath(QStringLiteral("state.json"));
    runOk({QStringLiteral("export"), db, file});
    TrackerState state;
    state.exported = readFile(file);
    state.files = folderListing(QFileInfo(db).absolutePath());
    return state;
}

QString describe(const TrackerState& state)
{
    return state.files.join(QLatin1Char('\n')) +
           QStringLiteral("\nexport: %1 bytes").arg(state.exported.size());
}

const nlohmann::json& lineOf(const nlohmann::json& show, int number)
{
    for (const auto& line : show.at("lines")) {
        if (line.at("number") == number) {
            return line;
        }
    }
    FAIL("no line " << number);
    throw std::logic_error("unreachable");
}

const nlohmann::json& objectiveOf(const nlohmann::json& show, int number)
{
    for (const auto& line : show.at("lines")) {
        for (const auto& group : line.at("barrier_groups")) {
            for (const auto& objective : group.at("objectives")) {
                if (objective.at("number") == number) {
                    return objective;
                }
            }
        }
    }
    FAIL("no objective " << number);
    throw std::logic_error("unreachable");
}

const nlohmann::json& activityOf(const nlohmann::json& show, const std::string& code)
{
    for (const auto& line : show.at("lines")) {
        for (const auto& group : line.at("barrier_groups")) {
            for (const auto& objective : group.at("objectives")) {
                for (const auto& activity : objective.at("activities")) {
                    if (activity.at("code") == code) {
                        return activity;
                    }
                }
            }
        }
    }
    FAIL("no activity " << code);
    throw std::logic_error("unreachable");
}

} // namespace pml::test
