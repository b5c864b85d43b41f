#pragma once

#include "core/audit.h"
#include "core/evidence.h"
#include "core/history.h"
#include "core/review.h"
#include "core/settings.h"
#include "core/snapshot.h"
#include "core/strategy.h"
#include "tracker_location.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace pml {

// A whole tracker's content: what export writes and import reads.
struct TrackerContent {
    Strategy strategy; // structure, planning (weights, windows) and actors
    Settings settings;
    QList<Assignment> assignments;
    QList<StatusUpdate> updates;        // in recording order (ids ascending)
    QList<WithdrawalEvent> withdrawals; // in recording order
    // The people listed in a new tracker; none: its creator (the acting user, or the
    // system user) with every role.
    QList<Person> people;
};

// A step of the review cycle asked for by the acting user.
struct ReviewRequest {
    Quarter quarter;
    int line = 0;
    ReviewAction action = ReviewAction::Submit;
    QString text;        // the return note or the reopening reason
    Narrative narrative; // submissions
};

// A line's quarter as approval froze it: the input of its figures (structure, planning,
// responsibility, actors, settings and the updates in force at the quarter's end and the
// previous one's), the updates effective in the quarter, the figures computed at
// approval (JSON) and the evidence listed then.
struct FrozenLine {
    ReviewTransition approval;
    Snapshot snapshot;
    QList<StatusUpdate> periodUpdates;
    QString figures;
    QList<Evidence> evidence;
};

// What to add as evidence: a file's bytes or a link, for an update or a line's quarter.
struct EvidenceRequest {
    std::optional<qint64> update;
    std::optional<Quarter> quarter;
    int line = 0;
    QString name; // file name
    QByteArray content;
    QString url; // a link instead of content
};

struct AuditFilter {
    std::optional<QDate> since; // recorded on or after (UTC)
    QString by;                 // recorded by (any case)
    QString kind;               // an audit kind, or a prefix such as "review."
    QString item;               // contains
};

struct Planning {
    double weight = 1.0;
    std::optional<QDate> plannedStart; // none: the horizon's default
    std::optional<QDate> plannedEnd;
};

struct Responsibility {
    std::optional<qint64> lead;
    QList<qint64> support;
};

// Parts of an activity: what changeActivity() was asked to change, or what they were.
struct ActivityChange {
    std::optional<Planning> planning;
    std::optional<Responsibility> responsibility;
};

// Every update of one activity with the events and evidence that belong to them: what
// its history page shows, read at once.
struct ActivityHistory {
    QList<StatusUpdate> updates;        // in recording order, with their `withdrawn` state
    QList<WithdrawalEvent> withdrawals; // of those updates, in recording order
    QList<Evidence> evidence;           // of those updates, withdrawn included, by id
};

// While an instance lives, every read of the store that gave it sees one consistent
// state of the tracker: what other programs commit meanwhile is not seen (and, on a
// file, they wait for it to end). Ends on destruction.
class ReadTransaction {
public:
    virtual ~ReadTransaction() = default;
};

// The storage interface. Callers never see SQL; a PostgreSQL backend can implement it
// later. Every write is one transaction; on failure it throws pml::Error and the
// tracker is unchanged. Reads may also throw pml::Error (e.g. a damaged file).
class TrackerStore {
public:
    virtual ~TrackerStore() = default;

    virtual TrackerLocation location() const = 0;
    virtual bool isReadOnly() const = 0;
    // How much the tracker holds, in bytes, as its database reports it: the window
    // decides from it whether to load in the background.
    virtual qint64 storedBytes() = 0;

    // Starts a read transaction (see ReadTransaction): a report, or a command that prints
    // several reads, takes one so its parts come from the same moment. Starting one while
    // another is open is harmless (the outer one decides). No write may be made while one
    // is open.
    [[nodiscard]] virtual std::unique_ptr<ReadTransaction> beginRead() = 0;

