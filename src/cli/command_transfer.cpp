#include "cli_support.h"
#include "commands.h"
#include "core/messages.h"
#include "core/tracker_defaults.h"
#include "files/atomic_file.h"
#include "files/input_file.h"
#include "files/output_target.h"
#include "storage/tracker_json.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace pml::cli {

int runExport(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Messages::tr(
        "Writes a tracker's strategy and history (structure, settings, actors, assignments and "
        "the full status history) to a JSON file. People, review steps, evidence and the "
        "audit log stay in the tracker file: copy that file to keep them. The file is "
        "replaced atomically: it is either the complete export or left as it was."));
    parser.addPositionalArgument(QStringLiteral("DB"), Messages::tr("tracker file"));
    parser.addPositionalArgument(QStringLiteral("FILE.json"), Messages::tr("file to write"));
    if (!parseCommandLine(parser, context, QStringLiteral("export"), 2, 2)) {
        return 0;
    }
    const QString file = parser.positionalArguments().at(0);
    const QString target = parser.positionalArguments().at(1);
    files::requireOutputTarget(target, {file}); // before the tracker is read
    auto store = openExisting(file, OpenMode::ReadOnly);
    const QByteArray json = trackerToJson(store->exportContent());
    store.reset();
    files::AtomicFile::write(target, json, {file});
    context.out << Messages::tr("exported %1 to %2 (%3 bytes)").arg(file, target).arg(json.size())
                << '\n';
    return 0;
}

int runImport(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Messages::tr(
        "Creates a new tracker from a JSON export. The whole file is validated first; "
        "invalid content is refused and no tracker file is left behind. Refuses an existing "
        "DB."));
    parser.addPositionalArgument(QStringLiteral("FILE.json"), Messages::tr("exported tracker"));
    parser.addPositionalArgument(QStringLiteral("DB"), Messages::tr("tracker file to create"));
    const QCommandLineOption user = userOption();
    parser.addOption(user);
    if (!parseCommandLine(parser, context, QStringLiteral("import"), 2, 2)) {
        return 0;
    }
    const QString source = parser.positionalArguments().at(0);
    const QString file = parser.positionalArguments().at(1);
    const TrackerLocation location = TrackerLocation::parse(file);
    if (location.isFile() && QFileInfo::exists(file)) {
        throw Error(Messages::tr("'%1' already exists; import never overwrites a file").arg(file));
    }
    const QByteArray json =
        files::readInputFile(source, files::kMaxTrackerJsonBytes, Messages::tr("a tracker export"));
    TrackerContent content = trackerFromJson(json, source);
    content.people = defaultPeople(userOf(parser, user));
    createTracker(location, content);
    context.out << Messages::tr("imported %1 into %2: %3 activities, %4 updates")
                       .arg(source, file)
                       .arg(content.strategy.activities.size())
                       .arg(content.updates.size())
                << '\n';
    return 0;
}

} // namespace pml::cli
