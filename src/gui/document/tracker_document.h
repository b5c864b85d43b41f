#pragma once

#include "core/permissions.h"
#include "core/progress.h"
#include "core/review.h"
#include "core/snapshot.h"
#include "gui/document/stored_change.h"
#include "gui/document/tracker_reader.h"
#include "storage/tracker_store.h"

#include <QDate>
#include <QObject>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <optional>

namespace pml {

namespace test {
struct DocumentProbe;
}

// One open tracker: its store, what is in force at the chosen date (read from the store,
// one row per activity, never the whole history), the engine's figures as of that date,
// and the undo stack of the window (one stack per document, as in Tiled). Views read
// from here; every edit goes through an undo command that calls the store, then the
// document re-reads what the store says changed, so all views follow from the
// progressChanged() signal.
//
// Large trackers: when the snapshot is big (see setBackgroundThreshold()) figures are
// computed, and reload() reads the file, in a worker thread with its own read-only
// connection; snapshot() and progress() keep showing the previous, consistent pair
// meanwhile, and busyChanged() tells the window.
// What an edit did: done, or refused with a sentence for the user, and nothing changed.
// The form that asked shows the refusal where the user is working.
struct EditResult {
    QString refusal;
    qint64 id = 0; // addActor(), addEvidence(): the new row's id
    bool done() const { return refusal.isEmpty(); }
};

class TrackerDocument : public QObject {
    Q_OBJECT
public:
    // Loads the snapshot and computes the figures as of today before returning.
    explicit TrackerDocument(std::unique_ptr<TrackerStore> store, QObject* parent = nullptr);
    // Adopts a snapshot and figures already computed (e.g. in a worker thread) from
    // this store's file; as-of date is progress.asOf.
    TrackerDocument(std::unique_ptr<TrackerStore> store, Snapshot snapshot, Progress progress,
                    QObject* parent = nullptr);
    ~TrackerDocument() override;

    TrackerLocation location() const;
    bool isReadOnly() const;
    // What the checks on opening found changed outside the program (then read-only).
    QStringList tamperProblems() const;
    void setTamperProblems(const QStringList& problems);
    // Editing is possible only on a writable tracker viewed as of today (core's
    // viewBlockedReason()).
    bool canEdit() const;
    // Where the acting user works: read-only or not, the date viewed, today, who acts.
    EditState editState() const;
    // Why `operation` cannot be done now (core's sentence); none when allowed. For disabling
    // controls and notices: the store checks again on every write.
    std::optional<QString> editBlockedReason(Operation operation) const;
    // Why what is effective on `date` for `activity` cannot change: its line's quarter is
    // approved (core's lockedQuarterMessage()). None otherwise. Reads the review steps.
    std::optional<QString> lockedReason(const QString& activity, const QDate& date) const;

    // The snapshot the current figures were computed from, and those figures.
    const Snapshot& snapshot() const;
    const Progress& progress() const;
    QDate asOf() const;
    void setAsOf(const QDate& date);
    QDate today() const;
    bool isBusy() const;
    QDateTime lastRefresh() const; // when progress() was last replaced
    // What the last progressChanged() changed: only the figures of these activities (and
    // of what they serve), or, when null, anything (a reload, another date, the structure).
    const std::optional<QStringList>& changedActivities() const;

    QUndoStack* undoStack();
    // The acting user: the person the store acts as. Every write is checked against
    // their roles and recorded under their name (tracker_document_review.cpp).
    QString userName() const;
    void setUserName(const QString& name);
    // The tracker's people as last read (on opening, reloading or changing the user).
    const QList<Person>& people() const { return m_people; }
    QList<Role> actingRoles() const;
    // Why the acting user may not do `operation` whatever the date viewed (core's
    // sentence); none when allowed.
    std::optional<QString> permissionProblem(Operation operation) const;

    // The review cycle and its evidence. Not undoable, so not QUndoCommands: the cycle
    // is append-only (an approval is undone only by reopening with a reason, evidence
    // only withdrawn with one), and the audit log records every step.
    [[nodiscard]] EditResult review(const ReviewRequest& request);
    [[nodiscard]] EditResult addEvidence(const EvidenceRequest& request);
    [[nodiscard]] EditResult withdrawEvidence(qint64 evidence, const QString& reason);

