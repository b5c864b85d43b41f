// Reads that must not grow with the history, reads of one moment, and what a damaged or
// busy tracker tells the user.
#include "storage/sql_support.h"
#include "support.h"

#include <QDir>
#include <QFile>

using namespace pml;
using namespace pml::test;

namespace {

const QDate kToday{2026, 7, 10};
const Quarter kQ2{2026, 2};

struct ReadFixture {
    QTemporaryDir dir;
    QString file = dir.filePath("t.pml");
    std::unique_ptr<TrackerStore> store;

    ReadFixture()
    {
        TrackerContent c = freshContent();
        c.settings.start = QDate(2026, 1, 1);
        store = createTrackerFile(file, c);
    }
    // `count` updates of `code` in Q2, each with a link; every other one withdrawn and
    // restored.
    QList<qint64> addUpdates(const QString& code, int count)
    {
        QList<qint64> ids;
        for (int i = 0; i < count; ++i) {
            const qint64 id = store
                                  ->recordUpdates({request(code, Status::InProgress, 10 + i,
                                                           QDate(2026, 4, 1).addDays(i))},
                                                  kToday)
                                  .constFirst()
                                  .id;
            EvidenceRequest link;
            link.update = id;
            link.url = QStringLiteral("https://example.org/acta-%1").arg(id);
            store->addEvidence(link);
            if (i % 2 == 1) {
                store->setWithdrawn(id, true, {});
                store->setWithdrawn(id, false, {});
            }
            ids.append(id);
        }
        return ids;
    }
};

template <typename Item>
QList<qint64> idsOf(const QList<Item>& items)
{
    QList<qint64> ids;
    for (const Item& item : items) {
        ids.append(item.id);
    }
    return ids;
}

template <typename Read>
qint64 statementsOf(Read&& read)
{
    const qint64 before = sql::statementCount();
    read();
    return sql::statementCount() - before;
}

// Shortens how long another connection waits for a lock, while it lives.
struct ShortBusyWait {
    ShortBusyWait() { qputenv("PML_BUSY_TIMEOUT_MS", "100"); }
    ~ShortBusyWait() { qunsetenv("PML_BUSY_TIMEOUT_MS"); }
};

} // namespace

TEST_CASE("evidenceFor: one read however many updates", "[reads]")
{
    ReadFixture f;
    const QList<qint64> few = f.addUpdates(QStringLiteral("11.C1"), 2);
    const QList<qint64> many = few + f.addUpdates(QStringLiteral("11.C2"), 8);
    QList<Evidence> listed;
    const qint64 forFew = statementsOf([&] { f.store->evidenceFor(few); });
    const qint64 forMany = statementsOf([&] { listed = f.store->evidenceFor(many); });
    CHECK(forMany == forFew);
    REQUIRE(listed.size() == many.size());
    for (int i = 0; i < many.size(); ++i) {
        CHECK(*listed.at(i).update == many.at(i)); // in the order asked
    }
}

TEST_CASE("evidenceOfPeriod: a report's evidence in one read", "[reads]")
{
    ReadFixture f;
    const QList<qint64> few = f.addUpdates(QStringLiteral("11.C1"), 2);
    EvidenceRequest quarterLink;
    quarterLink.quarter = kQ2;
    quarterLink.line = 2;
    quarterLink.url = QStringLiteral("https://example.org/informe-t2");
    f.store->addEvidence(quarterLink);
    const QDate from(2026, 4, 1);
    const QDate to(2026, 6, 30);
    const qint64 forFew = statementsOf([&] { f.store->evidenceOfPeriod(from, to, kQ2); });
    const QList<qint64> many = few + f.addUpdates(QStringLiteral("14.C1"), 8);
    QList<Evidence> listed;
    const qint64 forMany = statementsOf([&] { listed = f.store->evidenceOfPeriod(from, to, kQ2); });
    CHECK(forMany == forFew);
    CHECK(idsOf(listed) == idsOf(f.store->evidenceFor(many) + f.store->evidenceFor({}, kQ2, 2)));
}

TEST_CASE("activityHistory: updates, events and evidence in one read", "[reads]")
{
    ReadFixture f;
    const QString code = QStringLiteral("11.C1");
    f.addUpdates(code, 2);
    const qint64 forFew = statementsOf([&] { f.store->activityHistory(code); });
    f.addUpdates(code, 8);
    f.addUpdates(QStringLiteral("11.C2"), 3); // another activity's history is not read
    ActivityHistory history;
    const qint64 forMany = statementsOf([&] { history = f.store->activityHistory(code); });
    CHECK(forMany == forFew);
    CHECK(idsOf(history.updates) == idsOf(f.store->history(code)));
    QList<WithdrawalEvent> events;
    QList<qint64> ids;
    for (const StatusUpdate& u : history.updates) {
        events << f.store->withdrawals(u.id);
        ids << u.id;
    }
    CHECK(idsOf(history.withdrawals) == idsOf(events));
    CHECK(history.withdrawals.size() == 10); // 5 updates withdrawn and restored
    CHECK(idsOf(history.evidence) == idsOf(f.store->evidenceFor(ids)));
    CHECK(errorOf([&] { f.store->activityHistory(QStringLiteral("99.C9")); }).contains("99.C9"));
}

