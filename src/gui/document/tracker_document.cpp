#include "gui/document/tracker_document.h"

#include "core/clock.h"
#include "core/error.h"
#include "gui/application.h"
#include "gui/document/document_loader.h"

#include <QFutureWatcher>
#include <QSet>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace pml {

namespace {

qsizetype sizeOf(const Snapshot& snapshot)
{
    return snapshot.strategy.activities.size() + snapshot.updates.size();
}

} // namespace

struct TrackerDocument::Private {
    std::unique_ptr<TrackerStore> store;
    std::unique_ptr<TrackerReader> reader; // over `store`
    TrackerLocation location;
    bool readOnly = false;
    QStringList tamperProblems;
    Snapshot latest; // every stored change mirrored; figures may still be on their way
    Snapshot shown;  // what `progress` was computed from
    Progress progress;
    QDate asOf;
    QDateTime lastRefresh;
    QUndoStack undoStack;
    int threshold = 50000;
    quint64 generation = 0; // results of older jobs are dropped
    int jobs = 0;
    QTimer watch;          // notices other programs' writes (checkExternalChanges)
    qint64 seenChange = 0; // the store's external change counter when last read
    // Activities changed since the last publish (null: anything), and what the last
    // publish changed; an edit whose figures were superseded still counts.
    std::optional<QStringList> pendingChange;
    std::optional<QStringList> lastChange;
    void noteChange(const StoredChange& change)
    {
        if (change.structure || !pendingChange) {
            pendingChange.reset();
            return;
        }
        for (const QString& code : change.activities) {
            if (!pendingChange->contains(code))
                pendingChange->append(code);
        }
    }
};

TrackerDocument::TrackerDocument(std::unique_ptr<TrackerStore> store, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->location = store->location();
    d->readOnly = store->isReadOnly();
    d->asOf = today();
    d->latest = store->loadSnapshotAt({d->asOf});
    d->store = std::move(store);
    publish(d->latest, computeProgress(d->latest, d->asOf));
    readPeople();
    watchExternalChanges();
}

TrackerDocument::TrackerDocument(std::unique_ptr<TrackerStore> store, Snapshot snapshot,
                                 Progress progress, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->location = store->location();
    d->readOnly = store->isReadOnly();
    d->store = std::move(store);
    d->asOf = progress.asOf;
    d->latest = std::move(snapshot);
    d->shown = d->latest;
    d->progress = std::move(progress);
    d->lastRefresh = QDateTime::currentDateTime();
    readPeople();
    watchExternalChanges();
}

void TrackerDocument::watchExternalChanges()
{
    try {
        d->seenChange = d->store->externalChangeCounter();
    } catch (const Error&) {
        d->seenChange = -1;
    }
    // A CLI update or a second window must show here without the user pressing F5:
    // a cheap PRAGMA each second, and a reload only when another program wrote.
    d->watch.setInterval(1000);
    connect(&d->watch, &QTimer::timeout, this, &TrackerDocument::checkExternalChanges);
    d->watch.start();
}

void TrackerDocument::checkExternalChanges()
{
    if (d->jobs > 0)
        return; // a load or computation is under way; look again next time
    qint64 counter = 0;
    try {
        counter = d->store->externalChangeCounter();
    } catch (const Error&) {
        return; // busy or unreadable for a moment; a real problem shows on the next edit
    }
    if (counter != d->seenChange) {
        d->seenChange = counter;
        reload();
    }
}

TrackerDocument::~TrackerDocument()
{
    // Commands refer to the document: clear them while it is still whole.
    d->undoStack.clear();
}

TrackerStore& TrackerDocument::store()
{
    return *d->store;
}

const TrackerReader& TrackerDocument::reader() const
{
    if (!d->reader)
        d->reader = std::make_unique<TrackerReader>(*d->store);
    return *d->reader;
}
TrackerLocation TrackerDocument::location() const
{
    return d->location;
}
QStringList TrackerDocument::tamperProblems() const
{
    return d->tamperProblems;
}

void TrackerDocument::setTamperProblems(const QStringList& problems)
{
    d->tamperProblems = problems;
}

bool TrackerDocument::isReadOnly() const
{
    return d->readOnly;
}
bool TrackerDocument::canEdit() const
{
    return !viewBlockedReason(editState());
}
EditState TrackerDocument::editState() const
{
    return {d->readOnly, d->asOf, today(), m_people, userName()};
}
std::optional<QString> TrackerDocument::editBlockedReason(Operation operation) const
{
    return pml::editBlockedReason(editState(), operation);
}
const Snapshot& TrackerDocument::snapshot() const
{
    return d->shown;
}
const Snapshot& TrackerDocument::latestSnapshot() const
{
    return d->latest;
}
const Progress& TrackerDocument::progress() const
{
    return d->progress;
}
QDate TrackerDocument::asOf() const
{
    return d->asOf;
}
QDate TrackerDocument::today() const
{
    return pml::today();
}
bool TrackerDocument::isBusy() const
{
    return d->jobs > 0;
}
const std::optional<QStringList>& TrackerDocument::changedActivities() const
{
    return d->lastChange;
}
QDateTime TrackerDocument::lastRefresh() const
{
    return d->lastRefresh;
}
QUndoStack* TrackerDocument::undoStack()
{
    return &d->undoStack;
}
QString TrackerDocument::userName() const
{
    return d->store->actingUser();
}
void TrackerDocument::setBackgroundThreshold(int threshold)
{
    d->threshold = threshold;
}
bool TrackerDocument::computesInBackground() const
{
    return d->threshold <= 0 || sizeOf(d->latest) > d->threshold;
}

