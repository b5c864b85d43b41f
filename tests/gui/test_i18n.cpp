#include "core/user.h"
#include "gui/main_window.h"
#include "gui/settings/preferences_dialog.h"
#include "gui/widgets/date_text.h"
#include "gui_fixtures.h"
#include "i18n/i18n.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QMenuBar>
#include <QPushButton>
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

TEST_CASE("Qt's own buttons and dialogs speak Spanish too", "[i18n]")
{
    REQUIRE(installTranslations(QStringLiteral("es")));
    QDialogButtonBox buttons(QDialogButtonBox::Close | QDialogButtonBox::Cancel |
                             QDialogButtonBox::Yes | QDialogButtonBox::No);
    const auto text = [&](QDialogButtonBox::StandardButton which) {
        return buttons.button(which)->text().remove(QLatin1Char('&'));
    };
    CHECK(text(QDialogButtonBox::Close) == QStringLiteral("Cerrar"));
    CHECK(text(QDialogButtonBox::Cancel) == QStringLiteral("Cancelar"));
    CHECK(text(QDialogButtonBox::Yes) == QStringLiteral("Sí"));
    CHECK(QCoreApplication::translate("QFileDialog", "Open") == QStringLiteral("Abrir"));
    // Dates: day, month and a four-digit year, in Spanish order.
    CHECK(dateText(QDate(2026, 11, 30)) == QStringLiteral("30/11/2026"));
    CHECK(dateText(QDate(2026, 1, 1)) == QStringLiteral("01/01/2026"));
    installTranslations(QStringLiteral("en"));
}

TEST_CASE("recorded by starts with the system user name, as in the CLI", "[i18n]")
{
    TempTracker tracker;
    auto document = tracker.open();
    CHECK(document->userName() == systemUserName());
    CHECK_FALSE(document->userName().isEmpty());
}
