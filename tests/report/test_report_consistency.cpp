// A report read from a tracker that another program writes to meanwhile: its figures,
// updates, evidence and fingerprint must all come from one moment.
#include "core/error.h"
#include "report_fixture.h"
#include "review_fixture.h"

#include <catch2/catch.hpp>
#include <functional>

using namespace pml;
using namespace pml::test;

namespace {

// Passes every call to `inner`; after the first read of figures, runs `between` once (as
// another program that records while the report is being read).
class InterruptedStore final : public TrackerStore {
public:
    InterruptedStore(TrackerStore& inner, std::function<void()> between)
        : m_inner(inner)
        , m_between(std::move(between))
    {
    }

    TrackerLocation location() const override { return m_inner.location(); }
    qint64 storedBytes() override { return m_inner.storedBytes(); }
    QByteArray chainOrigin() override { return m_inner.chainOrigin(); }
    OpeningCheck checkOnOpening(const std::optional<ChainMark>& seen) override
    {
        return m_inner.checkOnOpening(seen);
    }
    void refuseWrites(const QString& reason) override { m_inner.refuseWrites(reason); }
    void setAtClose(std::function<void(TrackerStore&)> atClose) override
    {
        m_inner.setAtClose(std::move(atClose));
    }
    bool isReadOnly() const override { return m_inner.isReadOnly(); }
    std::unique_ptr<ReadTransaction> beginRead() override { return m_inner.beginRead(); }
    Snapshot loadSnapshotAt(const QList<QDate>& dates, Detail detail) override
    {
        Snapshot snapshot = m_inner.loadSnapshotAt(dates, detail);
        if (m_between) {
            std::exchange(m_between, {})();
        }
        return snapshot;
    }
    QList<StatusUpdate> updatesInForce(const QDate& date, const QStringList& activities) override
    {
        return m_inner.updatesInForce(date, activities);
    }
    QList<StatusUpdate> updatesEffectiveBetween(const QDate& from, const QDate& to,
                                                const QStringList& activities = {}) override
    {
        return m_inner.updatesEffectiveBetween(from, to, activities);
    }
    Snapshot loadActivityContext(const QString& activity) override
    {
        return m_inner.loadActivityContext(activity);
    }
    Snapshot loadSnapshot(bool withText) override { return m_inner.loadSnapshot(withText); }
    Settings settings() override { return m_inner.settings(); }
    QList<StatusUpdate> history(const QString& activity) override
    {
        return m_inner.history(activity);
    }
    QList<WithdrawalEvent> withdrawals(qint64 update) override
    {
        return m_inner.withdrawals(update);
    }
    ActivityHistory activityHistory(const QString& activity) override
    {
        return m_inner.activityHistory(activity);
    }
    TrackerContent exportContent() override { return m_inner.exportContent(); }
    QList<StatusUpdate> recordUpdates(const QList<UpdateRequest>& requests,
                                      const QDate& today) override
    {
        return m_inner.recordUpdates(requests, today);
    }
    using TrackerStore::setWithdrawn;
    QList<WithdrawalEvent> setWithdrawn(const QList<qint64>& updates, bool withdrawn,
                                        const QString& recordedBy) override
    {
        return m_inner.setWithdrawn(updates, withdrawn, recordedBy);
    }
    ActivityChange changeActivity(const QString& activity, const std::optional<Planning>& planning,
                                  const std::optional<Responsibility>& responsibility) override
    {
        return m_inner.changeActivity(activity, planning, responsibility);
    }
    Settings setSettings(const Settings& settings) override
    {
        return m_inner.setSettings(settings);
    }
    qint64 addActor(const QString& name, const QString& shortName, ActorGroup group) override
    {
        return m_inner.addActor(name, shortName, group);
    }
    Actor updateActor(const Actor& actor) override { return m_inner.updateActor(actor); }
    void setActingUser(const QString& name) override { m_inner.setActingUser(name); }
    QString actingUser() const override { return m_inner.actingUser(); }
    QList<Person> people() override { return m_inner.people(); }
    void addPerson(const QString& name, const QList<Role>& roles) override
    {
        m_inner.addPerson(name, roles);
    }
    QList<Role> setPersonRoles(const QString& name, const QList<Role>& roles) override
    {
        return m_inner.setPersonRoles(name, roles);
    }
    QList<Role> removePerson(const QString& name) override { return m_inner.removePerson(name); }
    ReviewTransition review(const ReviewRequest& request, const QDate& today) override
    {
        return m_inner.review(request, today);
    }
    QList<ReviewTransition> reviewTransitions(const Quarter& quarter, int line) override
    {
        return m_inner.reviewTransitions(quarter, line);
    }
    QList<ReviewTransition> allReviewTransitions() override
    {
        return m_inner.allReviewTransitions();
    }
    std::optional<FrozenLine> frozenLine(const Quarter& quarter, int line) override
    {
        return m_inner.frozenLine(quarter, line);
    }
    Evidence addEvidence(const EvidenceRequest& request) override
    {
        return m_inner.addEvidence(request);
    }
    void withdrawEvidence(qint64 evidence, const QString& reason) override
    {
        m_inner.withdrawEvidence(evidence, reason);
    }
    QList<Evidence> evidenceFor(const QList<qint64>& updates, const std::optional<Quarter>& quarter,
                                int line) override
    {
        return m_inner.evidenceFor(updates, quarter, line);
    }
    QList<Evidence> evidenceOfPeriod(const QDate& from, const QDate& to,
                                     const Quarter& quarter) override
    {
        return m_inner.evidenceOfPeriod(from, to, quarter);
    }
    Evidence evidence(qint64 id) override { return m_inner.evidence(id); }
    QByteArray evidenceContent(qint64 id) override { return m_inner.evidenceContent(id); }
    QList<AuditEntry> auditLog(const AuditFilter& filter) override
    {
        return m_inner.auditLog(filter);
    }
    QByteArray auditHead() override { return m_inner.auditHead(); }
    std::optional<QString> fingerprintProblem(const QByteArray& fingerprint) override
    {
        return m_inner.fingerprintProblem(fingerprint);
    }
    qint64 externalChangeCounter() override { return m_inner.externalChangeCounter(); }
    QStringList check() override { return m_inner.check(); }
    void writeConsistentCopy(const QString& file) override { m_inner.writeConsistentCopy(file); }

private:
    TrackerStore& m_inner;
    std::function<void()> m_between;
};

// Shortens how long the other program waits for the report's read to end, while it lives.
struct ShortBusyWait {
    ShortBusyWait() { qputenv("PML_BUSY_TIMEOUT_MS", "100"); }
    ~ShortBusyWait() { qunsetenv("PML_BUSY_TIMEOUT_MS"); }
};

} // namespace