    // Edits: each pushes one undoable command and returns what happened; a refusal
    // changes nothing and is returned, not signalled, so it is shown once, by the caller.
    [[nodiscard]] EditResult recordUpdates(const QList<UpdateRequest>& requests);
    [[nodiscard]] EditResult setPlanning(const QString& activity, double weight,
                                         const std::optional<QDate>& start,
                                         const std::optional<QDate>& end);
    [[nodiscard]] EditResult setResponsibility(const QString& activity, std::optional<qint64> lead,
                                               const QList<qint64>& support);
    [[nodiscard]] EditResult setSettings(const Settings& settings);
    // Not undoable: the store has no way to remove an actor (they may already be
    // referenced); a mistaken actor can be renamed. The result carries the new id.
    [[nodiscard]] EditResult addActor(const QString& name, const QString& shortName,
                                      ActorGroup group);
    [[nodiscard]] EditResult updateActor(const Actor& actor);

    // The tracker's people (admin only, whatever the date viewed). Each pushes one
    // undoable command; the people are then read again (peopleChanged()).
    [[nodiscard]] EditResult addPerson(const QString& name, const QList<Role>& roles);
    [[nodiscard]] EditResult setPersonRoles(const QString& name, const QList<Role>& roles);
    [[nodiscard]] EditResult removePerson(const QString& name);

    // Re-reads the snapshot, the people and the review cycle from the store and recomputes
    // the figures (another program wrote, F5, a review step).
    void reload();

    // For undo commands: after a change committed to the store, re-reads what it changed
    // (the updates in force of its activities, or the structure) and recomputes.
    void refreshAfter(const StoredChange& change);
    // Runs a store write; returns the pml::Error's message, or an empty string.
    QString storeRefusal(const std::function<void()>& call);
    // The latest snapshot, including changes whose figures are still being computed.
    const Snapshot& latestSnapshot() const;

    // Snapshots with more activities + updates than this are computed in the
    // background (default 50,000). 0 makes every computation asynchronous (tests).
    void setBackgroundThreshold(int threshold);
    // Whether the tracker is big enough for figures to be computed in the background
    // (views computing figures of their own, such as the review page, do the same).
    bool computesInBackground() const;

    // ---- Reading the tracker -------------------------------------------------------
    // What views read beyond the figures (the review cycle, evidence, the audit log,
    // reports, exports, backups) goes through this read-only view. The store itself is
    // private: every write is an edit above, so none bypasses the undo stack or the
    // re-reading of figures.
    const TrackerReader& reader() const;
    // ---------------------------------------------------------------------------------

Q_SIGNALS:
    void progressChanged(); // snapshot or as-of date changed: figures recomputed
    void asOfChanged(const QDate& date);
    // An undo or redo step the store refused (no form asked for it).
    void editRefused(const QString& message);
    void busyChanged(bool busy); // long loads or computations under way
    // A background reload could not read the file; `details` only for a "details" part.
    void loadFailed(const QString& message, const QString& details);
    void canEditChanged(bool canEdit);
    void actingUserChanged(); // another user, or their roles may have changed
    void peopleChanged();     // the people read from the store differ from before
    // A review step or evidence was recorded (by this window or, after a reload, by
    // another program): review pages, reminders and the audit view read again.
    void reviewChanged();

private:
    // ---- The store: the document's own edits and its undo commands ------------------
    TrackerStore& store();
    friend class DocumentCommand;
    friend struct test::DocumentProbe; // tests check what the store holds
    // ---------------------------------------------------------------------------------

    struct Private;
    std::unique_ptr<Private> d;
    QList<Person> m_people;
    void readPeople();
    void reloadFigures(); // the snapshot and figures only (another date, after an edit)
    EditResult reviewRefusal(Operation operation) const;
    void compute();
    void replaceInForce(const QList<StatusUpdate>& inForce, const QStringList& activities);
    void publish(const Snapshot& snapshot, const Progress& progress);
    void jobStarted();
    void watchExternalChanges();
    void checkExternalChanges();
    void jobFinished();
};

} // namespace pml
