#include "gui/document/document_command.h"

#include "gui/document/tracker_document.h"

namespace pml {

DocumentCommand::DocumentCommand(TrackerDocument* document, const QString& text)
    : QUndoCommand(text)
    , m_document(document)
{
}

void DocumentCommand::undo()
{
    apply([this] { undoInStore(m_document->store()); });
}

void DocumentCommand::redo()
{
    if (m_storedAlready) {
        m_storedAlready = false;
        m_document->refreshAfter(change());
        return;
    }
    apply([this] { redoInStore(m_document->store()); });
}

void DocumentCommand::apply(const std::function<void()>& storeCall)
{
    const QString refusal = m_document->storeRefusal(storeCall);
    if (!refusal.isEmpty()) {
        // No form asked for this step: the window shows the refusal.
        setObsolete(true);
        Q_EMIT m_document->editRefused(refusal);
        return;
    }
    m_document->refreshAfter(change());
}

} // namespace pml