void TrackerDocument::setAsOf(const QDate& date)
{
    if (!date.isValid() || date == d->asOf)
        return;
    const bool couldEdit = canEdit();
    d->asOf = date;
    Q_EMIT asOfChanged(date);
    if (couldEdit != canEdit())
        Q_EMIT canEditChanged(canEdit());
    reloadFigures(); // what is in force depends on the date: read it for the new one
}

void TrackerDocument::reload()
{
    // Another program may have listed people or recorded review steps too.
    readPeople();
    Q_EMIT reviewChanged();
    reloadFigures();
}

void TrackerDocument::reloadFigures()
{
    d->pendingChange.reset(); // anything may have changed
    if (sizeOf(d->latest) <= d->threshold && d->threshold > 0) {
        try {
            d->latest = d->store->loadSnapshotAt({d->asOf});
        } catch (const Error& error) {
            Q_EMIT loadFailed(error.message(), error.details());
            return;
        }
        compute();
        return;
    }
    const quint64 generation = ++d->generation;
    const TrackerLocation location = d->location;
    const QDate asOf = d->asOf;
    jobStarted();
    auto* watcher = new QFutureWatcher<LoadedFigures>(this);
    connect(watcher, &QFutureWatcher<LoadedFigures>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        LoadedFigures loaded = watcher->result();
        if (generation == d->generation) {
            if (loaded.error.isEmpty()) {
                d->latest = loaded.snapshot;
                publish(loaded.snapshot, loaded.progress);
            } else {
                Q_EMIT loadFailed(loaded.error, loaded.details);
            }
        }
        jobFinished();
    });
    watcher->setFuture(loadFiguresInBackground(location, asOf));
}

void TrackerDocument::compute()
{
    const quint64 generation = ++d->generation;
    const Snapshot snapshot = d->latest; // implicitly shared: cheap to hand to a worker
    const QDate asOf = d->asOf;
    // After an edit of a few activities, only they are recomputed, then the aggregates:
    // the same figures as a full roll-up, in a fraction of the time, so no worker.
    const std::optional<QStringList>& changed = d->pendingChange;
    if (changed && d->progress.asOf == asOf && !d->progress.activities.isEmpty()) {
        try {
            publish(snapshot, recomputeProgress(d->progress, snapshot, *changed));
        } catch (const Error& error) {
            Q_EMIT loadFailed(error.message(), error.details());
        }
        return;
    }
    if (sizeOf(snapshot) <= d->threshold && d->threshold > 0) {
        publish(snapshot, computeProgress(snapshot, asOf));
        return;
    }
    jobStarted();
    auto* watcher = new QFutureWatcher<Progress>(this);
    connect(watcher, &QFutureWatcher<Progress>::finished, this,
            [this, watcher, generation, snapshot] {
                watcher->deleteLater();
                try { // result() rethrows what the worker threw; the job must still end
                    if (generation == d->generation)
                        publish(snapshot, watcher->result());
                } catch (...) {
                    reportUnexpectedError(currentExceptionDetails());
                }
                jobFinished();
            });
    watcher->setFuture(
        QtConcurrent::run([snapshot, asOf] { return computeProgress(snapshot, asOf); }));
}

void TrackerDocument::publish(const Snapshot& snapshot, const Progress& progress)
{
    d->lastChange = std::exchange(d->pendingChange, QStringList());
    d->shown = snapshot;
    d->progress = progress;
    d->lastRefresh = QDateTime::currentDateTime();
    Q_EMIT progressChanged();
}

void TrackerDocument::jobStarted()
{
    if (d->jobs++ == 0)
        Q_EMIT busyChanged(true);
}

void TrackerDocument::jobFinished()
{
    if (--d->jobs == 0)
        Q_EMIT busyChanged(false);
}

void TrackerDocument::refreshAfter(const StoredChange& change)
{
    if (change.people) {
        readPeople();
        if (!change.structure && change.activities.isEmpty())
            return; // no figure depends on the people
    }
    d->noteChange(change);
    if (d->latest.inForceAt != QList<QDate>{d->asOf})
        return reloadFigures(); // a load for another date is on its way: read anew
    try {
        if (change.structure) {
            const Snapshot structure = d->store->loadSnapshotAt({});
            d->latest.strategy = structure.strategy;
            d->latest.settings = structure.settings;
            d->latest.assignments = structure.assignments;
        }
        if (!change.activities.isEmpty())
            replaceInForce(d->store->updatesInForce(d->asOf, change.activities), change.activities);
    } catch (const Error& error) {
        Q_EMIT loadFailed(error.message(), error.details());
        return reloadFigures();
    }
    compute();
}

void TrackerDocument::replaceInForce(const QList<StatusUpdate>& inForce,
                                     const QStringList& activities)
{
    const QSet<QString> changed(activities.cbegin(), activities.cend());
    QList<StatusUpdate>& updates = d->latest.updates;
    updates.removeIf([&](const StatusUpdate& u) { return changed.contains(u.activity); });
    updates.append(inForce);
}

QString TrackerDocument::storeRefusal(const std::function<void()>& call)
{
    try {
        call();
        return {};
    } catch (const Error& error) {
        return error.message();
    }
}

} // namespace pml
