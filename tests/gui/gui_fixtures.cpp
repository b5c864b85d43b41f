#include "gui_fixtures.h"

#include "core/clock.h"
#include "core/user.h"
#include "gui/file_operations.h"
#include "storage/strategy_json.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

namespace pml::test {

TempTracker::TempTracker()
    : path(dir.filePath(QStringLiteral("tracker.sqlite")))
{
    const QDate start(pml::today().year() - 2, 1, 1);
    createTrackerFile(path, newTrackerContent(bundledStrategy(), start));
}

std::unique_ptr<TrackerDocument> TempTracker::open(OpenMode mode) const
{
    return std::make_unique<TrackerDocument>(openTrackerFile(path, mode));
}

bool waitFor(const std::function<bool()>& done, int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < milliseconds) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return done();
}

UpdateRequest updateRequest(const QString& code, Status status, std::optional<int> percent,
                            const QString& note)
{
    UpdateRequest request;
    request.activity = code;
    request.effectiveDate = pml::today();
    request.status = status;
    request.percent = percent;
    request.note = note;
    return request;
}

Progress storedProgress(TrackerStore& store, const QDate& asOf)
{
    return computeProgress(store.loadSnapshot(false), asOf);
}

void addPerson(TrackerDocument& document, const QString& name, const QList<Role>& roles)
{
    const QString acting = document.userName();
    storeOf(document).setActingUser(systemUserName());
    storeOf(document).addPerson(name, roles);
    document.setUserName(acting); // reads the people again
}

void actAs(TrackerDocument& document, const QString& name, const QList<Role>& roles)
{
    addPerson(document, name, roles);
    document.setUserName(name);
}

OpenedUrls::OpenedUrls()
{
    for (const char* scheme : {"file", "http", "https"})
        QDesktopServices::setUrlHandler(QLatin1String(scheme), this, "open");
}

OpenedUrls::~OpenedUrls()
{
    for (const char* scheme : {"file", "http", "https"})
        QDesktopServices::unsetUrlHandler(QLatin1String(scheme));
}

} // namespace pml::test
