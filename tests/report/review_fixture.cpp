#include "review_fixture.h"

#include "core/user.h"
#include "report_fixture.h"
#include "storage/strategy_json.h"

#include <catch2/catch.hpp>

namespace pml::test {

const QString monitorName = QStringLiteral("Luis Monitor");
const QString reviewerName = QStringLiteral("Ana Revisora");

Narrative line2Narrative()
{
    return {QStringLiteral("Se identificaron socios <tecnológicos> & sectores prioritarios."),
            QStringLiteral("Retraso en los convenios.\nFalta de presupuesto."),
            QStringLiteral("Firmar dos convenios en el T3.")};
}

Quarter reviewQuarter()
{
    return {2026, 2};
}

UpdateRequest updateRequest(const QString& code, Status status, std::optional<int> percent,
                            const QDate& date, const QString& note)
{
    UpdateRequest r;
    r.activity = code;
    r.status = status;
    r.percent = percent;
    r.effectiveDate = date;
    r.note = note;
    r.recordedBy = monitorName;
    return r;
}

ReviewTransition reviewStep(TrackerStore& store, int line, ReviewAction action, const QString& who,
                            const QString& text, const Narrative& narrative)
{
    const QString before = store.actingUser();
    store.setActingUser(who);
    const ReviewTransition t =
        store.review({reviewQuarter(), line, action, text, narrative}, QDate(2026, 7, 10));
    store.setActingUser(before);
    return t;
}

std::unique_ptr<ReviewTracker> approvedLine2Tracker()
{
    auto tracker = std::make_unique<ReviewTracker>();
    REQUIRE(tracker->dir.isValid());
    tracker->file = tracker->dir.filePath(QStringLiteral("seguimiento.pml"));
    TrackerContent content;
    content.strategy = bundledStrategy();
    content.settings.start = QDate(2026, 1, 1);
    content.people = {Person{systemUserName(), allRoles(), true},
                      Person{monitorName, {Role::Monitor}, true},
                      Person{reviewerName, {Role::Reviewer}, true}};
    tracker->store = createTrackerFile(tracker->file, content);
    TrackerStore& store = *tracker->store;
    tracker->actor = content.strategy.actors.first().id;
    store.setResponsibility(QStringLiteral("11.C1"), tracker->actor, {});
    store.setResponsibility(QStringLiteral("14.C1"), tracker->actor, {});
    const QList<StatusUpdate> recorded = store.recordUpdates(
        {updateRequest(QStringLiteral("11.C2"), Status::InProgress, 10, QDate(2026, 3, 20)),
         updateRequest(QStringLiteral("11.C1"), Status::InProgress, 40, QDate(2026, 5, 10),
                       QStringLiteral("Taller con socios")),
         updateRequest(QStringLiteral("12.C1"), Status::Completed, 100, QDate(2026, 6, 20)),
         updateRequest(QStringLiteral("14.C1"), Status::InProgress, 30, QDate(2026, 5, 15))},
        QDate(2026, 7, 1));
    EvidenceRequest file;
    file.update = recorded[1].id;
    file.name = QStringLiteral("acta-taller.pdf");
    file.content = QByteArray(3000, 'x');
    store.addEvidence(file);
    EvidenceRequest link;
    link.quarter = reviewQuarter();
    link.line = 2;
    link.url = QStringLiteral("https://example.org/informes/t2?linea=2&v=1");
    store.addEvidence(link);
    reviewStep(store, 2, ReviewAction::Submit, monitorName, {}, line2Narrative());
    reviewStep(store, 2, ReviewAction::Approve, reviewerName);
    return tracker;
}

ReportModel q2Report(TrackerStore& store, std::optional<int> line, const QString& language)
{
    return buildReport(store, quarterOptions(2026, 2, line, language), testMeta());
}

} // namespace pml::test
