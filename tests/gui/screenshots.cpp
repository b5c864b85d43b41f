// Hidden test case that saves screenshots of the main window's pages, for the user
// guide and for looking at the layout:
//   PML_SCREENSHOT_DIR=out PML_SCREENSHOT_LANG=es pml_gui_tests "[.screenshots]"
#include "gui/main_window.h"
#include "gui/preferences_dialog.h"
#include "gui/report_dialog.h"
#include "gui_fixtures.h"
#include "i18n/i18n.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QTabWidget>

#include <catch2/catch.hpp>

using namespace pml;
using namespace pml::test;

TEST_CASE("screenshots of the main window", "[.screenshots]")
{
    const QString folder = qEnvironmentVariable("PML_SCREENSHOT_DIR", QStringLiteral("."));
    QDir().mkpath(folder);
    installTranslations(qEnvironmentVariable("PML_SCREENSHOT_LANG", QStringLiteral("es")));
    TempTracker tracker;
    {
        // Some history, so figures and schedules show.
        auto document = tracker.open();
        REQUIRE(document
                    ->recordUpdates({updateRequest(QStringLiteral("14.C1"), Status::InProgress, 50,
                                                   QStringLiteral("Taller realizado en Lima")),
                                     updateRequest(QStringLiteral("1.C1"), Status::Completed, {}),
                                     updateRequest(QStringLiteral("1.C2"), Status::InProgress, 20),
                                     updateRequest(QStringLiteral("3.C1"), Status::InProgress, 80),
                                     updateRequest(QStringLiteral("6.C1"), Status::Suspended, 10)})
                    .done());
    }
    MainWindow window;
    window.resize(1280, 800);
    window.openTracker(tracker.path);
    window.show();
    REQUIRE(waitFor([&] { return window.document() != nullptr; }));
    const char* names[] = {"estrategia", "actividades", "tablero", "entidades"};
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        window.showPage(MainWindow::Page(page));
        waitFor([] { return false; }, 300);
        REQUIRE(window.grab().save(QDir(folder).filePath(
            QStringLiteral("pantalla-%1.png").arg(QLatin1String(names[page])))));
    }
    PreferencesDialog dialog(window.document(), &window);
    dialog.show();
    dialog.findChild<QTabWidget*>(QStringLiteral("tabs"))->setCurrentIndex(1);
    Settings edited = window.document()->snapshot().settings;
    edited.mode = RollupMode::Activities;
    dialog.setEditedSettings(edited);
    waitFor([] { return false; }, 200);
    REQUIRE(dialog.grab().save(QDir(folder).filePath(QStringLiteral("pantalla-preferencias.png"))));
    dialog.close();

    // Qt's own dialogs and buttons, in the interface language too.
    ReportDialog report(window.document(), &window);
    report.resize(1000, 700);
    report.show();
    waitFor([] { return false; }, 500);
    REQUIRE(report.grab().save(QDir(folder).filePath(QStringLiteral("pantalla-informe.png"))));
    report.close();
    QMessageBox question(QMessageBox::Question, QStringLiteral("PML Tracker"),
                         QStringLiteral("¿Guardar los cambios?"),
                         QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, &window);
    question.show();
    waitFor([] { return false; }, 200);
    REQUIRE(question.grab().save(QDir(folder).filePath(QStringLiteral("dialogo-mensaje.png"))));
    question.close();
    QFileDialog files(&window, QStringLiteral("Exportar JSON"), folder);
    files.setOption(QFileDialog::DontUseNativeDialog);
    files.setAcceptMode(QFileDialog::AcceptSave);
    files.resize(800, 500);
    files.show();
    waitFor([] { return false; }, 300);
    REQUIRE(files.grab().save(QDir(folder).filePath(QStringLiteral("dialogo-archivo.png"))));
    files.close();
    installTranslations(QStringLiteral("en"));
}
