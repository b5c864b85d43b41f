// pml-tracker: the desktop application.
#include "core/enums.h"
#include "core/error.h"
#include "gui/application.h"
#include "gui/document/acting_user.h"
#include "gui/file_operations.h"
#include "gui/main_window.h"
#include "gui/settings/preferences_dialog.h"
#include "i18n/i18n.h"
#include "startup_probe.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

namespace {

// --lang must take effect before the parser's own texts are built.
QString languageArgument(const QStringList& arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument.startsWith(QLatin1String("--lang=")))
            return argument.mid(7);
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
    }
    return {};
}

struct Main {
    Q_DECLARE_TR_FUNCTIONS(pml::Main)
};

// --help and --version print and quit: they need no display, so no QApplication.
bool onlyPrints(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char* option : {"-h", "--help", "--help-all", "-v", "--version", "-?"}) {
            if (qstrcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("MINAM"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("minam.gob.pe"));
    QCoreApplication::setApplicationName(QStringLiteral("pml-tracker"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PML_VERSION));
}

// Desktops match the window with its menu entry (name, icon) by the entry's file name.
void showAsDesktopEntry()
{
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.pml_tracker.PmlTracker"));
    QIcon icon;
    for (const char* size : {"32", "64", "256"})
        icon.addFile(QStringLiteral(":/icons/pml-tracker-%1.png").arg(QLatin1String(size)));
    QApplication::setWindowIcon(icon);
}

// The saved or given interface language, installed before any text is built.
void installLanguage()
{
    QString language = languageArgument(QCoreApplication::arguments());
    if (!pml::languageKeys().contains(language))
        language = pml::PreferencesDialog::savedLanguage();
    pml::installTranslations(language);
}

struct Options {
    QCommandLineOption readOnly{QStringLiteral("read-only"),
                                Main::tr("Open the tracker read-only: nothing can be changed.")};
    QCommandLineOption lang{QStringLiteral("lang"),
                            Main::tr("Interface language for this session: es or en."),
                            Main::tr("language")};
    QCommandLineOption user{QStringLiteral("user"),
                            Main::tr("Act as this person (listed in the tracker) for this "
                                     "session, instead of the name in Preferences."),
                            Main::tr("name")};
};

void setUp(QCommandLineParser& parser, const Options& options)
{
    parser.setApplicationDescription(
        Main::tr("Follow-up of the National Strategy for Cleaner and More Efficient Production."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(options.readOnly);
    parser.addOption(options.lang);
    parser.addOption(options.user);
    parser.addPositionalArgument(
        Main::tr("file"),
        Main::tr("Tracker to open (default: the tracker in your data folder, created on first "
                 "run)."),
        Main::tr("[file]"));
}

} // namespace

int main(int argc, char* argv[])
{
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        installLanguage();
        QCommandLineParser parser;
        const Options options;
        setUp(parser, options);
        parser.process(app); // prints and exits
        return 0;
    }
    QElapsedTimer clock; // for the start-up probe
    clock.start();
    pml::Application app(argc, argv); // an exception no slot caught does not end it
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("PML Tracker"));
    showAsDesktopEntry();
    installLanguage();

    QCommandLineParser parser;
    const Options options;
    setUp(parser, options);
    parser.process(app);
    if (parser.isSet(options.lang) && !pml::languageKeys().contains(parser.value(options.lang))) {
        std::fputs(qPrintable(Main::tr("Unknown language \"%1\": use es or en.\n")
                                  .arg(parser.value(options.lang))),
                   stderr);
        return 1;
    }
    if (parser.positionalArguments().size() > 1)
        parser.showHelp(1);
    if (parser.isSet(options.user)) {
        const QString user = parser.value(options.user).trimmed();
        if (const auto problem = pml::personNameProblem(user)) {
            std::fputs(qPrintable(Main::tr("Invalid --user: %1.\n").arg(*problem)), stderr);
            return 1;
        }
        pml::setSessionUser(user); // every tracker this window opens acts as them
    }

    QString file;
    if (!parser.positionalArguments().isEmpty()) {
        file = parser.positionalArguments().constFirst();
    } else {
        file = pml::defaultTrackerPath();
        try {
            pml::ensureTrackerExists(file, pml::actingUserName());
        } catch (const pml::Error& error) {
            QMessageBox::critical(
                nullptr, Main::tr("PML Tracker"),
                Main::tr("The default tracker could not be created.\n\n%1").arg(error.message()));
            return 1;
        }
    }

    pml::MainWindow window;
    if (pml::StartupProbe::requested())
        new pml::StartupProbe(&window, clock);
    window.show();
    const pml::OpenMode mode =
        parser.isSet(options.readOnly) ? pml::OpenMode::ReadOnly : pml::OpenMode::ReadWrite;
    // Open once the window is on screen, so a big tracker shows its progress.
    QTimer::singleShot(0, &window, [&window, file, mode] { window.openTracker(file, mode); });
    return app.exec();
}