TEST_CASE("a report reads one moment while another program records", "[report][consistency]")
{
    const auto tracker = approvedLine2Tracker();
    const ReportModel expected = q2Report(*tracker->store);

    const ShortBusyWait wait;
    auto other = openTrackerFile(tracker->file);
    bool otherRecorded = false;
    InterruptedStore store(*tracker->store, [&] {
        try {
            // Line 3's quarter is open: this changes its figures, updates and the log.
            other->recordUpdates({updateRequest(QStringLiteral("14.C1"), Status::InProgress, 90,
                                                QDate(2026, 6, 25))},
                                 testToday());
            otherRecorded = true;
        } catch (const Error&) {
            // Waiting for the report's read to end took too long: refused, nothing changed.
        }
    });
    const ReportModel model = q2Report(store);

    CHECK(model.fingerprint == expected.fingerprint);
    CHECK(model.updatesInQuarter == expected.updatesInQuarter);
    CHECK(written(model, ReportFormat::Json) == written(expected, ReportFormat::Json));
    // The other program's update is in the tracker now only if it was recorded; then a
    // report made afterwards shows it, so the one above really did not.
    if (otherRecorded) {
        CHECK(q2Report(*tracker->store).updatesInQuarter == expected.updatesInQuarter + 1);
    } else {
        CHECK(q2Report(*tracker->store).fingerprint == expected.fingerprint);
    }
}
