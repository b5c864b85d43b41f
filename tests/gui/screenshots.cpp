// Hidden test case that saves screenshots of the main window's pages, for the user
// guide and for looking at the layout:
//   PML_SCREENSHOT_DIR=out PML_SCREENSHOT_LANG=es pml_gui_tests "[.screenshots]"
#include "core/clock.h"
#include "gui/audit/audit_view.h"
#include "gui/document/acting_user.h"
#include "gui/main_window.h"
#include "gui/reports/report_dialog.h"
#include "gui/review/review_view.h"
#include "gui/settings/preferences_dialog.h"
#include "gui_fixtures.h"
#include "i18n/i18n.h"
#include "sample_history.h"

#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTabWidget>

#include <catch2/catch.hpp>

using namespace pml;
using namespace pml::test;

namespace {

// A laptop's screen, the smallest the window is made for.
const QSize laptopScreen(1366, 768);

} // namespace

TEST_CASE("screenshots of the main window", "[.screenshots]")
{
    const QString folder = qEnvironmentVariable("PML_SCREENSHOT_DIR", QStringLiteral("."));
    QDir().mkpath(folder);
    installTranslations(qEnvironmentVariable("PML_SCREENSHOT_LANG", QStringLiteral("es")));
    TempTracker tracker;
    REQUIRE(recordSampleHistory(tracker.path));
    setSessionUser(sampleCoordinator()); // someone with every role; the review page as the reviewer
    MainWindow window;
    window.resize(laptopScreen);
    window.openTracker(tracker.path);
    window.show();
    REQUIRE(waitFor([&] { return window.document() != nullptr; }));
    // The pages without the "to do" dock, which has a picture of its own.
    window.remindersDock()->hide();
    const char* names[] = {"estrategia", "actividades", "tablero", "entidades",
                           "revision",   "auditoria",   "personas"};
    static_assert(std::size(names) == MainWindow::PageCount);
    auto* review = qobject_cast<ReviewView*>(window.page(MainWindow::ReviewPage));
    review->showLineQuarter(quarterOf(pml::today()).previous(), 1);
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        window.document()->setUserName(page == MainWindow::ReviewPage ? sampleReviewer()
                                                                      : sampleCoordinator());
        window.showPage(MainWindow::Page(page));
        waitFor([] { return false; }, 300);
        REQUIRE(window.grab().save(QDir(folder).filePath(
            QStringLiteral("pantalla-%1.png").arg(QLatin1String(names[page])))));
    }
    window.showPage(MainWindow::StrategyPage);
    window.remindersDock()->show();
    waitFor([] { return false; }, 300);
    REQUIRE(window.grab().save(QDir(folder).filePath(QStringLiteral("pantalla-pendientes.png"))));
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
    setSessionUser({});
    installTranslations(QStringLiteral("en"));
}

// The review cycle, step by step, as the user guide shows it: line 1 of the quarter just
// ended, submitted (sample history); the reviewer is asked before approving; approved;
// reopened, and waiting in the "to do" list to be submitted again.
TEST_CASE("screenshots of the review cycle", "[.screenshots]")
{
    const QString folder = qEnvironmentVariable("PML_SCREENSHOT_DIR", QStringLiteral("."));
    QDir().mkpath(folder);
    installTranslations(qEnvironmentVariable("PML_SCREENSHOT_LANG", QStringLiteral("es")));
    TempTracker tracker;
    REQUIRE(recordSampleHistory(tracker.path));
    setSessionUser(sampleReviewer());
    MainWindow window;
    window.resize(laptopScreen);
    window.openTracker(tracker.path);
    window.show();
    REQUIRE(waitFor([&] { return window.document() != nullptr; }));
    const auto shoot = [&](QWidget* widget, const char* name) {
        waitFor([] { return false; }, 400);
        REQUIRE(widget->grab().save(
            QDir(folder).filePath(QStringLiteral("ciclo-%1.png").arg(QLatin1String(name)))));
    };
    window.showPage(MainWindow::ReviewPage);
    auto* review = qobject_cast<ReviewView*>(window.page(MainWindow::ReviewPage));
    const Quarter ended = quarterOf(pml::today()).previous();
    review->showLineQuarter(ended, 1);
    shoot(&window, "1-remitido");

    // The question approval asks, then the approval itself.
    review->setApprovalConfirmation([&](const QString& question) {
        QMessageBox box(QMessageBox::Question, QString(), question, QMessageBox::Cancel, &window);
        box.addButton(ReviewView::tr("&Approve"), QMessageBox::AcceptRole);
        box.show();
        shoot(&box, "2-confirmar-aprobacion");
        return true;
    });
    review->approve();
    REQUIRE(review->state() == ReviewState::Approved);
    shoot(&window, "3-aprobado");

    auto* reason = review->findChild<QPlainTextEdit*>(QStringLiteral("reviewText"));
    REQUIRE(reason);
    reason->setPlainText(QStringLiteral("Corregir el avance de 1.C1 al 30 de junio"));
    review->reopen();
    REQUIRE(review->state() == ReviewState::Open);
    window.remindersDock()->show();
    shoot(&window, "4-reabierto");
    setSessionUser({});
    installTranslations(QStringLiteral("en"));
}
