#include "cli_runner.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QThread>

#include <catch2/catch.hpp>
#include <memory>
#include <random>
#include <vector>

using namespace pml::test;

namespace {

QSet<QString> recordedNotes(const QString& db)
{
    QSet<QString> notes;
    for (const auto& update : runJson({"history", db, "--json"})) {
        notes.insert(QString::fromStdString(update.at("note").get<std::string>()));
    }
    return notes;
}

// The fixture's tracker lists its creator, "tester": writers act as that person.
QProcessEnvironment testerEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("USER"), QStringLiteral("tester"));
    return environment;
}

// Lines "recorded NOTE" that a killed writer printed before it died.
QStringList reportedNotes(QProcess& process)
{
    QStringList notes;
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    for (const QString& line : out.split('\n', Qt::SkipEmptyParts)) {
        if (line.startsWith("recorded ")) {
            notes << line.mid(9);
        }
    }
    return notes;
}

} // namespace

#ifdef PML_APP_WRITER_PATH
// The window's edit path (document → undo command → store), killed at random moments.
TEST_CASE("killing the application while it records loses no reported update",
          "[faults][durability]")
{
    TrackerFixture tracker;
    std::mt19937 random(7);
    QStringList reported;
    for (int i = 0; i < 20; ++i) {
        QProcess app;
        app.setProcessEnvironment(testerEnvironment());
        app.start(PML_APP_WRITER_PATH,
                  {"write", tracker.db, "1000", QStringLiteral("kill%1").arg(i)});
        REQUIRE(app.waitForStarted());
        app.waitForReadyRead(20000); // at least one update under way
        QThread::usleep(std::uniform_int_distribution<int>(0, 150000)(random));
        app.kill();
        app.waitForFinished();
        reported << reportedNotes(app);
    }
    INFO("updates reported before the kills: " << reported.size());
    CHECK(reported.size() >= 20);
    const QSet<QString> stored = recordedNotes(tracker.db);
    for (const QString& note : reported) {
        INFO(note.toStdString());
        CHECK(stored.contains(note));
    }
    CHECK(runCli({"check", tracker.db}).exitCode == 0);
}
#endif

TEST_CASE("concurrent writers and readers lose nothing and see no lock error",
          "[faults][concurrency]")
{
    TrackerFixture tracker;
    const QStringList codes{"14.C1", "6.C7", "21.C1", "1.ML2", "20.L2", "3.C1", "8.M1", "2.C1"};
    QSet<QString> expected;
    for (int writers : {4, 8}) {
        for (int round = 0; round < 6; ++round) {
            std::vector<std::unique_ptr<QProcess>> processes;
            const auto start = [&](const QString& program, const QStringList& arguments) {
                processes.push_back(std::make_unique<QProcess>());
                processes.back()->setProcessEnvironment(testerEnvironment());
                processes.back()->start(program, arguments);
            };
            for (int w = 0; w < writers; ++w) {
                const QString note = QStringLiteral("w%1-r%2-%3").arg(writers).arg(round).arg(w);
                expected.insert(note);
                start(PML_CLI_PATH, {"update", tracker.db, codes.at(w), "--status", "in_progress",
                                     "--percent", QString::number(10 + round), "--note", note});
            }
            start(PML_CLI_PATH, {"show", tracker.db, "--json"});
            start(PML_CLI_PATH, {"report", tracker.db, "--quarter", "2026-Q2", "--format", "json",
                                 "--output", tracker.path("r.json")});
#ifdef PML_APP_WRITER_PATH
            start(PML_APP_WRITER_PATH, {"read", tracker.db, "3"});
            start(PML_APP_WRITER_PATH,
                  {"write", tracker.db, "2", QStringLiteral("app%1-%2").arg(writers).arg(round)});
            expected.insert(QStringLiteral("app%1-%2-0").arg(writers).arg(round));
            expected.insert(QStringLiteral("app%1-%2-1").arg(writers).arg(round));
#endif
            for (auto& process : processes) {
                REQUIRE(process->waitForFinished(60000));
                const QString err = QString::fromUtf8(process->readAllStandardError());
                INFO(process->arguments().join(' ').toStdString()
                     << "\nstderr: " << err.toStdString());
                CHECK(process->exitCode() == 0);
                CHECK_FALSE(err.contains("in use"));
            }
        }
    }
    const QSet<QString> stored = recordedNotes(tracker.db);
    for (const QString& note : expected) {
        INFO(note.toStdString());
        CHECK(stored.contains(note));
    }
    CHECK(runCli({"check", tracker.db}).exitCode == 0);
}
