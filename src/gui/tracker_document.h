#pragma once

#include "core/progress.h"
#include "core/snapshot.h"
#include "storage/tracker_store.h"

#include <QDate>
#include <QObject>
#include <QUndoStack>

#include <memory>
#include <optional>

namespace pml {

// One open tracker: its store, the in-memory snapshot, the engine's figures as of the
// chosen date, and the undo stack of the window (one stack per document, as in Tiled).
// Views read from here; every edit goes through an undo command that calls the store
// and then reload()s, so all views follow from the progressChanged() signal.
class TrackerDocument : public QObject {
    Q_OBJECT
public:
    explicit TrackerDocument(std::unique_ptr<TrackerStore> store, QObject* parent = nullptr);
    ~TrackerDocument() override;

    TrackerStore& store();
    QString filePath() const;
    bool isReadOnly() const;
    // Editing is possible only on a writable tracker viewed as of today.
    bool canEdit() const;

    const Snapshot& snapshot() const;
    const Progress& progress() const;
    QDate asOf() const;
    void setAsOf(const QDate& date);
    QDate today() const;

    QUndoStack* undoStack();
    QString userName() const;
    void setUserName(const QString& name);

    // Edits: each pushes one undoable command. Throws nothing; on refusal emits
    // editRefused(message) and changes nothing.
    void recordUpdates(const QList<UpdateRequest>& requests);
    void setPlanning(const QString& activity, double weight, const std::optional<QDate>& start,
                     const std::optional<QDate>& end);
    void setResponsibility(const QString& activity, std::optional<qint64> lead,
                           const QList<qint64>& support);
    void setSettings(const Settings& settings);
    void addActor(const QString& name, const QString& shortName, ActorGroup group);
    void updateActor(const Actor& actor);

    // Re-reads the snapshot from the store and recomputes the figures.
    void reload();

Q_SIGNALS:
    void progressChanged(); // snapshot or as-of date changed: figures recomputed
    void asOfChanged(const QDate& date);
    void editRefused(const QString& message);
    void busyChanged(bool busy); // long loads or computations under way

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace pml
