#include "core/clock.h"
#include "core/progress.h"
#include "gui/document/tracker_document.h"
#include "gui/strategy/activity_detail.h"
#include "gui/strategy/aggregate_detail.h"
#include "gui/strategy/explanation_view.h"
#include "gui/strategy/history_view.h"
#include "gui/strategy/strategy_browser.h"
#include "gui/strategy/strategy_tree_model.h"
#include "gui/widgets/schedule_style.h"
#include "gui_fixtures.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeView>
#include <QTreeWidget>

#include <catch2/catch.hpp>
#include <memory>

using namespace pml;

namespace {

// A tracker from the bundled strategy (see gui_fixtures.h), open in a document.
struct BrowserFixture {
    test::TempTracker tracker;
    std::unique_ptr<TrackerDocument> document;

    explicit BrowserFixture(OpenMode mode = OpenMode::ReadWrite)
        : document(tracker.open(mode))
    {
    }
    // The engine's figures for what is stored, as the tree must show them.
    Progress expected(const QDate& asOf = pml::today())
    {
        return test::storedProgress(test::storeOf(*document), asOf);
    }
};

// Collects what QAbstractItemModelTester reports, so a failure fails the test.
QStringList g_modelTestMessages;
void collectModelTestMessages(QtMsgType type, const QMessageLogContext& context,
                              const QString& message)
{
    if (type != QtDebugMsg && context.category && QByteArray(context.category) == "qt.modeltest") {
        g_modelTestMessages.append(message);
    }
}

template <typename T>
T* child(QWidget* parent, const char* name)
{
    T* widget = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget != nullptr);
    return widget;
}

