#include "file_operations.h"

#include "core/error.h"
#include "storage/strategy_json.h"
#include "storage/tracker_json.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace pml {

namespace {

struct FileOperations {
    Q_DECLARE_TR_FUNCTIONS(pml::FileOperations)
};

QByteArray readAll(const QString& file)
{
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly))
        throw Error(FileOperations::tr("Cannot read %1: %2")
                        .arg(QDir::toNativeSeparators(file), input.errorString()));
    return input.readAll();
}

} // namespace

QString defaultTrackerPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/seguimiento-pml.sqlite");
}

TrackerContent newTrackerContent(const Strategy& strategy, const QDate& start)
{
    TrackerContent content;
    content.strategy = strategy;
    content.settings.start = start;
    return content;
}

bool ensureTrackerExists(const QString& file)
{
    if (QFileInfo::exists(file))
        return false;
    const QString folder = QFileInfo(file).absolutePath();
    if (!QDir().mkpath(folder))
        throw Error(FileOperations::tr("Cannot create the folder %1.")
                        .arg(QDir::toNativeSeparators(folder)));
    const QDate start(QDate::currentDate().year(), 1, 1);
    createTracker(file, newTrackerContent(bundledStrategy(), start));
    return true;
}

Strategy readStrategyFile(const QString& file)
{
    return parseStrategyJson(readAll(file));
}

void exportTrackerJson(TrackerStore& store, const QString& file)
{
    const QByteArray json = trackerToJson(store.exportContent());
    QSaveFile output(file);
    if (!output.open(QIODevice::WriteOnly) || output.write(json) != json.size() ||
        !output.commit()) {
        throw Error(FileOperations::tr("Cannot write %1: %2")
                        .arg(QDir::toNativeSeparators(file), output.errorString()));
    }
}

void importTrackerJson(const QString& jsonFile, const QString& trackerFile)
{
    createTracker(trackerFile, trackerFromJson(readAll(jsonFile)));
}

} // namespace pml
