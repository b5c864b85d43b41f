#pragma once

#include "core/permissions.h"
#include "persistence.h"
#include "tracker_store.h"

#include <QDate>
#include <QString>

#include <optional>

namespace pml {

// The rules every backend's writes follow, written once over Persistence and holding no
// SQL. What lives here:
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
//   repeated); each change audited with its state before and after.
// Checks run inside the caller's write transaction, so what they read still holds when
// it commits.
class StoreRules {
public:
    StoreRules(Persistence& persistence, QString location, bool readOnly);

    void setActingUser(const QString& name) { m_actingUser = name; }
    const QString& actingUser() const { return m_actingUser; }

    bool isReadOnly() const { return m_readOnly; }
    void requireWritable() const;
    // Refuses unless the acting user (or `name`) may do `operation`.
    void requireAllowed(Operation operation, const QString& name = {});
    // Refuses a change effective on `date` to `activity` when its line's quarter is
    // approved.
    void requireUnlocked(const QString& activity, const QDate& date);
    // The same for an existing update, whose activity it returns; refuses an unknown id.
    QString requireUpdateUnlocked(qint64 update);
    // Evidence of an update follows the update's lock; that of a line's quarter needs the
    // quarter open or returned.
    void requireEvidenceChangeable(const std::optional<qint64>& update,
                                   const std::optional<Quarter>& quarter, int line);

    QList<Person> people();
    void addPerson(const QString& name, const QList<Role>& roles);
    void removePerson(const QString& name);

    // Refuses an unknown activity code.
    void requireActivity(const QString& code);

    QList<StatusUpdate> recordUpdates(const QList<UpdateRequest>& requests, const QDate& today);
    ActivityChange changeActivity(const QString& activity, const std::optional<Planning>& planning,
                                  const std::optional<Responsibility>& responsibility);
    Settings setSettings(const Settings& settings);
    qint64 addActor(const QString& name, const QString& shortName, ActorGroup group);
    Actor updateActor(const Actor& actor);
    QList<WithdrawalEvent> setWithdrawn(const QList<qint64>& updates, bool withdrawn,
                                        const QString& recordedBy);
    Evidence addEvidence(const EvidenceRequest& request);
    void withdrawEvidence(qint64 evidence, const QString& reason);

    ReviewTransition review(const ReviewRequest& request, const QDate& today);
    std::optional<FrozenLine> frozenLine(const Quarter& quarter, int line);

private:
    QString frozenContent(const Quarter& quarter, int line);
    Responsibility responsibilityOf(const QString& activity);
    // Parts of changeActivity(): the checks of each part, then its write.
    void writePlanning(const QString& activity, const Planning& planning);
    void writeResponsibility(const QString& activity, const Responsibility& responsibility);
    void requireValidActorNames(qint64 id, const QString& name, const QString& shortName);

    Persistence& m_persistence;
    QString m_location;
    bool m_readOnly = false;
    QString m_actingUser;
};

} // namespace pml
