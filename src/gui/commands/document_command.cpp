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
    if (!m_document->runStoreCall([this] { undoInStore(m_document->store()); })) {
        setObsolete(true);
        return;
    }
    m_document->refreshAfter(change());
}

void DocumentCommand::redo()
{
    if (m_storedAlready) {
        m_storedAlready = false;
    } else if (!m_document->runStoreCall([this] { redoInStore(m_document->store()); })) {
        setObsolete(true);
        return;
    }
    m_document->refreshAfter(change());
}

} // namespace pml
