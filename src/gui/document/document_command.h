#pragma once

#include "gui/document/stored_change.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace pml {

class TrackerDocument;
class TrackerStore;

// An edit of the tracker. The document performs the first store call itself before
// pushing (so a refused edit never reaches the stack); the first redo() only has the
// document re-read what changed. Later undo()/redo() call the store again; if the store
// refuses then, the document reports it and the command drops out of the stack.
class DocumentCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(pml::DocumentCommand)
public:
    void undo() final;
    void redo() final;

protected:
    DocumentCommand(TrackerDocument* document, const QString& text);
    TrackerDocument* document() const { return m_document; }

    virtual void undoInStore(TrackerStore& store) = 0;
    virtual void redoInStore(TrackerStore& store) = 0;
    virtual StoredChange change() const = 0;

private:
    // Runs the store call; then re-reads what changed, or reports the refusal.
    void apply(const std::function<void()>& storeCall);

    TrackerDocument* m_document;
    bool m_storedAlready = true;
};

} // namespace pml
