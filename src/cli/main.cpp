#include "cli_support.h"
#include "commands.h"
#include "core/clock.h"
#include "core/messages.h"
#include "core/surface.h"
#include "i18n/i18n.h"
#include "terminal_output.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <memory>
#include <new>
#include <unistd.h>

using namespace pml::cli;

namespace {

const CommandInfo commands[] = {
    {"init", QT_TRANSLATE_NOOP("pml", "create a tracker from the bundled strategy"), runInit},
    {"show", QT_TRANSLATE_NOOP("pml", "print the progress tree (text or --json)"), runShow},
    {"update", QT_TRANSLATE_NOOP("pml", "record a status update of an activity"), runUpdate},
    {"set", QT_TRANSLATE_NOOP("pml", "change an activity's planning and responsible actors"),
     runSet},
    {"config", QT_TRANSLATE_NOOP("pml", "list, read or change tracker settings"), runConfig},
    {"history", QT_TRANSLATE_NOOP("pml", "list recorded updates in recording order"), runHistory},
    {"explain", QT_TRANSLATE_NOOP("pml", "show what goes into a figure and its formula"),
     runExplain},
    {"export", QT_TRANSLATE_NOOP("pml", "write a tracker's strategy and history to a JSON file"),
     runExport},
    {"import", QT_TRANSLATE_NOOP("pml", "create a new tracker from an exported JSON file"),
     runImport},
    {"check",
     QT_TRANSLATE_NOOP("pml", "check a tracker's integrity, its audit log and a report's "
                              "fingerprint"),
     runCheck},
    {"review", QT_TRANSLATE_NOOP("pml", "submit, approve, return or reopen a line's quarter"),
     runReview},
    {"status", QT_TRANSLATE_NOOP("pml", "print what needs doing this quarter"), runStatus},
    {"users", QT_TRANSLATE_NOOP("pml", "list, add or remove the people of a tracker"), runUsers},
    {"evidence", QT_TRANSLATE_NOOP("pml", "add, list, open or withdraw evidence"), runEvidence},
    {"audit", QT_TRANSLATE_NOOP("pml", "list the audit log of every change"), runAudit},
    {"generate", QT_TRANSLATE_NOOP("pml", "build a synthetic tracker of a given size"),
     runGenerate},
    {"bench", QT_TRANSLATE_NOOP("pml", "measure what the program costs on a tracker"), runBench},
    {"report", QT_TRANSLATE_NOOP("pml", "write a quarterly progress report"), runReport},
};

void printUsage(QTextStream& out)
{
    out << pml::Messages::tr("Usage: pml-tracker-cli COMMAND [arguments] [options]") << "\n\n"
        << pml::Messages::tr(
               "Follows the progress of the national cleaner production strategy (PML).")
        << "\n\n"
        << pml::Messages::tr("Commands:") << '\n';
    for (const CommandInfo& command : commands) {
        out << "  " << padRight(QString::fromLatin1(command.name), 10)
            << pml::Messages::tr(command.summary) << '\n';
    }
    out << '\n'
        << pml::Messages::tr("Options:") << '\n'
        << "  -h, --help     " << pml::Messages::tr("Displays help on commandline options.") << '\n'
        << "  -v, --version  " << pml::Messages::tr("Displays version information.") << "\n\n"
        << pml::Messages::tr("Run 'pml-tracker-cli COMMAND --help' for the arguments of a command.")
        << '\n';
}

// "Today" is the system date unless PML_TODAY fixes it (used by tests and scripts): then
// core's today() is fixed too, so every rule takes the same day.
QDate today()
{
    const QString fixed = qEnvironmentVariable("PML_TODAY");
    if (!fixed.isEmpty()) {
        pml::setToday(parseDate(fixed, QStringLiteral("PML_TODAY")));
    }
    return pml::today();
}

} // namespace

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> app;
    // Reports paint (PDF, charts), which needs a GUI application even on a server:
    // only the commands that write reports get one, on the offscreen platform unless
    // told otherwise.
    if (argc > 1 && (qstrcmp(argv[1], "report") == 0 || qstrcmp(argv[1], "bench") == 0)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        // Servers often define no runtime folder; Qt would then warn on stderr, which
        // scripts read as a failure. A private folder, as Qt itself would make, is quiet.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QString dir =
                QDir::tempPath() + QStringLiteral("/runtime-pml-") + QString::number(getuid());
            QDir().mkpath(dir);
            QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    }
    if (!app) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("pml-tracker-cli"));
    pml::setSurface(pml::Surface::CommandLine); // refusals end with a command, not a page
    QCoreApplication::setApplicationVersion(QStringLiteral(PML_VERSION));
    // Messages in the system's language (Spanish on a Spanish system), as in the window;
    // JSON keys and status words stay as documented for scripts.
    pml::installTranslations(pml::systemLanguage());

    TerminalOutput standardOutput(stdout);
    TerminalOutput standardError(stderr);
    QTextStream out(&standardOutput);
    QTextStream err(&standardError);
    QStringList arguments = app->arguments().mid(1);

    if (arguments.isEmpty()) {
        printUsage(err);
        return 2;
    }
    const QString name = arguments.takeFirst();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") ||
        name == QLatin1String("help")) {
        printUsage(out);
        return 0;
    }
    if (name == QLatin1String("--version") || name == QLatin1String("-v")) {
        out << "pml-tracker-cli " << PML_VERSION << '\n';
        return 0;
    }

    const auto command = std::find_if(std::begin(commands), std::end(commands),
                                      [&](const CommandInfo& c) { return name == c.name; });
    if (command == std::end(commands)) {
        err << "pml-tracker-cli: " << pml::Messages::tr("unknown command '%1'").arg(name) << '\n';
        err << pml::Messages::tr("Run 'pml-tracker-cli --help' for the list of commands.") << '\n';
        return 2;
    }

    try {
        CommandContext context{arguments, out, err, today()};
        const int code = command->run(context);
        out.flush();
        return code;
    } catch (const UsageError& e) {
        out.flush();
        err << "pml-tracker-cli: " << e.message() << '\n';
        return 2;
    } catch (const pml::Error& e) {
        out.flush();
        err << "pml-tracker-cli: " << e.message() << '\n';
        return 1;
    } catch (const std::bad_alloc&) {
        out.flush();
        err << "pml-tracker-cli: "
            << pml::Messages::tr("not enough memory to finish; nothing was changed") << '\n';
        return 1;
    } catch (const std::exception&) {
        // Library text (std::, Qt, SQLite) is not for users; every write is one
        // transaction, so an unexpected failure leaves the tracker as it was.
        out.flush();
        err << "pml-tracker-cli: "
            << pml::Messages::tr("unexpected internal error; nothing was changed") << '\n';
        return 1;
    }
}
