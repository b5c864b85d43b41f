#include "cli_support.h"
#include "commands.h"
#include "core/messages.h"
#include "review_json.h"

namespace pml::cli {
namespace {

struct ReviewOptions {
    QCommandLineOption quarter{QStringLiteral("quarter"), Messages::tr("the quarter, e.g. 2026-Q2"),
                               QStringLiteral("YYYY-QN")};
    QCommandLineOption line{QStringLiteral("line"), Messages::tr("the line of action, 1-5"),
                            QStringLiteral("N")};
    QCommandLineOption narrative{QStringLiteral("narrative"),
                                 Messages::tr("submit: the quarter's achievements"),
                                 QStringLiteral("TEXT")};
    QCommandLineOption difficulties{QStringLiteral("difficulties"),
                                    Messages::tr("submit: the difficulties met"),
                                    QStringLiteral("TEXT")};
    QCommandLineOption nextSteps{QStringLiteral("next-steps"),
                                 Messages::tr("submit: the next steps"), QStringLiteral("TEXT")};
    QCommandLineOption note{QStringLiteral("note"), Messages::tr("return: what to change"),
                            QStringLiteral("TEXT")};
    QCommandLineOption reason{QStringLiteral("reason"), Messages::tr("reopen: why"),
                              QStringLiteral("TEXT")};
    QCommandLineOption json{QStringLiteral("json"), Messages::tr("print the states as JSON")};
    QCommandLineOption user = userOption();
};

nlohmann::ordered_json lineJson(const Line& line, const QList<ReviewTransition>& steps)
{
    nlohmann::ordered_json o;
    o["line"] = line.number;
    o["name"] = toJson(line.name);
    o["state"] = toJson(reviewStateKey(reviewStateAfter(steps)));
    const ReviewTransition* approval = currentApproval(steps);
    o["approved_by"] = approval ? toJson(approval->recordedBy) : nlohmann::ordered_json();
    o["approved_at"] = approval ? toJson(approval->recordedAt.toUTC().toString(Qt::ISODateWithMs))
                                : nlohmann::ordered_json();
    o["reopened"] = wasReopened(steps);
    const ReviewTransition* submission = lastSubmission(steps);
    o["narrative"] = submission ? narrativeJson(submission->narrative) : nlohmann::ordered_json();
    o["transitions"] = nlohmann::ordered_json::array();
    for (const ReviewTransition& t : steps) {
        o["transitions"].push_back(transitionJson(t));
    }
    return o;
}

void printLine(CommandContext& context, const Line& line, const QList<ReviewTransition>& steps)
{
    context.out << Messages::tr("Line %1 (%2): %3")
                       .arg(line.number)
                       .arg(line.name, reviewStateName(reviewStateAfter(steps)))
                << '\n';
    for (const ReviewTransition& t : steps) {
        context.out << "  " << timeText(t.recordedAt) << "  "
                    << Messages::tr("%1 by %2").arg(reviewActionName(t.action), t.recordedBy);
        if (!t.text.isEmpty()) {
            context.out << ": " << t.text;
        }
        context.out << '\n';
    }
}

int listStates(CommandContext& context, TrackerStore& store, const Quarter& quarter, bool json)
{
    const Snapshot structure = store.loadSnapshotAt({}, TrackerStore::Detail::FiguresOnly);
    const QList<ReviewTransition> all = store.reviewTransitions(quarter);
    nlohmann::ordered_json lines = nlohmann::ordered_json::array();
    if (!json) {
        context.out << Messages::tr("Review of %1").arg(quarterText(quarter)) << '\n';
    }
    for (const Line& line : structure.strategy.lines) {
        QList<ReviewTransition> steps;
        for (const ReviewTransition& t : all) {
            if (t.line == line.number) {
                steps.append(t);
            }
        }
        if (json) {
            lines.push_back(lineJson(line, steps));
        } else {
            printLine(context, line, steps);
        }
    }
    if (json) {
        nlohmann::ordered_json o;
        o["quarter"] = toJson(quarter.key());
        o["lines"] = lines;
        writeJson(context, o);
    }
    context.out.flush();
    return 0;
}

ReviewRequest requestFrom(const QCommandLineParser& parser, const ReviewOptions& o,
                          const QString& actionText)
{
    const auto action = reviewActionFromKey(actionText);
    if (!action) {
        throw UsageError(Messages::tr("review: unknown action '%1'; use submit, approve, return "
                                      "or reopen")
                             .arg(actionText));
    }
    if (!parser.isSet(o.line)) {
        throw UsageError(Messages::tr("review %1: --line is required").arg(actionText));
    }
    ReviewRequest r;
    r.action = *action;
    r.line = parseInteger(parser.value(o.line), QStringLiteral("--line"));
    r.narrative = {parser.value(o.narrative), parser.value(o.difficulties),
                   parser.value(o.nextSteps)};
    r.text = *action == ReviewAction::Return ? parser.value(o.note) : parser.value(o.reason);
    return r;
}

} // namespace

int runReview(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Messages::tr(
        "Shows the review state of every line for a quarter, or takes one step of the cycle "
        "for a line: submit (monitor, with a narrative), approve, return (with a note) or "
        "reopen (with a reason) (reviewer). Approval freezes the line's figures for the "
        "quarter; updates effective in it are refused until it is reopened."));
    parser.addPositionalArgument(QStringLiteral("DB"), Messages::tr("tracker file"));
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 Messages::tr("submit, approve, return or reopen"),
                                 QStringLiteral("[ACTION]"));
    const ReviewOptions o;
    parser.addOptions({o.quarter, o.line, o.narrative, o.difficulties, o.nextSteps, o.note,
                       o.reason, o.json, o.user});
    if (!parseCommandLine(parser, context, QStringLiteral("review"), 1, 2)) {
        return 0;
    }
    if (!parser.isSet(o.quarter)) {
        throw UsageError(Messages::tr("review: --quarter is required, e.g. --quarter 2026-Q2"));
    }
    const Quarter quarter = parseQuarter(parser.value(o.quarter));
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() == 1) {
        auto store = openExisting(arguments.at(0), OpenMode::ReadOnly);
        return listStates(context, *store, quarter, parser.isSet(o.json));
    }
    ReviewRequest request = requestFrom(parser, o, arguments.at(1));
    request.quarter = quarter;
    auto store = openExisting(arguments.at(0), OpenMode::ReadWrite, userOf(parser, o.user));
    const ReviewTransition t = store->review(request, context.today);
    context.out << Messages::tr("line %1, %2: %3 by %4; now %5")
                       .arg(t.line)
                       .arg(quarterText(t.quarter), reviewActionName(t.action), t.recordedBy,
                            reviewStateName(t.to))
                << '\n';
    context.out.flush();
    return 0;
}

} // namespace pml::cli
