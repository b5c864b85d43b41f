#pragma once

#include "storage/tracker_store.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <memory>

namespace pml::test {

// A store that forwards every call to a real one and notes the history reads asked of
// it, so a test can tell what a view read.
class CountingStore : public TrackerStore {
public:
    struct InForceRead {
        QDate date;
        QStringList activities; // empty: every activity
    };
    explicit CountingStore(std::unique_ptr<TrackerStore> inner)
        : m_inner(std::move(inner))
    {
    }
    QList<QList<QDate>> snapshotReads; // the dates of each loadSnapshotAt()
    QList<InForceRead> inForceReads;
    int historyReads = 0; // loadSnapshot() and history()

    using TrackerStore::setWithdrawn;
    TrackerLocation location() const override { return m_inner->location(); }
    qint64 storedBytes() override { return m_inner->storedBytes(); }
    QByteArray chainOrigin() override { return m_inner->chainOrigin(); }
    OpeningCheck checkOnOpening(const std::optional<ChainMark>& seen) override
    {
        return m_inner->checkOnOpening(seen);
    }
    void refuseWrites(const QString& reason) override { m_inner->refuseWrites(reason); }
    void setAtClose(std::function<void(TrackerStore&)> atClose) override
    {
        m_inner->setAtClose(std::move(atClose));
    }
    bool isReadOnly() const override { return m_inner->isReadOnly(); }
    Snapshot loadSnapshotAt(const QList<QDate>& dates, Detail detail) override
    {
        snapshotReads.append(dates);
        return m_inner->loadSnapshotAt(dates, detail);
    }
    QList<StatusUpdate> updatesInForce(const QDate& date, const QStringList& activities) override
    {
        inForceReads.append({date, activities});
        return m_inner->updatesInForce(date, activities);
    }
    QList<StatusUpdate> updatesEffectiveBetween(const QDate& from, const QDate& to,
                                                const QStringList& activities = {}) override
    {
        return m_inner->updatesEffectiveBetween(from, to, activities);
    }
    Snapshot loadActivityContext(const QString& activity) override
    {
        return m_inner->loadActivityContext(activity);
    }
    Snapshot loadSnapshot(bool withText) override
    {
        ++historyReads;
        return m_inner->loadSnapshot(withText);
    }
    Settings settings() override { return m_inner->settings(); }
    QList<StatusUpdate> history(const QString& activity) override
    {
        ++historyReads;
        return m_inner->history(activity);
    }
    QList<WithdrawalEvent> withdrawals(qint64 update) override
    {
        return m_inner->withdrawals(update);
    }
    TrackerContent exportContent() override { return m_inner->exportContent(); }
    std::unique_ptr<ReadTransaction> beginRead() override { return m_inner->beginRead(); }
    ActivityHistory activityHistory(const QString& activity) override
    {
        return m_inner->activityHistory(activity);
    }
    QList<StatusUpdate> recordUpdates(const QList<UpdateRequest>& requests,
                                      const QDate& today) override
    {
        return m_inner->recordUpdates(requests, today);
    }
    QList<WithdrawalEvent> setWithdrawn(const QList<qint64>& updates, bool withdrawn,
                                        const QString& recordedBy) override
    {
        return m_inner->setWithdrawn(updates, withdrawn, recordedBy);
    }
    ActivityChange changeActivity(const QString& activity, const std::optional<Planning>& planning,
                                  const std::optional<Responsibility>& responsibility) override
    {
        return m_inner->changeActivity(activity, planning, responsibility);
    }
    Settings setSettings(const Settings& settings) override
    {
        return m_inner->setSettings(settings);
    }
    qint64 addActor(const QString& name, const QString& shortName, ActorGroup group) override
    {
        return m_inner->addActor(name, shortName, group);
    }
    Actor updateActor(const Actor& actor) override { return m_inner->updateActor(actor); }
    void setActingUser(const QString& name) override { m_inner->setActingUser(name); }
    QString actingUser() const override { return m_inner->actingUser(); }
    QList<Person> people() override { return m_inner->people(); }
    void addPerson(const QString& name, const QList<Role>& roles) override
    {
        m_inner->addPerson(name, roles);
    }
    QList<Role> setPersonRoles(const QString& name, const QList<Role>& roles) override
    {
        return m_inner->setPersonRoles(name, roles);
    }
    QList<Role> removePerson(const QString& name) override { return m_inner->removePerson(name); }
    ReviewTransition review(const ReviewRequest& request, const QDate& today) override
    {
        return m_inner->review(request, today);
    }
    QList<ReviewTransition> reviewTransitions(const Quarter& quarter, int line) override
    {
        return m_inner->reviewTransitions(quarter, line);
    }
    QList<ReviewTransition> allReviewTransitions() override
    {
        return m_inner->allReviewTransitions();
    }
    std::optional<FrozenLine> frozenLine(const Quarter& quarter, int line) override
    {
        return m_inner->frozenLine(quarter, line);
    }
    Evidence addEvidence(const EvidenceRequest& request) override
    {
        return m_inner->addEvidence(request);
    }
    void withdrawEvidence(qint64 evidence, const QString& reason) override
    {
        m_inner->withdrawEvidence(evidence, reason);
    }
    QList<Evidence> evidenceFor(const QList<qint64>& updates, const std::optional<Quarter>& quarter,
                                int line) override
    {
        return m_inner->evidenceFor(updates, quarter, line);
    }
    QList<Evidence> evidenceOfPeriod(const QDate& from, const QDate& to,
                                     const Quarter& quarter) override
    {
        return m_inner->evidenceOfPeriod(from, to, quarter);
    }
    Evidence evidence(qint64 id) override { return m_inner->evidence(id); }
    QByteArray evidenceContent(qint64 id) override { return m_inner->evidenceContent(id); }
    QList<AuditEntry> auditLog(const AuditFilter& filter) override
    {
        return m_inner->auditLog(filter);
    }
    QByteArray auditHead() override { return m_inner->auditHead(); }
    std::optional<QString> fingerprintProblem(const QByteArray& fingerprint) override
    {
        return m_inner->fingerprintProblem(fingerprint);
    }
    qint64 externalChangeCounter() override { return m_inner->externalChangeCounter(); }
    QStringList check() override { return m_inner->check(); }
    void writeConsistentCopy(const QString& file) override { m_inner->writeConsistentCopy(file); }

private:
    std::unique_ptr<TrackerStore> m_inner;
};

} // namespace pml::test
