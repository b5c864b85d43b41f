#include "gui/document/document_loader.h"

#include "core/clock.h"
#include "core/error.h"
#include "gui/application.h"
#include "gui/document/tracker_document.h"
#include "storage/chain_witness.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace pml {

QFuture<LoadedFigures> loadFiguresInBackground(const TrackerLocation& location, const QDate& asOf)
{
    return QtConcurrent::run([location, asOf] {
        LoadedFigures loaded;
        try {
            auto reader = openTracker(location, OpenMode::ReadOnly);
            loaded.snapshot = reader->loadSnapshotAt({asOf});
            loaded.progress = computeProgress(loaded.snapshot, asOf);
        } catch (const Error& error) {
            loaded.error = error.message();
            loaded.details = error.details();
        } catch (...) {
            // Not the library's text: the sentence, and the details in the log.
            logUnexpectedError(currentExceptionDetails());
            loaded.error = unexpectedErrorSentence();
        }
        return loaded;
    });
}

DocumentLoader::DocumentLoader(QObject* parent)
    : QObject(parent)
{
}

void DocumentLoader::load(const TrackerLocation& location, OpenMode mode)
{
    const quint64 request = ++m_request; // a newer request supersedes an older one
    m_pending.reset();
    m_loading = true;
    const QString name = location.displayName();
    Q_EMIT started(name);
    try {
        std::unique_ptr<TrackerStore> store = openTracker(location, mode);
        ChainWitness witness;
        m_tampered = verifyOnOpening(*store, witness, pml::today()); // before it is shown
        if (m_backgroundSize > 0 && store->storedBytes() <= m_backgroundSize) {
            auto* document = new TrackerDocument(std::move(store));
            document->setTamperProblems(m_tampered);
            m_loading = false;
            Q_EMIT loaded(document);
            return;
        }
        m_pending = std::move(store);
    } catch (const Error& error) {
        m_loading = false;
        Q_EMIT failed(name, error.message(), error.details());
        return;
    }
    const QDate today = pml::today();
    auto* watcher = new QFutureWatcher<LoadedFigures>(this);
    connect(watcher, &QFutureWatcher<LoadedFigures>::finished, this,
            [this, watcher, request, name] {
                watcher->deleteLater();
                if (request != m_request)
                    return;
                m_loading = false;
                LoadedFigures result = watcher->result();
                std::unique_ptr<TrackerStore> store = std::move(m_pending);
                if (!result.error.isEmpty() || !store) {
                    Q_EMIT failed(name, result.error, result.details);
                    return;
                }
                auto* document = new TrackerDocument(std::move(store), std::move(result.snapshot),
                                                     std::move(result.progress));
                document->setTamperProblems(m_tampered);
                Q_EMIT loaded(document);
            });
    watcher->setFuture(loadFiguresInBackground(location, today));
}

} // namespace pml
