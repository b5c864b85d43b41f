#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>
#include <optional>

namespace pml::test {

// "Today" of every CLI run in these tests, unless a test says otherwise.
inline const QString testToday = QStringLiteral("2026-06-30");

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the built pml-tracker-cli with PML_TODAY fixed and USER=tester.
CliResult runCli(const QStringList& arguments, const QString& today = testToday);
// The same with more environment variables ("NAME=value").
CliResult runCliWith(const QStringList& arguments, const QStringList& environment);
// Any program (sqlite3, setpriv...), with standard input and the same environment.
CliResult runProgram(const QString& program, const QStringList& arguments,
                     const QStringList& environment = {}, const QByteArray& input = {});
// Runs it and requires exit code 0 (prints the output on failure).
CliResult runOk(const QStringList& arguments, const QString& today = testToday);
nlohmann::json runJson(const QStringList& arguments, const QString& today = testToday);

// A temporary folder with a tracker created by `init --start 2026-01-01`.
struct TrackerFixture {
    QTemporaryDir dir;
    QString db;
    TrackerFixture();
    QString path(const QString& name) const { return dir.filePath(name); }
};

// What a tracker holds, byte for byte: its export and its files on disk (after the
// export, so that whatever opening it does is part of both states).
struct TrackerState {
    QByteArray exported;
    QStringList files; // names in the tracker's folder with their SHA-256
    bool operator==(const TrackerState&) const = default;
};
TrackerState trackerState(const QString& db);
QString describe(const TrackerState& state);

QByteArray readFile(const QString& file);
void writeFile(const QString& file, const QByteArray& content);
QStringList folderListing(const QString& folder); // names with their SHA-256

// Whether a message carries SQLite's or Qt's own text, which users must never see.
bool hasDriverText(const QString& message);

// Look-ups in `show --json`.
const nlohmann::json& lineOf(const nlohmann::json& show, int number);
const nlohmann::json& objectiveOf(const nlohmann::json& show, int number);
const nlohmann::json& activityOf(const nlohmann::json& show, const std::string& code);

} // namespace pml::test
