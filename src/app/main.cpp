// pml-tracker: the desktop application.
#include "core/error.h"
#include "gui/file_operations.h"
#include "gui/main_window.h"
#include "gui/preferences_dialog.h"
#include "i18n/i18n.h"

#include <QApplication>
#include <QCommandLineParser>
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

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MINAM"));
    QApplication::setOrganizationDomain(QStringLiteral("minam.gob.pe"));
    QApplication::setApplicationName(QStringLiteral("pml-tracker"));
    QApplication::setApplicationDisplayName(QStringLiteral("PML Tracker"));
    QApplication::setApplicationVersion(QStringLiteral(PML_VERSION));

    QString language = languageArgument(QApplication::arguments());
    if (!pml::availableLanguages().contains(language))
        language = pml::PreferencesDialog::savedLanguage();
    pml::installTranslations(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Main::tr("Follow-up of the National Strategy for Cleaner and More Efficient Production."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption readOnly(
        QStringLiteral("read-only"),
        Main::tr("Open the tracker read-only: nothing can be changed."));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  Main::tr("Interface language for this session: es or en."),
                                  Main::tr("language"));
    parser.addOption(readOnly);
    parser.addOption(lang);
    parser.addPositionalArgument(
        Main::tr("file"),
        Main::tr("Tracker to open (default: the tracker in your data folder, created on first "
                 "run)."),
        Main::tr("[file]"));
    parser.process(app);
    if (parser.isSet(lang) && !pml::availableLanguages().contains(parser.value(lang))) {
        std::fputs(
            qPrintable(
                Main::tr("Unknown language \"%1\": use es or en.\n").arg(parser.value(lang))),
            stderr);
        return 1;
    }
    if (parser.positionalArguments().size() > 1)
        parser.showHelp(1);

    QString file;
    if (!parser.positionalArguments().isEmpty()) {
        file = parser.positionalArguments().constFirst();
    } else {
        file = pml::defaultTrackerPath();
        try {
            pml::ensureTrackerExists(file);
        } catch (const pml::Error& error) {
            QMessageBox::critical(
                nullptr, Main::tr("PML Tracker"),
                Main::tr("The default tracker could not be created.\n\n%1").arg(error.message()));
            return 1;
        }
    }

    pml::MainWindow window;
    window.show();
    const pml::OpenMode mode =
        parser.isSet(readOnly) ? pml::OpenMode::ReadOnly : pml::OpenMode::ReadWrite;
    // Open once the window is on screen, so a big tracker shows its progress.
    QTimer::singleShot(0, &window, [&window, file, mode] { window.openTracker(file, mode); });
    return app.exec();
}
