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

#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QMessageBox>
#include <QTabWidget>

#include <catch2/catch.hpp>

using namespace pml;
using namespace pml::test;

namespace {

const QString monitor = QStringLiteral("Ana Quispe");
const QString reviewer = QStringLiteral("Rosa Huamán");
const QString coordinator = QStringLiteral("María Torres"); // every role

// The quarter just ended under review: line 1 submitted with its narrative and evidence,
// line 2 returned with a note, a few updates effective in the quarter.
void reviewSomeQuarters(const QString& file)
{
    auto store = openTrackerFile(file);
    store->addPerson(monitor, {Role::Monitor});
    store->addPerson(reviewer, {Role::Reviewer});
    store->addPerson(coordinator, allRoles());
    store->setActingUser(monitor);
    const QDate today = pml::today();
    const Quarter ended = quarterOf(today).previous();
    const auto update = [&](const QString& code, int days, Status status, int percent,
                            const QString& note) {
        return UpdateRequest{code, ended.firstDay().addDays(days), status, percent, note, {}};
    };
    const QList<StatusUpdate> recorded = store->recordUpdates(
        {update(QStringLiteral("1.C3"), 20, Status::InProgress, 35,
                QStringLiteral("Campaña radial en Cusco y Puno")),
         update(QStringLiteral("2.C1"), 45, Status::InProgress, 60,
                QStringLiteral("Material de difusión validado")),
         update(QStringLiteral("3.C1"), 70, Status::InProgress, 25, QStringLiteral("Taller")),
         update(QStringLiteral("11.C1"), 30, Status::InProgress, 15, QString())},
        today);
    ReviewRequest submit{ended, 1, ReviewAction::Submit, {}, {}};
    submit.narrative = {
        QStringLiteral("Campaña radial en dos regiones y material de difusión "
                       "validado con las direcciones regionales."),
        QStringLiteral("Retraso en la contratación del taller de Puno."),
        QStringLiteral("Publicar la guía de producción más limpia el próximo trimestre.")};
    EvidenceRequest acta;
    acta.quarter = ended;
    acta.line = 1;
    acta.name = QStringLiteral("acta-comite-tecnico.pdf");
    acta.content = QByteArray("%PDF-1.4 acta del comité técnico");
    store->addEvidence(acta);
    EvidenceRequest link;
    link.quarter = ended;
    link.line = 1;
    link.url = QStringLiteral("https://www.gob.pe/minam/campana-pml");
    store->addEvidence(link);
    EvidenceRequest photo;
    photo.update = recorded.at(1).id; // 2.C1's update
    photo.name = QStringLiteral("material-difusion.jpg");
    photo.content = QByteArray(2048, 'x');
    store->addEvidence(photo);
    store->review(submit, today); // after the evidence: a submitted quarter's stays as sent
    submit.line = 2;
    submit.narrative.achievements = QStringLiteral("Talleres con gremios empresariales.");
    store->review(submit, today);
    store->setActingUser(reviewer);
    store->review({ended,
                   2,
                   ReviewAction::Return,
                   QStringLiteral("Falta adjuntar la lista de asistentes de los talleres."),
                   {}},
                  today);
}

} // namespace

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
    reviewSomeQuarters(tracker.path);
    setSessionUser(coordinator); // someone with every role; the review page as the reviewer
    MainWindow window;
    window.resize(1280, 800);
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
        window.document()->setUserName(page == MainWindow::ReviewPage ? reviewer : coordinator);
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
