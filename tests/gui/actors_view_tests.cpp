#include "gui/actors/actor_activities_model.h"
#include "gui/actors/actor_dialog.h"
#include "gui/actors/actors_table_model.h"
#include "gui/actors/actors_view.h"
#include "gui_fixtures.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace pml;
using namespace pml::test;

namespace {

void settle(TrackerDocument& document)
{
    REQUIRE(waitFor([&] { return !document.isBusy(); }));
}

QStringList actorNames(const ActorsTableModel& model)
{
    QStringList names;
    for (int r = 0; r < model.rowCount(); ++r) {
        names << model.row(r).actor.name;
    }
    return names;
}

} // namespace

TEST_CASE("the institutions view lists the 31 institutions", "[actors]")
{
    TempTracker tracker;
    auto document = tracker.open();
    ActorsView view(document.get());
    view.show();
    QAbstractItemModelTester tester(view.actorsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester activitiesTester(
        view.activitiesModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const ActorsTableModel& model = *view.actorsModel();
    REQUIRE(model.rowCount() == 31);
    REQUIRE(view.actorsTable()->model()->rowCount() == 31);
    const int conam =
        model.rowOfActor(document->snapshot().strategy.actorByName(QStringLiteral("CONAM"))->id);
    REQUIRE(model.index(conam, ActorsTableModel::Name).data().toString() ==
            QStringLiteral("Consejo Nacional del Ambiente"));
    REQUIRE(model.index(conam, ActorsTableModel::ShortName).data().toString() ==
            QStringLiteral("CONAM"));
    REQUIRE(model.index(conam, ActorsTableModel::Group).data().toString() ==
            actorGroupName(ActorGroup::Other));
    REQUIRE(model.index(conam, ActorsTableModel::Leads).data().toInt() == 0);
    REQUIRE(view.addButton()->isEnabled());
    REQUIRE(view.editButton()->isEnabled()); // the first institution is current
}

TEST_CASE("an institution's activities, counts and mean progress", "[actors]")
{
    TempTracker tracker;
    auto document = tracker.open();
    ActorsView view(document.get());
    const Strategy& strategy = document->snapshot().strategy;
    const qint64 sni = strategy.actorByName(QStringLiteral("SNI"))->id;
    const qint64 conam = strategy.actorByName(QStringLiteral("CONAM"))->id;
    REQUIRE(document->setResponsibility(QStringLiteral("6.C1"), sni, {conam}).done());
    settle(*document);
    REQUIRE(document->setResponsibility(QStringLiteral("2.C1"), conam, {}).done());
    settle(*document);
    REQUIRE(document
                ->recordUpdates({updateRequest(QStringLiteral("6.C1"), Status::InProgress, 40),
                                 updateRequest(QStringLiteral("2.C1"), Status::Completed, 100)})
                .done());
    settle(*document);

    const ActorsTableModel& model = *view.actorsModel();
    const auto& sniRow = model.row(model.rowOfActor(sni));
    const auto& conamRow = model.row(model.rowOfActor(conam));
    REQUIRE(sniRow.leads == 1);
    REQUIRE(sniRow.supports == 0);
    REQUIRE(*sniRow.meanProgress == Approx(40));
    REQUIRE(conamRow.leads == 1);
    REQUIRE(conamRow.supports == 1);
    REQUIRE(*conamRow.meanProgress == Approx(70));

    view.selectActor(conam);
    REQUIRE(view.currentActor() == conam);
    const ActorActivitiesModel& activities = *view.activitiesModel();
    REQUIRE(activities.rowCount() == 2);
    REQUIRE(activities.row(0).code == QStringLiteral("2.C1")); // led first
    REQUIRE(activities.row(0).role == ActorRole::Lead);
    REQUIRE(activities.row(0).percent == 100);
    REQUIRE(activities.row(1).code == QStringLiteral("6.C1"));
    REQUIRE(activities.row(1).role == ActorRole::Support);
    REQUIRE(activities.row(1).percent == 40);
    REQUIRE(activities.row(1).schedule ==
            document->progress().activities.value(QStringLiteral("6.C1")).schedule);

    QSignalSpy activated(&view, &ActorsView::itemActivated);
    QTableView* table = view.activitiesTable();
    table->setCurrentIndex(table->model()->index(1, 0));
    Q_EMIT table->activated(table->currentIndex());
    REQUIRE(activated.count() == 1);
    REQUIRE(activated.at(0).at(0).value<ItemRef>() == ItemRef::activity(QStringLiteral("6.C1")));
}

TEST_CASE("adding and editing institutions", "[actors]")
{
    TempTracker tracker;
    auto document = tracker.open();
    ActorsView view(document.get());
    const ActorsTableModel& model = *view.actorsModel();

    const qint64 id = document
                          ->addActor(QStringLiteral("Red de Municipios Limpios"),
                                     QStringLiteral("REMUL"), ActorGroup::Other)
                          .id;
    REQUIRE(id != 0);
    settle(*document);
    REQUIRE(model.rowCount() == 32);
    REQUIRE(actorNames(model).contains(QStringLiteral("Red de Municipios Limpios")));

    Actor renamed = model.row(model.rowOfActor(id)).actor;
    renamed.name = QStringLiteral("Red de Municipalidades Limpias");
    renamed.group = ActorGroup::BusinessAssociation;
    REQUIRE(document->updateActor(renamed).done());
    settle(*document);
    const auto& row = model.row(model.rowOfActor(id));
    REQUIRE(row.actor.name == QStringLiteral("Red de Municipalidades Limpias"));
    REQUIRE(row.actor.group == ActorGroup::BusinessAssociation);
    REQUIRE(model.rowCount() == 32);
}

TEST_CASE("the institution dialog refuses empty and taken names", "[actors]")
{
    TempTracker tracker;
    auto document = tracker.open();
    const Strategy& strategy = document->snapshot().strategy;
    ActorDialog add(strategy, Actor{});
    REQUIRE_FALSE(add.problem().isEmpty()); // no name yet
    add.setName(QStringLiteral("  conam "));
    REQUIRE(add.problem().contains(QStringLiteral("Consejo Nacional del Ambiente")));
    add.setName(QStringLiteral("Nueva  institución "));
    add.setShortName(QStringLiteral("NI"));
    add.setGroup(ActorGroup::Sector);
    REQUIRE(add.problem().isEmpty());
    REQUIRE(add.actor().name == QStringLiteral("Nueva institución"));
    REQUIRE(add.actor().group == ActorGroup::Sector);

    const Actor* sni = strategy.actorByName(QStringLiteral("SNI"));
    ActorDialog edit(strategy, *sni);
    REQUIRE(edit.problem().isEmpty()); // its own name is not a conflict
    REQUIRE(edit.actor().id == sni->id);
}

TEST_CASE("a read-only tracker offers no institution edits", "[actors]")
{
    TempTracker tracker;
    auto document = tracker.open(OpenMode::ReadOnly);
    ActorsView view(document.get());
    REQUIRE(view.actorsModel()->rowCount() == 31);
    REQUIRE_FALSE(view.addButton()->isEnabled());
    REQUIRE_FALSE(view.editButton()->isEnabled());
}