    // Input for the progress engine as of `dates`: structure, settings, assignments and,
    // of the history, only the updates in force at one of the dates (with their text).
    // It reads one row per activity and date however long the history is, and the
    // engine computes figures as of those dates only (Snapshot::inForceAt). With no
    // date, it reads the structure alone. Texts leaves out the assignments and the
    // updates' notes and names; FiguresOnly also the activities' texts: what no figure
    // depends on, for commands that print figures (and names) only.
    enum class Detail { Full, Texts, FiguresOnly };
    virtual Snapshot loadSnapshotAt(const QList<QDate>& dates, Detail detail = Detail::Full) = 0;
    // The updates in force at `date` of `activities` (of every activity when empty).
    virtual QList<StatusUpdate> updatesInForce(const QDate& date,
                                               const QStringList& activities = {}) = 0;
    // The updates effective from `from` to `to` inclusive, in recording order, with
    // their text and their current `withdrawn` state (a report's quarter); only those of
    // `activities` when some are named, in one read.
    virtual QList<StatusUpdate> updatesEffectiveBetween(const QDate& from, const QDate& to,
                                                        const QStringList& activities = {}) = 0;
    // One activity with what describes it: the structure with only that activity, the
    // actors, the settings and its assignments; no history. For an unknown code the
    // strategy has no activity.
    virtual Snapshot loadActivityContext(const QString& activity) = 0;
    // The whole history as engine input, for checks and tests: it grows with the
    // history, so the program itself uses loadSnapshotAt(). Without text, notes and
    // names are left empty.
    virtual Snapshot loadSnapshot(bool withText = true) = 0;
    virtual Settings settings() = 0;
    // Updates in recording order, with their current `withdrawn` state;
    // an empty code gives the whole history.
    virtual QList<StatusUpdate> history(const QString& activity = {}) = 0;
    virtual QList<WithdrawalEvent> withdrawals(qint64 update = 0) = 0;
    // One activity's history with its withdrawal events and evidence, in one read
    // whatever its length. Throws for an unknown code.
    virtual ActivityHistory activityHistory(const QString& activity) = 0;
    virtual TrackerContent exportContent() = 0;

    // Validates each request (code, status/percent, date ≤ today) and records all of
    // them in one transaction, or none. Returns the rows as stored.
    virtual QList<StatusUpdate> recordUpdates(const QList<UpdateRequest>& requests,
                                              const QDate& today) = 0;
    // Appends a withdrawal (true) or restoration (false) event for each update, all in
    // one transaction or none (e.g. undoing one step that recorded several updates).
    virtual QList<WithdrawalEvent> setWithdrawn(const QList<qint64>& updates, bool withdrawn,
                                                const QString& recordedBy) = 0;
    WithdrawalEvent setWithdrawn(qint64 update, bool withdrawn, const QString& recordedBy)
    {
        return setWithdrawn(QList<qint64>{update}, withdrawn, recordedBy).constFirst();
    }
    // Changes an activity's planning, its responsibility or both, in one transaction.
    // Planning: weight > 0 and the effective window must start before it ends.
    // Responsibility: replaces the lead (none when empty) and the supporting actors.
    // Returns what the changed parts were just before, read in the same transaction (the
    // value an undo writes back, whoever changed it last).
    virtual ActivityChange changeActivity(const QString& activity,
                                          const std::optional<Planning>& planning,
                                          const std::optional<Responsibility>& responsibility) = 0;
    // The planning before the change.
    Planning setPlanning(const QString& activity, double weight,
                         const std::optional<QDate>& plannedStart,
                         const std::optional<QDate>& plannedEnd)
    {
        return *changeActivity(activity, Planning{weight, plannedStart, plannedEnd}, std::nullopt)
                    .planning;
    }
    // The responsibility before the change.
    Responsibility setResponsibility(const QString& activity, std::optional<qint64> lead,
                                     const QList<qint64>& support)
    {
        return *changeActivity(activity, std::nullopt, Responsibility{lead, support})
                    .responsibility;
    }
    // Returns the settings before the change, read in the same transaction.
    virtual Settings setSettings(const Settings& settings) = 0;
    virtual qint64 addActor(const QString& name, const QString& shortName, ActorGroup group) = 0;
    // Returns the actor as it was just before, read in the same transaction.
    virtual Actor updateActor(const Actor& actor) = 0;

    // The person this store acts as: every write is checked against their roles and
    // recorded under their name. By default the system user.
    virtual void setActingUser(const QString& name) = 0;
    virtual QString actingUser() const = 0;
    virtual QList<Person> people() = 0;
    // Admin only. Adding a removed person lists them again with the given roles.
    virtual void addPerson(const QString& name, const QList<Role>& roles) = 0;
    // Admin only. Gives a listed person other roles (the last admin keeps that role);
    // returns their roles just before, read in the same transaction. The same roles
    // record nothing.
    virtual QList<Role> setPersonRoles(const QString& name, const QList<Role>& roles) = 0;
    // Admin only. Returns the roles the person had.
    virtual QList<Role> removePerson(const QString& name) = 0;

