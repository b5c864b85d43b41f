#pragma once

#include "core/progress.h"
#include "storage/tracker_store.h"

#include <QFuture>
#include <QObject>

#include <memory>

namespace pml {

class TrackerDocument;

// What the background loader brings back: what is in force at `asOf` and its figures,
// read on the worker's own read-only connection, or the reason it could not be read
// (the sentence, and what the library said for a "details" part).
struct LoadedFigures {
    Snapshot snapshot;
    Progress progress;
    QString error;
    QString details;
};
// The one background load, for opening a tracker and for reloading it: runs in a worker
// thread (a connection belongs to the thread that opened it, so it opens its own).
QFuture<LoadedFigures> loadFiguresInBackground(const TrackerLocation& location, const QDate& asOf);

// Opens a tracker for the window. The store is opened in the GUI thread (it may
// upgrade an old file); a big tracker's snapshot is read and its figures computed in a
// worker thread on a second, read-only connection, so the window stays responsive.
class DocumentLoader : public QObject {
    Q_OBJECT
public:
    explicit DocumentLoader(QObject* parent = nullptr);

    // Trackers up to this size, as their database reports it, load in the GUI thread
    // (default 8 MiB; 0: always in the background).
    void setBackgroundSize(qint64 bytes) { m_backgroundSize = bytes; }
    bool isLoading() const { return m_loading; }

    // Emits loaded() or failed(), possibly before returning (small files).
    void load(const TrackerLocation& location, OpenMode mode);

Q_SIGNALS:
    // `name`: the tracker's short name (TrackerLocation::displayName()).
    void started(const QString& name);
    void loaded(pml::TrackerDocument* document); // parentless: the receiver owns it
    // `details`: what the library or the system said, for a "details" part only.
    void failed(const QString& name, const QString& message, const QString& details);

private:
    std::unique_ptr<TrackerStore> m_pending; // opened in the GUI thread, waiting for figures
    QStringList m_tampered;                  // what the checks on opening it found
    qint64 m_backgroundSize = 8 * 1024 * 1024;
    bool m_loading = false;
    quint64 m_request = 0;
};

} // namespace pml
