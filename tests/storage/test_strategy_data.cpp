#include "storage/strategy_json.h"
#include "support.h"

#include <QFile>
#include <QMap>

using namespace pml;

TEST_CASE("bundled strategy: activities per objective and horizon match the document")
{
    const Strategy s = bundledStrategy();
    QMap<QString, int> counts; // "<first objective>:<horizon>"
    for (const Activity& a : s.activities) {
        counts[QStringLiteral("%1:%2").arg(a.objectives.first()).arg(horizonKey(a.horizon))]++;
    }
    const QMap<QString, int> expected = {
        {"1:C", 3},  {"1:ML", 3}, {"2:C", 1},  {"2:M", 1},  {"3:C", 1},  {"4:M", 2},  {"4:L", 1},
        {"5:C", 3},  {"5:M", 1},  {"6:C", 7},  {"6:M", 3},  {"7:C", 1},  {"8:C", 2},  {"8:M", 2},
        {"9:C", 2},  {"9:M", 1},  {"9:L", 1},  {"10:C", 2}, {"11:C", 4}, {"11:M", 3}, {"11:L", 2},
        {"12:C", 2}, {"12:M", 2}, {"12:L", 1}, {"13:C", 4}, {"13:M", 1}, {"14:C", 5}, {"14:M", 2},
        {"15:C", 2}, {"16:C", 1}, {"16:M", 1}, {"16:L", 1}, {"17:C", 1}, {"17:M", 1}, {"18:C", 3},
        {"18:M", 1}, {"19:C", 2}, {"19:M", 1}, {"20:C", 5}, {"20:M", 2}, {"20:L", 2}, {"21:C", 2},
        {"21:M", 2}, {"23:C", 2}, {"24:C", 3}, {"24:M", 1}, {"24:L", 1},
    };
    CHECK(counts == expected);
    CHECK(s.activities.size() == 97);
    CHECK(s.objectives.size() == 24);
    CHECK(s.lines.size() == 5);
    CHECK(s.barrierGroups.size() == 21);
}

TEST_CASE("bundled strategy: shared activities serve objectives 21 and 22")
{
    const Strategy s = bundledStrategy();
    int shared = 0;
    for (const Activity& a : s.activities) {
        if (a.objectives.contains(22)) {
            CHECK(a.objectives == QList<int>{21, 22});
            CHECK(a.code.startsWith("21."));
            ++shared;
        }
    }
    CHECK(shared == 4);
    CHECK(s.activity("22.C1") == nullptr);
    CHECK(s.activitiesOfObjective(22).size() == 4);
}

TEST_CASE("bundled strategy: actors, barrier groups and source codes")
{
    const Strategy s = bundledStrategy();
    REQUIRE(s.actors.size() == 31);
    QMap<ActorGroup, int> groups;
    for (qsizetype i = 0; i < s.actors.size(); ++i) {
        groups[s.actors[i].group]++;
        CHECK(s.actors[i].id == i + 1);
    }
    CHECK(groups[ActorGroup::Sector] == 8);
    CHECK(groups[ActorGroup::BusinessAssociation] == 12);
    CHECK(groups[ActorGroup::Other] == 11);
    REQUIRE(s.actorByName("sni"));
    CHECK(s.actorByName("SNI")->group == ActorGroup::BusinessAssociation);

    const QList<int> perLine = {9, 3, 4, 3, 2};
    for (int line = 1; line <= 5; ++line) {
        CHECK(s.groupsOfLine(line).size() == perLine[line - 1]);
    }
    int sourceNumber = 0;
    for (int line = 3; line <= 5; ++line) {
        int n = 0;
        for (const BarrierGroup* g : s.groupsOfLine(line)) {
            CHECK(g->code == QStringLiteral("%1.%2").arg(line).arg(++n));
            CHECK(g->sourceCode == QStringLiteral("1.%1").arg(++sourceNumber));
        }
    }
    CHECK(sourceNumber == 9);
    CHECK(s.barrierGroup("1.3")->sourceCode == "1.3");
}

TEST_CASE("bundled strategy: exact texts")
{
    const Strategy s = bundledStrategy();
    CHECK(s.line(2)->name == "Tecnología");
    CHECK(s.line(1)->name == "Sensibilización, Difusión, Capacitación");
    CHECK(s.activity("6.C7")->text ==
          "Identificar perfiles (ámbito empresarial) para preparar videos de difusión de PML");
    CHECK(s.activity("1.ML2")->text == "Orientar tesis a PML");
    CHECK(s.activity("1.ML2")->horizon == Horizon::MediumLong);
    CHECK(s.activity("20.L2")->text == "Desarrollar Guías");
    CHECK(s.activity("20.M1")->text == "Formular normas técnicas");
    CHECK(s.activity("20.L1")->text == "Formular normas técnicas");
    CHECK(s.objective(22)->text == "Dotar de recursos a las instituciones que trabajan en PML");
    CHECK(s.barrierGroup("3.2")->heading ==
          "La visión empresarial en el Perú es generalmente de corto plazo / Mayor importancia "
          "al beneficio inmediato en el productor");
    CHECK(s.barrierGroup("1.5")->barriers.size() == 4);
    CHECK(s.reference.principles.size() == 9);
    CHECK(s.reference.generalObjectives.size() == 2);
}

TEST_CASE("strategy JSON round trip is byte-identical to the data file")
{
    const Strategy s = bundledStrategy(); // also registers the resource
    QFile file(":/pml/strategy/estrategia-pml.json");
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    const QByteArray written = strategyToJson(s);
    CHECK(written == original);
    const Strategy again = parseStrategyJson(written);
    CHECK(strategyToJson(again) == written);
}