TEST_CASE("updatesEffectiveBetween: only the activities named, in one read", "[reads]")
{
    ReadFixture f;
    f.addUpdates(QStringLiteral("11.C1"), 2);
    f.addUpdates(QStringLiteral("11.C2"), 3);
    f.addUpdates(QStringLiteral("14.C1"), 4);
    const QDate from(2026, 4, 1);
    const QDate to(2026, 6, 30);
    const QStringList one{QStringLiteral("11.C1")};
    const QStringList two{QStringLiteral("11.C1"), QStringLiteral("14.C1")};
    QList<StatusUpdate> ofOne;
    QList<StatusUpdate> ofTwo;
    const qint64 forOne =
        statementsOf([&] { ofOne = f.store->updatesEffectiveBetween(from, to, one); });
    const qint64 forTwo =
        statementsOf([&] { ofTwo = f.store->updatesEffectiveBetween(from, to, two); });
    CHECK(forTwo == forOne);
    QList<StatusUpdate> expected;
    for (const StatusUpdate& u : f.store->updatesEffectiveBetween(from, to)) {
        if (two.contains(u.activity)) {
            expected.append(u);
        }
    }
    CHECK(ofOne.size() == 2);
    CHECK(idsOf(ofTwo) == idsOf(expected)); // in recording order, withdrawn state kept
    CHECK(ofTwo.size() == 6);
}

TEST_CASE("a read transaction sees one moment; another program waits", "[reads]")
{
    ReadFixture f;
    f.addUpdates(QStringLiteral("11.C1"), 2);
    const ShortBusyWait wait;
    auto other = openTrackerFile(f.file);
    const QDate from(2026, 4, 1);
    const QDate to(2026, 6, 30);
    const UpdateRequest late = request(QStringLiteral("14.C1"), Status::InProgress, 50, to);
    {
        const auto reading = f.store->beginRead();
        const QList<StatusUpdate> first = f.store->updatesEffectiveBetween(from, to);
        const QByteArray head = f.store->auditHead();
        const auto nested = f.store->beginRead(); // harmless
        const Error refused = [&] {
            try {
                other->recordUpdates({late}, kToday);
            } catch (const Error& e) {
                return e;
            }
            return Error(QString());
        }();
        CHECK(refused.message().contains(QDir::toNativeSeparators(f.file)));
        CHECK(refused.message().contains("in use"));
        CHECK_FALSE(refused.details().isEmpty()); // SQLite's own words, kept apart
        CHECK_FALSE(refused.message().contains(refused.details()));
        CHECK(idsOf(f.store->updatesEffectiveBetween(from, to)) == idsOf(first));
        CHECK(f.store->auditHead() == head);
        // This store cannot write while it reads either.
        CHECK(errorOf([&] { f.store->recordUpdates({late}, kToday); }).contains("being read"));
    }
    other->recordUpdates({late}, kToday);
    CHECK(f.store->updatesEffectiveBetween(from, to).size() == 3);
}

TEST_CASE("check: a damaged file is described in sentences, not SQLite's lines", "[reads]")
{
    ReadFixture f;
    f.addUpdates(QStringLiteral("11.C1"), 3);
    int page = 0;
    int pageSize = 0;
    {
        sql::Connection connection(f.file, true);
        page = sql::scalar(connection.database(),
                           QStringLiteral("SELECT rootpage FROM sqlite_master WHERE type = 'index' "
                                          "AND tbl_name = 'status_updates' LIMIT 1"))
                   .toInt();
        pageSize = sql::scalar(connection.database(), QStringLiteral("PRAGMA page_size")).toInt();
    }
    REQUIRE(page > 1);
    f.store.reset();
    QByteArray bytes = readBytes(f.file);
    // Garbage over the index's root page (its header and cell pointers).
    for (int i = 0; i < 64; ++i) {
        bytes[qsizetype(page - 1) * pageSize + i] = char(0x7f);
    }
    writeBytes(f.file, bytes);
    const QStringList problems = openTrackerFile(f.file, OpenMode::ReadOnly)->check();
    REQUIRE_FALSE(problems.isEmpty());
    for (const QString& problem : problems) {
        CHECK(problem.contains(QDir::toNativeSeparators(f.file)));
        CHECK_FALSE(problem.contains("btree", Qt::CaseInsensitive));
        CHECK_FALSE(problem.contains("Tree "));
        CHECK_FALSE(problem.contains("Integrity check:"));
    }
}
