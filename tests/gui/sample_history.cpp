#include "sample_history.h"

#include "core/clock.h"
#include "gui_fixtures.h"

namespace pml::test {

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

QString sampleMonitor()
{
    return monitor;
}

QString sampleReviewer()
{
    return reviewer;
}

QString sampleCoordinator()
{
    return coordinator;
}

bool recordSampleHistory(const QString& trackerFile)
{
    bool recorded = false;
    {
        // Some updates today, so figures and schedules show.
        TrackerDocument document(openTrackerFile(trackerFile));
        recorded =
            document
                .recordUpdates({updateRequest(QStringLiteral("14.C1"), Status::InProgress, 50,
                                              QStringLiteral("Taller realizado en Lima")),
                                updateRequest(QStringLiteral("1.C1"), Status::Completed, {}),
                                updateRequest(QStringLiteral("1.C2"), Status::InProgress, 20),
                                updateRequest(QStringLiteral("3.C1"), Status::InProgress, 80),
                                updateRequest(QStringLiteral("6.C1"), Status::Suspended, 10)})
                .done();
    }
    reviewSomeQuarters(trackerFile);
    return recorded;
}

} // namespace pml::test
