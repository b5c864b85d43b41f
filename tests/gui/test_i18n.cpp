#include "gui/main_window.h"
#include "gui/preferences_dialog.h"
#include "gui_fixtures.h"
#include "i18n/i18n.h"

#include <QMenuBar>
#include <QTabWidget>

#include <catch2/catch.hpp>

using namespace pml;
using namespace pml::test;

namespace {

QString firstMenuTitle(MainWindow& window)
{
    return window.menuBar()->actions().first()->text();
}

} // namespace

TEST_CASE("switching the language retranslates the open window", "[i18n]")
{
    TempTracker tracker;
    REQUIRE(installTranslations(QStringLiteral("en")));
    MainWindow window;
    window.openTracker(tracker.path);
    REQUIRE(firstMenuTitle(window) == QStringLiteral("&File"));

    REQUIRE(installTranslations(QStringLiteral("es")));
    REQUIRE(currentLanguage() == QStringLiteral("es"));
    REQUIRE(firstMenuTitle(window) == QStringLiteral("&Archivo"));
    REQUIRE(window.pages()->tabText(MainWindow::StrategyPage) == QStringLiteral("Estrategia"));
    REQUIRE(QLocale().language() == QLocale::Spanish);

    REQUIRE(installTranslations(QStringLiteral("en")));
    REQUIRE(firstMenuTitle(window) == QStringLiteral("&File"));
    REQUIRE_FALSE(installTranslations(QStringLiteral("fr")));
    REQUIRE(currentLanguage() == QStringLiteral("en"));
}

TEST_CASE("the language chosen in preferences is applied at once and remembered", "[i18n]")
{
    REQUIRE(installTranslations(QStringLiteral("en")));
    MainWindow window;
    {
        PreferencesDialog dialog(nullptr);
        dialog.setLanguage(QStringLiteral("es"));
        dialog.accept();
    }
    REQUIRE(firstMenuTitle(window) == QStringLiteral("&Archivo"));
    REQUIRE(PreferencesDialog::savedLanguage() == QStringLiteral("es"));
    installTranslations(QStringLiteral("en"));
}

TEST_CASE("the default language follows the system", "[i18n]")
{
    const QString expected = QLocale::system().language() == QLocale::Spanish
                                 ? QStringLiteral("es")
                                 : QStringLiteral("en");
    REQUIRE(systemLanguage() == expected);
    REQUIRE(localeForLanguage(QStringLiteral("es")).language() == QLocale::Spanish);
    REQUIRE(localeForLanguage(QStringLiteral("en")).language() == QLocale::English);
}
