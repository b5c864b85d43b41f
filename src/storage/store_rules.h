#pragma once

#include "core/permissions.h"
#include "persistence.h"
#include "tracker_store.h"

#include <QDate>
#include <QString>

#include <memory>
#include <optional>

namespace pml {

// The tracker store every backend shares: the rules of each write and of the review
// cycle, written once over Persistence and holding no SQL. What lives here:
// - who acts: the acting user, and whether they (or the person a write is recorded
//   under) may do an operation (roles, core/permissions.h);
// - that a read-only store changes nothing;
// - the approved-quarter lock: nothing effective in a line's approved quarter changes,
//   and the evidence of a line's quarter changes only while it is open or returned;
// - people: who may be listed or removed (never the only admin), and the audit entry of
//   each such change;
// - the review cycle: which step may follow which (core/review.h), and approval freezing
//   the line's quarter (its figures' input, figures and evidence, with their SHA-256);
//   reading a frozen quarter back refuses one whose content no longer matches;
// - withdrawing and restoring updates (never twice in a row), adding evidence (a file or a
//   link, checked by core/evidence.h) and withdrawing it with a reason;
// - what may be recorded: an update's activity, date and status/percent (core/history.h,
//   a suspension keeping the percent in force), planning (weight, window), responsibility
//   (known actors, a lead that does not also support), settings and actors' names (none
//   repeated); each change audited with its state before and after;
// - an unknown activity code is refused by the reads that name one; the audit log's
//   filter, and its check: an unbroken chain from the baseline, every audited row and
//   state as last recorded, frozen lines and evidence files matching their SHA-256, and
//   whether a report's fingerprint still names an unchanged history.
// Every write is one write transaction of Persistence, begun before its first check, so
// what the checks read still holds when it commits; a refusal throws and rolls it back.
// Reads go to Persistence unchanged.
class RulesStore final : public TrackerStore {
public:
    RulesStore(std::unique_ptr<Persistence> persistence, bool readOnly);
    ~RulesStore() override;

    TrackerLocation location() const override;
    qint64 storedBytes() override;
    bool isReadOnly() const override;
    std::unique_ptr<ReadTransaction> beginRead() override;

    Snapshot loadSnapshotAt(const QList<QDate>& dates, Detail detail = Detail::Full) override;
    QList<StatusUpdate> updatesInForce(const QDate& date,
                                       const QStringList& activities = {}) override;
    QList<StatusUpdate> updatesEffectiveBetween(const QDate& from, const QDate& to,
                                                const QStringList& activities = {}) override;
    Snapshot loadSnapshot(bool withText = true) override;
    Snapshot loadActivityContext(const QString& activity) override;
    Settings settings() override;
    QList<StatusUpdate> history(const QString& activity = {}) override;
    QList<WithdrawalEvent> withdrawals(qint64 update = 0) override;
    ActivityHistory activityHistory(const QString& activity) override;
    TrackerContent exportContent() override;

    QList<StatusUpdate> recordUpdates(const QList<UpdateRequest>& requests,
                                      const QDate& today) override;
    using TrackerStore::setWithdrawn;
    QList<WithdrawalEvent> setWithdrawn(const QList<qint64>& updates, bool withdrawn,
                                        const QString& recordedBy) override;
    ActivityChange changeActivity(const QString& activity, const std::optional<Planning>& planning,
                                  const std::optional<Responsibility>& responsibility) override;
    Settings setSettings(const Settings& settings) override;
    qint64 addActor(const QString& name, const QString& shortName, ActorGroup group) override;
    Actor updateActor(const Actor& actor) override;

    void setActingUser(const QString& name) override;
    QString actingUser() const override;
    QList<Person> people() override;
    void addPerson(const QString& name, const QList<Role>& roles) override;
    QList<Role> setPersonRoles(const QString& name, const QList<Role>& roles) override;
    QList<Role> removePerson(const QString& name) override;

    ReviewTransition review(const ReviewRequest& request, const QDate& today) override;
    QList<ReviewTransition> reviewTransitions(const Quarter& quarter, int line = 0) override;
    QList<ReviewTransition> allReviewTransitions() override;
    std::optional<FrozenLine> frozenLine(const Quarter& quarter, int line) override;

    Evidence addEvidence(const EvidenceRequest& request) override;
    void withdrawEvidence(qint64 evidence, const QString& reason) override;
    QList<Evidence> evidenceFor(const QList<qint64>& updates,
                                const std::optional<Quarter>& quarter = {}, int line = 0) override;
    QList<Evidence> evidenceOfPeriod(const QDate& from, const QDate& to,
                                     const Quarter& quarter) override;
    Evidence evidence(qint64 id) override;
    QByteArray evidenceContent(qint64 id) override;

    QList<AuditEntry> auditLog(const AuditFilter& filter = {}) override;
    QByteArray auditHead() override;
    std::optional<QString> fingerprintProblem(const QByteArray& fingerprint) override;

    qint64 externalChangeCounter() override;
    QStringList check() override;
    void writeConsistentCopy(const QString& file) override;
    QByteArray chainOrigin() override;
    OpeningCheck checkOnOpening(const std::optional<ChainMark>& seen) override;
    void refuseWrites(const QString& reason) override;
    void setAtClose(std::function<void(TrackerStore&)> atClose) override;

private:
    void requireWritable() const;
    // Refuses unless the acting user (or `name`) may do `operation`; returns the name as
    // listed, under which records are made (and which the acting user becomes).
    QString requireAllowed(Operation operation, const QString& name = {});
    // Why a removed person may not act, with when and by whom, from the audit log.
    QString removedProblem(const Person& person, Operation operation);
    // Refuses a change effective on `date` to `activity` when its line's quarter is
    // approved.
    void requireUnlocked(const QString& activity, const QDate& date);
    // The same for an existing update, whose activity it returns; refuses an unknown id.
    QString requireUpdateUnlocked(qint64 update);
    // Evidence of an update follows the update's lock; that of a line's quarter needs the
    // quarter open or returned.
    void requireEvidenceChangeable(const std::optional<qint64>& update,
                                   const std::optional<Quarter>& quarter, int line);
    // Refuses an unknown activity code.
    void requireActivity(const QString& code);
    QString frozenContent(const Quarter& quarter, int line);
    // check()'s audit part: the chain, and every audited table and state against it.
    void checkAudit(const QList<AuditEntry>& entries, QStringList& problems);
    // Refuses a change of people while the people table differs from what the audit log
    // recorded (an admin added by hand).
    void requirePeopleAsLogged();
    Responsibility responsibilityOf(const QString& activity);
    // Parts of changeActivity(): the checks of each part, then its write.
    void writePlanning(const QString& activity, const Planning& planning);
    void writeResponsibility(const QString& activity, const Responsibility& responsibility);
    void requireValidActorNames(qint64 id, const QString& name, const QString& shortName);

    std::unique_ptr<Persistence> m_owned;
    Persistence& m_persistence;
    bool m_readOnly = false;
    QString m_refusal; // why writes are refused, when the tracker was found tampered with
    std::function<void(TrackerStore&)> m_atClose;
    QString m_actingUser;
};

} // namespace pml
