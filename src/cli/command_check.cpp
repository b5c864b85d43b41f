#include "cli_support.h"
#include "commands.h"
#include "core/format.h"
#include "core/messages.h"
#include "storage/chain_witness.h"
#include "storage/tracker_check.h"

#include <QCoreApplication>

namespace pml::cli {
namespace {

// What the person typed, cut so that a pasted file is not echoed back whole.
QString shortened(const QString& text)
{
    constexpr qsizetype shown = 40;
    return text.size() <= shown ? text : text.left(shown) + QStringLiteral("…");
}

// What this computer remembers of the trackers it has opened or checked.
int listWitness(CommandContext& context)
{
    const QList<ChainWitness::Entry> entries = ChainWitness().all();
    if (entries.isEmpty()) {
        context.out << Messages::tr("This computer has not seen any tracker yet.") << '\n';
    }
    for (const ChainWitness::Entry& e : entries) {
        context.out << Messages::tr("%1: %2 entries in its history, the last %3, seen on %4")
                           .arg(e.location)
                           .arg(e.mark.length)
                           .arg(shortFingerprint(e.mark.head), dateText(e.mark.seenOn))
                    << '\n';
    }
    return 0;
}

// Everything check() finds, with what the checks on opening find that it cannot (a
// history rolled back, as this computer's witness tells), each once.
QStringList allProblems(TrackerStore& store, const std::optional<QByteArray>& fingerprint,
                        const QDate& today)
{
    ChainWitness witness;
    // The fingerprint is compared with the history that was checked, not a later one; the
    // read ends before anything is printed.
    std::unique_ptr<ReadTransaction> reading;
    if (fingerprint) {
        reading = store.beginRead();
    }
    QStringList problems = trackerProblems(store, witness, today);
    if (fingerprint) {
        if (const auto problem = store.fingerprintProblem(*fingerprint)) {
            problems << *problem;
        }
    }
    return problems;
}

} // namespace

int runCheck(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Messages::tr(
        "Checks a tracker's integrity and consistency, and verifies its audit log: every entry "
        "chained to the one before, and every table as the log recorded it. With "
        "--fingerprint, also confirms that the tracker still holds, unchanged, the history a "
        "report with that fingerprint was computed from. Exit status 0 when clean, 3 when "
        "problems were found (each is printed), 1 when the file cannot be checked."));
    parser.addPositionalArgument(QStringLiteral("DB"), Messages::tr("tracker file"));
    const QCommandLineOption fingerprintOption(
        QStringLiteral("fingerprint"),
        Messages::tr("a report's fingerprint, full or its first 16 digits (spaces allowed)"),
        QStringLiteral("F"));
    parser.addOption(fingerprintOption);
    const QCommandLineOption witnessOption(
        QStringLiteral("witness"),
        Messages::tr("list what this computer remembers of the trackers it has opened or "
                     "checked (no DB needed)"));
    parser.addOption(witnessOption);
    if (!parseCommandLine(parser, context, QStringLiteral("check"), 0, 1)) {
        return 0;
    }
    if (parser.isSet(witnessOption)) {
        return listWitness(context);
    }
    if (parser.positionalArguments().isEmpty()) {
        throw UsageError(Messages::tr("check: name the tracker to check"));
    }
    const QString file = parser.positionalArguments().at(0);
    std::optional<QByteArray> fingerprint;
    if (parser.isSet(fingerprintOption)) {
        fingerprint = parseFingerprint(parser.value(fingerprintOption));
        if (!fingerprint) {
            throw Error(Messages::tr("--fingerprint: \"%1\" is not a fingerprint: it has 16 to 64 "
                                     "hexadecimal digits, such as a3f9 1c07 5b2e 9d40.")
                            .arg(shortened(parser.value(fingerprintOption))));
        }
    }
    auto store = openUnverified(file, OpenMode::ReadOnly);
    const QStringList problems = allProblems(*store, fingerprint, context.today);
    if (problems.isEmpty()) {
        context.out << (fingerprint ? Messages::tr("%1: no problems found; the fingerprint %2 "
                                                   "checks out")
                                          .arg(file, shortFingerprint(*fingerprint))
                                    : Messages::tr("%1: no problems found").arg(file))
                    << '\n';
        return 0;
    }
    for (const QString& problem : problems) {
        context.out << problem << '\n';
    }
    context.err << "pml-tracker-cli: "
                << QCoreApplication::translate("pml", "%1: %n problem(s) found", nullptr,
                                               int(problems.size()))
                       .arg(file)
                << '\n';
    return 3;
}

} // namespace pml::cli