    // One step of the review cycle for a line's quarter (monitor: submit; reviewer:
    // approve, return, reopen). Approval freezes the line's quarter.
    virtual ReviewTransition review(const ReviewRequest& request, const QDate& today) = 0;
    // The transitions of a quarter (of one line when line > 0), in recording order.
    virtual QList<ReviewTransition> reviewTransitions(const Quarter& quarter, int line = 0) = 0;
    // Every transition recorded, in recording order (reminders, the review screen).
    virtual QList<ReviewTransition> allReviewTransitions() = 0;
    // The frozen line when the line's quarter is approved now; none otherwise.
    virtual std::optional<FrozenLine> frozenLine(const Quarter& quarter, int line) = 0;

    virtual Evidence addEvidence(const EvidenceRequest& request) = 0;
    virtual void withdrawEvidence(qint64 evidence, const QString& reason) = 0;
    // Evidence of the given updates, and of a line's quarter (line > 0), withdrawn
    // included, in recording order.
    virtual QList<Evidence> evidenceFor(const QList<qint64>& updates,
                                        const std::optional<Quarter>& quarter = {},
                                        int line = 0) = 0;
    // The evidence a report of a period lists, in one read: that of the updates effective
    // from `from` to `to` (ordered by update, then by id), then that of every line's
    // `quarter` (by id); withdrawn included.
    virtual QList<Evidence> evidenceOfPeriod(const QDate& from, const QDate& to,
                                             const Quarter& quarter) = 0;
    virtual Evidence evidence(qint64 id) = 0; // throws for an unknown id
    virtual QByteArray evidenceContent(qint64 id) = 0;

    virtual QList<AuditEntry> auditLog(const AuditFilter& filter = {}) = 0;
    // The hash of the latest audit entry: the fingerprint of a report produced now.
    virtual QByteArray auditHead() = 0;
    // Why the tracker no longer holds, unchanged, the history a report with this
    // fingerprint came from; none when it does.
    virtual std::optional<QString> fingerprintProblem(const QByteArray& fingerprint) = 0;

    // A number that changes whenever another connection (another program, another
    // window) commits to the tracker, and not for this store's own writes: compare two
    // readings to notice changes made behind this store's back.
    virtual qint64 externalChangeCounter() = 0;

    // Integrity and consistency problems, each a sentence; empty when clean.
    virtual QStringList check() = 0;

    // The checks made each time a tracker is opened, cheap enough for that: the schema,
    // and the audit chain from where `seen` left it (all of it without one), hashing only
    // the entries after it. `seen` is what this computer remembered of the tracker
    // (chain_witness.h): its last entry must still be in the chain at its position, or
    // the history was rolled back or its end rewritten.
    struct OpeningCheck {
        QStringList problems;
        ChainMark mark; // the chain as it is now
    };
    virtual QByteArray chainOrigin() = 0; // the first entry's hash: the tracker's identity
    virtual OpeningCheck checkOnOpening(const std::optional<ChainMark>& seen) = 0;
    // From now on every write is refused with `reason` (a tracker found changed outside the
    // program); reading and check stay possible. isReadOnly() is then true.
    virtual void refuseWrites(const QString& reason) = 0;
    // Runs `atClose` on this store when it is closed (destroyed), its errors ignored: so the
    // witness remembers the chain as this program leaves it, its own writes included.
    virtual void setAtClose(std::function<void(TrackerStore&)> atClose) = 0;
    // A consistent copy of the whole tracker, as it is at one moment, written as a new
    // tracker file (a backup). Never replaces a tracker, nor this one.
    virtual void writeConsistentCopy(const QString& file) = 0;
};

enum class OpenMode { ReadWrite, ReadOnly };

// Creates a new tracker at `location` with `content` (one transaction). Refuses an
// existing one. A file is built under a temporary name and renamed, so a failure leaves
// nothing.
std::unique_ptr<TrackerStore> createTracker(const TrackerLocation& location,
                                            const TrackerContent& content);

// Opens an existing tracker. Refuses a missing one, one that is not a tracker and one
// with a newer schema, without changing them. An older schema is upgraded (ReadWrite
// only) after a backup copy is written next to a file ("<file>.v<N>.bak").
std::unique_ptr<TrackerStore> openTracker(const TrackerLocation& location,
                                          OpenMode mode = OpenMode::ReadWrite);

// The same for a path that is a file by construction (never a user's text, which
// TrackerLocation::parse() reads).
std::unique_ptr<TrackerStore> createTrackerFile(const QString& file, const TrackerContent& content);
std::unique_ptr<TrackerStore> openTrackerFile(const QString& file,
                                              OpenMode mode = OpenMode::ReadWrite);

// The schema version this build writes.
int currentSchemaVersion();

// Whether this user can write the tracker file and its folder (where the journal is
// kept), i.e. whether it can be opened with OpenMode::ReadWrite.
bool isWritableFile(const QString& file);

} // namespace pml