std::optional<double> actualIn(const StrategyTreeModel& model, const ItemRef& ref)
{
    const QVariant v =
        model.indexOf(ref, StrategyTreeModel::ProgressColumn).data(StrategyTreeModel::ActualRole);
    return v.isValid() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

std::optional<double> plannedIn(const StrategyTreeModel& model, const ItemRef& ref)
{
    const QVariant v =
        model.indexOf(ref, StrategyTreeModel::ProgressColumn).data(StrategyTreeModel::PlannedRole);
    return v.isValid() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

void requireSameFigures(const StrategyTreeModel& model, const Progress& p)
{
    REQUIRE(actualIn(model, ItemRef::objective(14)) == p.objectives.value(14).actual);
    REQUIRE(plannedIn(model, ItemRef::objective(14)) == p.objectives.value(14).planned);
    REQUIRE(actualIn(model, ItemRef::line(3)) == p.lines.value(3).actual);
    REQUIRE(plannedIn(model, ItemRef::line(3)) == p.lines.value(3).planned);
    REQUIRE(actualIn(model, ItemRef::strategy()) == p.strategy.actual);
    REQUIRE(plannedIn(model, ItemRef::strategy()) == p.strategy.planned);
    const QModelIndex line3 = model.indexOf(ItemRef::line(3), StrategyTreeModel::ScheduleColumn);
    REQUIRE(line3.data(StrategyTreeModel::ScheduleRole).toInt() == int(p.lines.value(3).schedule));
    REQUIRE(line3.data().toString() == scheduleLabel(p.lines.value(3).schedule));
    REQUIRE(model.indexOf(ItemRef::line(3), StrategyTreeModel::ProgressColumn).data().toString() ==
            formatPercent(p.lines.value(3).actual));
}

} // namespace

TEST_CASE("schedule style formats percents in the current locale", "[gui][browser]")
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    CHECK(formatPercent(45.26) == QStringLiteral("45,3 %"));
    CHECK(formatPercent(100.0) == QStringLiteral("100,0 %"));
    CHECK(formatPercent(std::nullopt) == QStringLiteral("—"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(formatPercent(45.26) == QStringLiteral("45.3 %"));
    QLocale::setDefault(previous);

    // Each status has its own marker and a label; colours are distinct.
    QSet<QRgb> colours;
    for (Schedule s : {Schedule::NoData, Schedule::NotDue, Schedule::OnTrack, Schedule::AtRisk,
                       Schedule::Late, Schedule::Completed, Schedule::Cancelled}) {
        colours.insert(scheduleColor(s).rgb());
        CHECK(!scheduleLabel(s).isEmpty());
        const QImage image = schedulePixmap(s, 16).toImage();
        CHECK(image.size() == QSize(16, 16));
        CHECK(image.pixelColor(8, 1).alpha() > 0); // the round marker is drawn
    }
    CHECK(colours.size() == 7);
    CHECK(schedulePixmap(Schedule::Late, 16).toImage() !=
          schedulePixmap(Schedule::AtRisk, 16).toImage());
}

TEST_CASE("strategy tree model mirrors the strategy's structure", "[gui][browser]")
{
    BrowserFixture f;
    StrategyTreeModel model(f.document.get());
    g_modelTestMessages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectModelTestMessages);
    {
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Warning);
        // Figure changes while the tester watches: an update, another date, undo.
        REQUIRE(f.document
                    ->recordUpdates({UpdateRequest{
                        QStringLiteral("14.C1"), pml::today(), Status::InProgress, 50, {}, {}}})
                    .done());
        f.document->setAsOf(pml::today().addMonths(-3));
        f.document->setAsOf(pml::today());
        f.document->undoStack()->undo();
    }
    qInstallMessageHandler(previous);
    CHECK(g_modelTestMessages.isEmpty());
    INFO(g_modelTestMessages.join(QLatin1Char('\n')).toStdString());

    REQUIRE(model.rowCount() == 1);
    const QModelIndex strategy = model.index(0, 0);
    REQUIRE(model.itemRef(strategy) == ItemRef::strategy());
    REQUIRE(model.rowCount(strategy) == 5);

    int groups = 0;
    int objectives = 0;
    QSet<QString> activities;
    for (int l = 0; l < model.rowCount(strategy); ++l) {
        const QModelIndex line = model.index(l, 0, strategy);
        REQUIRE(model.itemRef(line).kind == ItemRef::Kind::Line);
        for (int g = 0; g < model.rowCount(line); ++g) {
            const QModelIndex group = model.index(g, 0, line);
            REQUIRE(model.itemRef(group).kind == ItemRef::Kind::BarrierGroup);
            ++groups;
            for (int o = 0; o < model.rowCount(group); ++o) {
                const QModelIndex objective = model.index(o, 0, group);
                REQUIRE(model.itemRef(objective).kind == ItemRef::Kind::Objective);
                ++objectives;
                for (int a = 0; a < model.rowCount(objective); ++a) {
                    activities.insert(model.itemRef(model.index(a, 0, objective)).code);
                }
            }
        }
    }
    CHECK(groups == 21);
    CHECK(objectives == 24);
    CHECK(activities.size() == 97);

    // A shared activity sits under both objectives it serves.
    const QModelIndexList shared = model.indexesOf(ItemRef::activity(QStringLiteral("21.C1")));
    REQUIRE(shared.size() == 2);
    QSet<int> parents;
    for (const QModelIndex& index : shared) {
        parents.insert(model.itemRef(index.parent()).number);
        CHECK(model.itemRef(index) == ItemRef::activity(QStringLiteral("21.C1")));
    }
    CHECK(parents == QSet<int>{21, 22});

    // Texts and tooltips come from the strategy.
    const QModelIndex name = model.indexOf(ItemRef::objective(14), StrategyTreeModel::NameColumn);
    CHECK(name.data().toString() == f.document->snapshot().strategy.objective(14)->text);
    CHECK(name.data(Qt::ToolTipRole).toString().contains(name.data().toString()));
    CHECK(model.indexOf(ItemRef::activity(QStringLiteral("14.C1"))).data().toString() ==
          QStringLiteral("14.C1"));
    CHECK(!model.indexOf(ItemRef::activity(QStringLiteral("99.Z9"))).isValid());
}

TEST_CASE("figure changes update the tree without a reset", "[gui][browser]")
{
    BrowserFixture f;
    StrategyTreeModel model(f.document.get());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    f.document->setAsOf(pml::today().addMonths(-6));
    CHECK(resets.isEmpty());
    CHECK(!changes.isEmpty());
    requireSameFigures(model, f.expected(pml::today().addMonths(-6)));
}

