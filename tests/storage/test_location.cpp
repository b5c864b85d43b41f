// Where a tracker lives: a file or a server address, read from what a user typed.
#include "support.h"

#include <QDir>

using namespace pml;
using namespace pml::test;

TEST_CASE("a file path is a file location, named as given", "[location]")
{
    const TrackerLocation location =
        TrackerLocation::parse(QStringLiteral("datos/pml 2026.sqlite"));
    CHECK(location.isFile());
    CHECK(location.filePath() == QStringLiteral("datos/pml 2026.sqlite"));
    CHECK(location.displayName() == QStringLiteral("pml 2026.sqlite"));
    CHECK(location.filesToProtect() == QStringList{QStringLiteral("datos/pml 2026.sqlite")});
    CHECK(TrackerLocation::parse(location.text()) == location);
}

TEST_CASE("a server address is read into its parts and written back the same", "[location]")
{
    const TrackerLocation location = TrackerLocation::parse(
        QStringLiteral("postgresql://ana@db.minam.example:5433/pml?sslmode=verify-full"));
    REQUIRE(location.isServer());
    const ServerAddress& a = location.serverAddress();
    CHECK(a.user == QStringLiteral("ana"));
    CHECK(a.host == QStringLiteral("db.minam.example"));
    CHECK(a.port == 5433);
    CHECK(a.database == QStringLiteral("pml"));
    CHECK(a.sslMode == QStringLiteral("verify-full"));
    CHECK(location.filePath().isEmpty());
    CHECK(location.filesToProtect().isEmpty());
    CHECK(TrackerLocation::parse(location.text()) == location);
    const TrackerLocation plain = TrackerLocation::parse(QStringLiteral("postgres://host/pml"));
    CHECK(plain.serverAddress().port == 5432);
    CHECK(plain.serverAddress().user.isEmpty());
    CHECK(plain.serverAddress().sslMode.isEmpty());
}

TEST_CASE("a bad address is refused with a sentence naming the problem", "[location]")
{
    const auto refusal = [](const char* text) {
        return errorOf([&] { TrackerLocation::parse(QString::fromUtf8(text)); });
    };
    CHECK(refusal("").contains("No tracker was given"));
    CHECK(refusal("postgresql://ana:secreto@host/pml").contains("password"));
    CHECK_FALSE(refusal("postgresql://ana:secreto@host/pml").contains("secreto"));
    CHECK_FALSE(refusal("postgresql://ana:secreto@host").contains("secreto"));
    CHECK(refusal("postgresql://host").contains("names no database"));
    CHECK(refusal("postgresql:///pml").contains("names no server"));
    CHECK(refusal("postgresql://host/pml?sslmode=maybe").contains("sslmode must be one of"));
    CHECK(refusal("postgresql://host/pml?user=x").contains("only the setting sslmode"));
    CHECK(refusal("postgresql://host:99999/pml").contains("not written as"));
    CHECK(refusal("https://example.org/t.sqlite").contains("neither a file nor"));
}

TEST_CASE("a server location is refused by this build without touching anything", "[location]")
{
    const TrackerLocation server = TrackerLocation::parse(QStringLiteral("postgresql://h/pml"));
    CHECK(errorOf([&] { openTracker(server); }).contains("opens tracker files only"));
    CHECK(errorOf([&] { createTracker(server, freshContent()); }).contains("tracker files only"));
    CHECK(errorOf([&] { openTracker(TrackerLocation()); }).contains("No tracker was given"));
}

TEST_CASE("a store names its location and reports its size", "[location]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("t.pml"));
    auto store = createTracker(TrackerLocation::file(file), freshContent());
    CHECK(store->location() == TrackerLocation::file(file));
    const qint64 before = store->storedBytes();
    CHECK(before > 0);
    CHECK(before % 512 == 0); // whole pages
    auto other = openTracker(TrackerLocation::file(file), OpenMode::ReadOnly);
    CHECK(other->storedBytes() == before);
}
