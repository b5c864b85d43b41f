#include "cli_support.h"
#include "commands.h"
#include "core/audit_text.h"
#include "core/messages.h"
#include "report/audit_csv.h"
#include "review_json.h"

namespace pml::cli {
namespace {

// One line per entry: number, when, who, kind and what happened as the window says it
// (the values as recorded are in --csv).
void writeText(CommandContext& context, const QList<AuditEntry>& entries, const AuditNames& names)
{
    for (const AuditEntry& e : entries) {
        context.out << padLeft(QString::number(e.id), 5) << "  " << timeText(e.recordedAt) << "  "
                    << padRight(e.recordedBy, 12) << "  " << padRight(auditKindName(e.kind), 24)
                    << "  " << auditSentence(e, names) << '\n';
    }
}

} // namespace

int runAudit(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Messages::tr(
        "Lists the audit log: every change to the tracker (updates, withdrawals, planning, "
        "responsibility, actors, settings, people, review steps and evidence), who made it, "
        "when, and the values before and after. Each entry is chained to the one before by "
        "its SHA-256; 'check' verifies the chain."));
    parser.addPositionalArgument(QStringLiteral("DB"), Messages::tr("tracker file"));
    const QCommandLineOption sinceOption(
        QStringLiteral("since"), Messages::tr("entries recorded on or after this day (UTC)"),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption byOption(QStringLiteral("by"), Messages::tr("entries by this person"),
                                      QStringLiteral("NAME"));
    const QCommandLineOption kindOption(
        QStringLiteral("kind"), Messages::tr("entries of this kind, e.g. review or update.record"),
        QStringLiteral("KIND"));
    const QCommandLineOption itemOption(QStringLiteral("item"),
                                        Messages::tr("entries whose item contains this text"),
                                        QStringLiteral("TEXT"));
    const QCommandLineOption csvOption(QStringLiteral("csv"), Messages::tr("print CSV"));
    parser.addOptions({sinceOption, byOption, kindOption, itemOption, csvOption});
    if (!parseCommandLine(parser, context, QStringLiteral("audit"), 1, 1)) {
        return 0;
    }
    AuditFilter filter;
    if (parser.isSet(sinceOption)) {
        filter.since = parseDate(parser.value(sinceOption), QStringLiteral("--since"));
    }
    filter.by = parser.value(byOption);
    filter.kind = parser.value(kindOption);
    filter.item = parser.value(itemOption);
    auto store = openExisting(parser.positionalArguments().at(0), OpenMode::ReadOnly);
    const QList<AuditEntry> entries = store->auditLog(filter);
    const AuditNames names =
        auditNamesOf(store->loadSnapshotAt({}, TrackerStore::Detail::Texts).strategy.actors);
    if (parser.isSet(csvOption)) {
        context.out << QString::fromUtf8(auditCsv(entries, QLatin1Char(','), names));
    } else {
        writeText(context, entries, names);
    }
    context.out.flush();
    return 0;
}

} // namespace pml::cli
