#include "gui/document/document_loader.h"

#include "core/clock.h"
#include "core/error.h"
#include "gui/application.h"
#include "gui/document/tracker_document.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace pml {

QFuture<LoadedFigures> loadFiguresInBackground(const QString& file, const QDate& asOf)
{
    return QtConcurrent::run([file, asOf] {
        LoadedFigures loaded;
        try {
            auto reader = openTracker(file, OpenMode::ReadOnly);
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

void DocumentLoader::load(const QString& file, OpenMode mode)
{
    const quint64 request = ++m_request; // a newer request supersedes an older one
    m_pending.reset();
    m_loading = true;
    Q_EMIT started(file);
    try {
        std::unique_ptr<TrackerStore> store = openTracker(file, mode);
        if (QFileInfo(file).size() <= m_backgroundSize && m_backgroundSize > 0) {
            auto* document = new TrackerDocument(std::move(store));
            m_loading = false;
            Q_EMIT loaded(document);
            return;
        }
        m_pending = std::move(store);
    } catch (const Error& error) {
        m_loading = false;
        Q_EMIT failed(file, error.message(), error.details());
        return;
    }
    const QDate today = pml::today();
    auto* watcher = new QFutureWatcher<LoadedFigures>(this);
    connect(watcher, &QFutureWatcher<LoadedFigures>::finished, this,
            [this, watcher, request, file] {
                watcher->deleteLater();
                if (request != m_request)
                    return;
                m_loading = false;
                LoadedFigures result = watcher->result();
                std::unique_ptr<TrackerStore> store = std::move(m_pending);
                if (!result.error.isEmpty() || !store) {
                    Q_EMIT failed(file, result.error, result.details);
                    return;
                }
                Q_EMIT loaded(new TrackerDocument(std::move(store), std::move(result.snapshot),
                                                  std::move(result.progress)));
            });
    watcher->setFuture(loadFiguresInBackground(file, today));
}

} // namespace pml
