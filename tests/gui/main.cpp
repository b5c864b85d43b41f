// Catch2 main for the widget tests: an offscreen QApplication and settings kept in a
// temporary folder, so tests never touch the user's own preferences or trackers. Today is
// fixed once for the whole run (core's clock), so a run that passes midnight still sees
// one day; tests ask pml::today(), never the system clock.
#define CATCH_CONFIG_RUNNER
#include "core/clock.h"
#include "gui/application.h"

#include <QApplication>
#include <QDate>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    pml::Application app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("pml-tests"));
    QApplication::setApplicationName(QStringLiteral("pml-gui-tests"));
    QTemporaryDir settingsFolder;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsFolder.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsFolder.path());
    const pml::TodayFixed today(QDate::currentDate());
    return Catch::Session().run(argc, argv);
}