TEST_CASE("recording an update through the browser's form moves the figures", "[gui][browser]")
{
    BrowserFixture f;
    StrategyBrowser browser(f.document.get());
    browser.resize(1200, 800);
    StrategyTreeModel& model = *browser.model();
    const Progress before = f.expected();
    requireSameFigures(model, before);

    const ItemRef activity = ItemRef::activity(QStringLiteral("14.C1"));
    browser.showItem(activity);
    REQUIRE(browser.currentItem() == activity);
    ActivityDetail* detail = browser.activityDetail();
    REQUIRE(detail->isVisibleTo(&browser));

    auto* status = child<QComboBox>(detail, "statusCombo");
    auto* percent = child<QSpinBox>(detail, "percentSpin");
    auto* date = child<QDateEdit>(detail, "dateEdit");
    auto* note = child<QPlainTextEdit>(detail, "noteEdit");
    auto* record = child<QPushButton>(detail, "recordButton");
    REQUIRE(record->isEnabled());
    CHECK(date->date() == pml::today());
    CHECK(date->maximumDate() == pml::today());

    // The percent follows the status rules.
    status->setCurrentIndex(status->findData(int(Status::Completed)));
    CHECK(!percent->isEnabled());
    CHECK(percent->value() == 100);
    status->setCurrentIndex(status->findData(int(Status::NotStarted)));
    CHECK(percent->value() == 0);
    status->setCurrentIndex(status->findData(int(Status::InProgress)));
    CHECK(percent->isEnabled());
    CHECK(percent->minimum() == 1);
    CHECK(percent->maximum() == 99);

    percent->setValue(50);
    note->setPlainText(QStringLiteral("Directorio en elaboración"));
    // Updates are recorded under the acting user, shown in the form but not typed there.
    auto* recordedBy = child<QLineEdit>(detail, "recordedByEdit");
    CHECK(recordedBy->text() == f.document->userName());
    CHECK(recordedBy->isReadOnly());
    test::actAs(*f.document, QStringLiteral("Ana Quispe"), {Role::Monitor});
    CHECK(recordedBy->text() == QStringLiteral("Ana Quispe"));
    REQUIRE(record->isEnabled());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    record->click();
    INFO("form message: " << child<QLabel>(detail, "messageLabel")->text().toStdString());

    const Progress after = f.expected();
    REQUIRE(after.activities.value(QStringLiteral("14.C1")).percent == 50);
    CHECK(after.objectives.value(14).actual != before.objectives.value(14).actual);
    requireSameFigures(model, after);
    CHECK(resets.isEmpty());
    CHECK(browser.currentItem() == activity); // the selection survives

    auto* history = child<QTreeWidget>(detail, "historyTree");
    REQUIRE(history->topLevelItemCount() == 1);
    CHECK(history->topLevelItem(0)->text(HistoryView::PercentColumn) == QStringLiteral("50 %"));
    CHECK(history->topLevelItem(0)->text(HistoryView::NoteColumn) ==
          QStringLiteral("Directorio en elaboración"));
    CHECK(history->topLevelItem(0)->text(HistoryView::RecordedByColumn) ==
          QStringLiteral("Ana Quispe"));
    CHECK(note->toPlainText().isEmpty());

    // Undo withdraws it: figures are back, the history keeps the row, marked.
    f.document->undoStack()->undo();
    const Progress undone = f.expected();
    requireSameFigures(model, undone);
    CHECK(actualIn(model, ItemRef::objective(14)) == before.objectives.value(14).actual);
    CHECK(actualIn(model, ItemRef::line(3)) == before.lines.value(3).actual);
    CHECK(actualIn(model, ItemRef::strategy()) == before.strategy.actual);
    REQUIRE(history->topLevelItemCount() == 1);
    QTreeWidgetItem* withdrawn = history->topLevelItem(0);
    CHECK(withdrawn->font(HistoryView::PercentColumn).strikeOut());
    CHECK(withdrawn->text(HistoryView::StatusColumn) != statusName(Status::InProgress));
    CHECK(withdrawn->childCount() == 1); // the withdrawal event
}

