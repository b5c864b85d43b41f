#include "cli_support.h"
#include "commands.h"
#include "core/messages.h"
#include "core/reminders.h"

namespace pml::cli {

int runStatus(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Messages::tr(
        "Prints what needs doing, as the window shows it when it opens: the days left in the "
        "quarter, activities due but not updated since it began, lines not yet submitted for "
        "the quarter just ended, submissions waiting for review and returned quarters. Meant "
        "for scripts, such as a daily e-mail from cron."));
    parser.addPositionalArgument(QStringLiteral("DB"), Messages::tr("tracker file"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Messages::tr("print JSON"));
    parser.addOption(jsonOption);
    if (!parseCommandLine(parser, context, QStringLiteral("status"), 1, 1)) {
        return 0;
    }
    auto store = openExisting(parser.positionalArguments().at(0), OpenMode::ReadOnly);
    // The figures and the review steps come from one moment; the read ends before anything
    // is printed, so a slow reader of the output never keeps writers waiting.
    Snapshot snapshot;
    QList<ReviewTransition> transitions;
    {
        const auto reading = store->beginRead();
        snapshot = store->loadSnapshotAt({context.today}, TrackerStore::Detail::Texts);
        transitions = store->allReviewTransitions();
    }
    const Progress progress = computeProgress(snapshot, context.today);
    const QList<Reminder> list = reminders(snapshot, progress, transitions, context.today);
    if (parser.isSet(jsonOption)) {
        nlohmann::ordered_json array = nlohmann::ordered_json::array();
        for (const Reminder& r : list) {
            nlohmann::ordered_json o;
            o["kind"] = toJson(reminderKindKey(r.kind));
            o["quarter"] = toJson(r.quarter.key());
            o["line"] = r.line > 0 ? nlohmann::ordered_json(r.line) : nlohmann::ordered_json();
            o["activity"] = r.activity.isEmpty() ? nlohmann::ordered_json() : toJson(r.activity);
            o["text"] = toJson(r.text);
            array.push_back(o);
        }
        writeJson(context, array);
        return 0;
    }
    for (const Reminder& r : list) {
        context.out << "- " << r.text << '\n';
    }
    context.out.flush();
    return 0;
}

} // namespace pml::cli
