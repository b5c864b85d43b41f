#include "document_command.h"

#include "gui/tracker_document.h"

namespace pml {

DocumentCommand::DocumentCommand(TrackerDocument* document, const QString& text)
    : QUndoCommand(text)
    , m_document(document)
{
}

void DocumentCommand::undo()
{
    if (const QString refusal =
            m_document->storeRefusal([this] { undoInStore(m_document->store()); });
        !refusal.isEmpty()) {
        setObsolete(true);
        Q_EMIT m_document->editRefused(refusal);
        return;
    }
    m_document->refreshAfter(change());
}

void DocumentCommand::redo()
{
    if (m_storedAlready) {
        m_storedAlready = false;
    } else if (const QString refusal =
                   m_document->storeRefusal([this] { redoInStore(m_document->store()); });
               !refusal.isEmpty()) {
        setObsolete(true);
        Q_EMIT m_document->editRefused(refusal);
        return;
    }
    m_document->refreshAfter(change());
}

} // namespace pml