TEST_CASE("aggregate detail shows figures, contents and the explanation", "[gui][browser]")
{
    BrowserFixture f;
    REQUIRE(f.document
                ->recordUpdates({UpdateRequest{
                    QStringLiteral("14.C1"), pml::today(), Status::InProgress, 50, {}, {}}})
                .done());
    StrategyBrowser browser(f.document.get());
    browser.showItem(ItemRef::objective(14));
    AggregateDetail* detail = browser.aggregateDetail();
    REQUIRE(detail->isVisibleTo(&browser));
    CHECK(child<QLabel>(detail, "detailTitle")->text() ==
          StrategyTreeModel::codeText(ItemRef::objective(14)));
    CHECK(child<QLabel>(detail, "actualFigure")->text() ==
          formatPercent(f.document->progress().objectives.value(14).actual));

    const auto activities = f.document->snapshot().strategy.activitiesOfObjective(14);
    REQUIRE(detail->childrenTable()->rowCount() == activities.size());
    CHECK(detail->childrenTable()->item(0, 0)->text() == activities.first()->code);

    const Explanation explanation =
        explain(f.document->snapshot(), f.document->progress(), Target::objective(14));
    QTableWidget* items = detail->explanationView()->table();
    REQUIRE(items->rowCount() == explanation.items.size());
    CHECK(items->item(0, ExplanationView::KeyColumn)->text() == explanation.items.first().key);

    // Following a child opens it and tells the window.
    QSignalSpy activated(&browser, &StrategyBrowser::itemActivated);
    Q_EMIT detail->childrenTable()->itemActivated(detail->childrenTable()->item(0, 1));
    REQUIRE(activated.size() == 1);
    CHECK(browser.currentItem() == ItemRef::activity(activities.first()->code));
}

TEST_CASE("the browser opens on the strategy with its lines expanded", "[gui][browser]")
{
    BrowserFixture f;
    StrategyBrowser browser(f.document.get());
    CHECK(browser.currentItem() == ItemRef::strategy());
    CHECK(browser.aggregateDetail()->isVisibleTo(&browser));
    StrategyTreeModel* model = browser.model();
    CHECK(browser.tree()->isExpanded(model->indexOf(ItemRef::strategy())));
    CHECK(browser.tree()->isExpanded(model->indexOf(ItemRef::line(3))));
    CHECK(!browser.tree()->isExpanded(model->indexOf(ItemRef::objective(14))));

    // Showing a shared activity selects it and scrolls to it.
    browser.showItem(ItemRef::activity(QStringLiteral("21.C1")));
    CHECK(browser.currentItem() == ItemRef::activity(QStringLiteral("21.C1")));
    CHECK(browser.tree()->isExpanded(model->indexOf(ItemRef::objective(21))));

    // A language change re-reads the texts.
    QSignalSpy headers(model, &QAbstractItemModel::headerDataChanged);
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&browser, &change);
    CHECK(!headers.isEmpty());
}

TEST_CASE("editing controls are disabled when the tracker cannot be edited", "[gui][browser]")
{
    SECTION("read-only tracker")
    {
        BrowserFixture f(OpenMode::ReadOnly);
        StrategyBrowser browser(f.document.get());
        browser.showItem(ItemRef::activity(QStringLiteral("14.C1")));
        ActivityDetail* detail = browser.activityDetail();
        CHECK(!child<QPushButton>(detail, "recordButton")->isEnabled());
        CHECK(!child<QComboBox>(detail, "statusCombo")->isEnabled());
        CHECK(!child<QDoubleSpinBox>(detail, "weightSpin")->isEnabled());
        CHECK(!child<QPushButton>(detail, "applyPlanningButton")->isEnabled());
        CHECK(!child<QComboBox>(detail, "leadCombo")->isEnabled());
        CHECK(!child<QPushButton>(detail, "applyResponsibilityButton")->isEnabled());
        auto* notice = child<QLabel>(detail, "editNotice");
        CHECK(notice->isVisibleTo(detail));
        CHECK(!notice->text().isEmpty());
    }
    SECTION("viewing a past date")
    {
        BrowserFixture f;
        StrategyBrowser browser(f.document.get());
        browser.showItem(ItemRef::activity(QStringLiteral("14.C1")));
        ActivityDetail* detail = browser.activityDetail();
        REQUIRE(child<QPushButton>(detail, "recordButton")->isEnabled());
        f.document->setAsOf(pml::today().addMonths(-1));
        CHECK(!child<QPushButton>(detail, "recordButton")->isEnabled());
        CHECK(!child<QPushButton>(detail, "applyPlanningButton")->isEnabled());
        auto* notice = child<QLabel>(detail, "editNotice");
        CHECK(notice->isVisibleTo(detail));
        CHECK(notice->text().contains(
            QLocale().toString(pml::today().addMonths(-1), QLocale::ShortFormat)));
        f.document->setAsOf(pml::today());
        CHECK(child<QPushButton>(detail, "recordButton")->isEnabled());
        CHECK(!notice->isVisibleTo(detail));
    }
}

