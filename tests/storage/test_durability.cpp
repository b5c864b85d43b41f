#include "durability_child.h"
#include "support.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSet>

#include <csignal>
#include <cstdio>

using namespace pml;
using namespace pml::test;

int pml::test::recordForever(const QString& file)
{
    auto store = openTrackerFile(file);
    const QDate today(2024, 6, 1);
    const auto& activities = store->loadSnapshot(false).strategy.activities;
    for (int i = 0;; ++i) {
        const QString code = activities[i % activities.size()].code;
        const auto rows =
            store->recordUpdates({request(code, Status::InProgress, 1 + i % 99, today)}, today);
        std::printf("%lld\n", static_cast<long long>(rows[0].id));
        std::fflush(stdout);
    }
}

TEST_CASE("durability: every update reported as recorded survives SIGKILL")
{
    QTemporaryDir dir;
    const QString file = dir.filePath("t.pml");
    createTrackerFile(file, freshContent());
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {kRecordForever, file});
    REQUIRE(child.waitForStarted());
    QByteArray output;
    while (output.count('\n') < 200 && child.state() == QProcess::Running) {
        child.waitForReadyRead(5000);
        output += child.readAllStandardOutput();
    }
    // Only a running child: processId() is 0 once it has ended, and kill(0) would kill
    // the whole process group (the test runner with it).
    if (child.state() == QProcess::Running) {
        ::kill(pid_t(child.processId()), SIGKILL);
    }
    child.waitForFinished();
    output += child.readAllStandardOutput();
    // The last line may be cut short by the kill: only complete lines count.
    QSet<qint64> reported;
    for (const QByteArray& line : output.left(output.lastIndexOf('\n')).split('\n')) {
        if (!line.isEmpty()) {
            reported.insert(line.toLongLong());
        }
    }
    REQUIRE(reported.size() >= 200);
    auto store = openTrackerFile(file);
    QSet<qint64> stored;
    for (const StatusUpdate& u : store->history()) {
        stored.insert(u.id);
    }
    for (qint64 id : reported) {
        CHECK(stored.contains(id));
    }
    CHECK(store->check().isEmpty());
}
