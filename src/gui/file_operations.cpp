#include "gui/file_operations.h"

#include "core/clock.h"
#include "core/error.h"
#include "core/tracker_defaults.h"
#include "files/atomic_file.h"
#include "files/input_file.h"
#include "files/output_target.h"
#include "storage/strategy_json.h"
#include "storage/tracker_json.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace pml {

namespace {

struct FileOperations {
    Q_DECLARE_TR_FUNCTIONS(pml::FileOperations)
};

// A tracker without people lists its creator (core's defaultPeople()).
void listCreator(TrackerContent& content, const QString& creator)
{
    if (content.people.isEmpty())
        content.people = defaultPeople(creator);
}

} // namespace

QString defaultTrackerPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/seguimiento-pml.sqlite");
}

QString withTrackerExtension(const QString& file)
{
    if (file.isEmpty() || !QFileInfo(file).suffix().isEmpty())
        return file;
    return file + QStringLiteral(".pmltracker");
}

TrackerContent newTrackerContent(const Strategy& strategy, const QDate& start,
                                 const QString& creator)
{
    TrackerContent content;
    content.strategy = strategy;
    content.settings.start = start;
    listCreator(content, creator);
    return content;
}

bool ensureTrackerExists(const QString& file, const QString& creator)
{
    if (QFileInfo::exists(file))
        return false;
    const QString folder = QFileInfo(file).absolutePath();
    if (!QDir().mkpath(folder))
        throw Error(FileOperations::tr("Cannot create the folder %1.")
                        .arg(QDir::toNativeSeparators(folder)));
    createTrackerFile(file,
                      newTrackerContent(bundledStrategy(), defaultStartDate(today()), creator));
    return true;
}

Strategy readStrategyFile(const QString& file)
{
    return parseStrategyJson(files::readInputFile(file, files::kMaxStrategyJsonBytes,
                                                  FileOperations::tr("a strategy file")),
                             QDir::toNativeSeparators(file));
}

void exportTrackerJson(const TrackerReader& tracker, const QString& file)
{
    const QStringList trackers = tracker.location().filesToProtect();
    files::requireOutputTarget(file, trackers);
    files::AtomicFile::write(file, trackerToJson(tracker.exportContent()), trackers);
}

void importTrackerJson(const QString& jsonFile, const QString& trackerFile, const QString& creator)
{
    TrackerContent content =
        trackerFromJson(files::readInputFile(jsonFile, files::kMaxTrackerJsonBytes,
                                             FileOperations::tr("a tracker export")),
                        QDir::toNativeSeparators(jsonFile));
    listCreator(content, creator);
    createTrackerFile(trackerFile, content);
}

} // namespace pml
