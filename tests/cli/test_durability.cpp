#include "cli_runner.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QThread>

#include <catch2/catch.hpp>
#include <random>

using namespace pml::test;

// SIGKILL at any moment of a stream of updates never loses one that was reported as
// recorded, and leaves a tracker that `check` finds clean.
TEST_CASE("killing update commands with SIGKILL loses no reported update", "[cli][durability]")
{
    TrackerFixture tracker;
    std::mt19937 random(20260630);
    const QStringList codes{"14.C1", "6.C7", "21.C1", "1.ML2", "20.L2"};
    const QRegularExpression recorded("recorded update (\\d+): ");
    QSet<qint64> reported;
    QSet<QString> reportedNotes;
    int killedBeforeReport = 0;

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("PML_TODAY", testToday);
    environment.insert("USER", "tester");
    environment.insert("LC_ALL", "C.UTF-8");
    for (int i = 0; i < 200; ++i) {
        const QString note = QStringLiteral("update %1").arg(i);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(PML_CLI_PATH,
                      {"update", tracker.db, codes.at(i % codes.size()), "--status", "in_progress",
                       "--percent", QString::number(1 + i % 99), "--note", note});
        REQUIRE(process.waitForStarted());
        if (i % 3 == 0) {
            // Right after it reports: the process may still be closing the database.
            process.waitForReadyRead(10000);
        } else {
            // At a random moment: before, during or after the write.
            QThread::usleep(std::uniform_int_distribution<int>(0, 40000)(random));
        }
        process.kill(); // SIGKILL
        process.waitForFinished();
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const auto match = recorded.match(out);
        if (match.hasMatch()) {
            reported.insert(match.captured(1).toLongLong());
            reportedNotes.insert(note);
        } else {
            ++killedBeforeReport;
        }
    }
    INFO("reported " << reported.size() << ", killed before reporting " << killedBeforeReport);
    CHECK(reported.size() >= 60);

    const CliResult check = runCli({"check", tracker.db});
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.exitCode == 0);

    const auto history = runJson({"history", tracker.db, "--json"});
    QSet<qint64> ids;
    QSet<QString> notes;
    for (const auto& update : history) {
        ids.insert(update.at("id").get<qint64>());
        notes.insert(QString::fromStdString(update.at("note").get<std::string>()));
    }
    for (qint64 id : reported) {
        INFO("update " << id);
        CHECK(ids.contains(id));
    }
    for (const QString& note : reportedNotes) {
        INFO(note.toStdString());
        CHECK(notes.contains(note));
    }
    // Still usable after all that: one more update goes in and is counted.
    runOk({"update", tracker.db, "14.C2", "--status", "completed"});
    CHECK(runJson({"history", tracker.db, "14.C2", "--json"}).size() == 1);
}