TEST_CASE("planning and responsibility edits go through the document", "[gui][browser]")
{
    BrowserFixture f;
    StrategyBrowser browser(f.document.get());
    browser.showItem(ItemRef::activity(QStringLiteral("14.C1")));
    ActivityDetail* detail = browser.activityDetail();

    child<QDoubleSpinBox>(detail, "weightSpin")->setValue(3);
    child<QCheckBox>(detail, "plannedEndDefault")->setChecked(false);
    child<QDateEdit>(detail, "plannedEndEdit")->setDate(pml::today().addYears(2));
    child<QPushButton>(detail, "applyPlanningButton")->click();
    const Snapshot stored =
        test::storeOf(*f.document).loadSnapshot(); // kept: `planned` points into it
    const Activity* planned = stored.strategy.activity(QStringLiteral("14.C1"));
    REQUIRE(planned);
    CHECK(planned->weight == 3);
    CHECK(!planned->plannedStart);
    CHECK(planned->plannedEnd == pml::today().addYears(2));

    auto* lead = child<QComboBox>(detail, "leadCombo");
    REQUIRE(lead->count() == f.document->snapshot().strategy.actors.size() + 1);
    lead->setCurrentIndex(1);
    const qint64 leadId = lead->currentData().toLongLong();
    child<QPushButton>(detail, "applyResponsibilityButton")->click();
    bool found = false;
    for (const Assignment& a : test::storeOf(*f.document).loadSnapshot().assignments) {
        found = found || (a.activity == QStringLiteral("14.C1") && a.role == ActorRole::Lead &&
                          a.actor == leadId);
    }
    CHECK(found);
}

// One rule for a suspension's default percent: the percent in force at its effective
// date, in the window's form as in the store (and so the CLI).
TEST_CASE("a back-dated suspension records the same percent from the window and the CLI",
          "[gui][browser]")
{
    BrowserFixture f;
    const QString code = QStringLiteral("14.C1");
    const QDate today = f.document->today();
    UpdateRequest early = pml::test::updateRequest(code, Status::InProgress, 30);
    early.effectiveDate = today.addDays(-40);
    UpdateRequest late = pml::test::updateRequest(code, Status::InProgress, 60);
    late.effectiveDate = today.addDays(-5);
    REQUIRE(f.document->recordUpdates({early, late}).done());

    StrategyBrowser browser(f.document.get());
    browser.showItem(ItemRef::activity(code));
    ActivityDetail* detail = browser.activityDetail();
    auto* status = child<QComboBox>(detail, "statusCombo");
    auto* percent = child<QSpinBox>(detail, "percentSpin");
    auto* date = child<QDateEdit>(detail, "dateEdit");
    status->setCurrentIndex(status->findData(int(Status::Suspended)));
    CHECK(percent->value() == 60); // as of today
    date->setDate(today.addDays(-20));
    CHECK(percent->value() == 30); // as of the effective date
    child<QPushButton>(detail, "recordButton")->click();

    // The store, as the CLI calls it, resolves the same request without a percent.
    UpdateRequest fromCli = pml::test::updateRequest(code, Status::Suspended, std::nullopt);
    fromCli.effectiveDate = today.addDays(-20);
    test::storeOf(*f.document).recordUpdates({fromCli}, today);
    const QList<StatusUpdate> history = test::storeOf(*f.document).history(code);
    REQUIRE(history.size() == 4);
    CHECK(history[2].status == Status::Suspended);
    CHECK(history[2].percent == 30);
    CHECK(history[3].percent == history[2].percent);
}

TEST_CASE("columns fit their headers and the names take the free width", "[gui][browser]")
{
    BrowserFixture f;
    StrategyBrowser browser(f.document.get());
    browser.resize(1280, 800);
    browser.show();
    auto* tree = browser.findChild<QTreeView*>(QStringLiteral("strategyTree"));
    REQUIRE(tree);
    QHeaderView* header = tree->header();
    for (int column = 0; column < header->count(); ++column) {
        INFO("column " << column);
        CHECK(header->sectionSize(column) >= header->sectionSizeHint(column));
    }
    // The names get the room the figures leave: several words of each, not "Sensibiliza…".
    CHECK(header->sectionSize(StrategyTreeModel::NameColumn) >=
          tree->fontMetrics().horizontalAdvance(QStringLiteral("Sensibilización, Difusión")));
}
