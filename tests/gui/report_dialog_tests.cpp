#include "gui/document/tracker_document.h"
#include "gui/reports/report_dialog.h"
#include "gui_fixtures.h"

#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <cerrno>
#include <cstring>

using namespace pml;
using namespace pml::test;

TEST_CASE("The report dialog builds the engine's figures and previews the pages", "[gui][report]")
{
    TempTracker tracker;
    auto document = tracker.open();
    REQUIRE(document
                ->recordUpdates({updateRequest(QStringLiteral("1.C1"), Status::InProgress, 40,
                                               QStringLiteral("<b>nota</b>"))})
                .done());
    REQUIRE(waitFor([&] { return !document->isBusy(); }));

    ReportDialog dialog(document.get());
    const Quarter current = quarterOf(document->today());
    REQUIRE(dialog.selectQuarter(current.key()));
    dialog.selectLine(std::nullopt);
    dialog.selectLanguage(QStringLiteral("es"));
    const ReportModel* model = dialog.report();
    REQUIRE(model);
    // A running quarter is cut at today and marked provisional.
    const QDate asOf = std::min(current.lastDay(), document->today());
    REQUIRE(model->asOf == asOf);
    REQUIRE(model->provisional == (document->today() < current.lastDay()));
    const Progress engine = computeProgress(document->snapshot(), asOf);
    REQUIRE(model->strategy.current.actual.has_value() == engine.strategy.actual.has_value());
    REQUIRE(*model->strategy.current.actual == Approx(*engine.strategy.actual));
    REQUIRE(model->updates.size() == 1);
    REQUIRE(model->updates[0].note == QStringLiteral("<b>nota</b>"));
    REQUIRE(dialog.previewPageCount() >= 4);

    dialog.selectLine(3);
    REQUIRE(dialog.report()->lines.size() == 1);
    REQUIRE(dialog.report()->lines[0].number == 3);
    // Quarters before the schedule's start are not offered.
    REQUIRE_FALSE(
        dialog.selectQuarter(quarterOf(document->snapshot().settings.start.addMonths(-3)).key()));
}

TEST_CASE("The report dialog exports atomically and remembers its choices", "[gui][report]")
{
    TempTracker tracker;
    auto document = tracker.open(OpenMode::ReadOnly);
    QTemporaryDir out;
    {
        ReportDialog dialog(document.get());
        dialog.selectFormat(ReportFormat::Xlsx);
        dialog.selectLanguage(QStringLiteral("en"));
        dialog.selectLine(2);
        REQUIRE(dialog.suggestedFileName().endsWith(QStringLiteral("-line-2.xlsx")));
        const QString path = out.filePath(dialog.suggestedFileName());
        REQUIRE(dialog.exportTo(path).isEmpty());
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        REQUIRE(file.read(2) == QByteArray("PK"));

        const QString unwritable = out.filePath(QStringLiteral("missing/folder/r.xlsx"));
        REQUIRE(dialog.exportTo(unwritable).contains(QStringLiteral("r.xlsx")));
        REQUIRE_FALSE(QFileInfo::exists(unwritable));
    }
    ReportDialog again(document.get());
    REQUIRE(again.format() == ReportFormat::Xlsx);
    REQUIRE(again.options().language == QStringLiteral("en"));
    REQUIRE(again.options().line == 2);
    again.selectFormat(ReportFormat::Pdf);
    again.selectLanguage(QStringLiteral("es"));
    again.selectLine(std::nullopt);
    REQUIRE(again.suggestedFileName().startsWith(QStringLiteral("informe-")));
    REQUIRE(again.suggestedFileName().endsWith(QStringLiteral(".pdf")));
}

TEST_CASE("A failed export shows the sentence and keeps the system's words in the details part",
          "[gui][report]")
{
    TempTracker tracker;
    auto document = tracker.open(OpenMode::ReadOnly);
    QTemporaryDir out;
    ReportDialog dialog(document.get());
    dialog.selectFormat(ReportFormat::Csv);
    // A name longer than the file system allows: the system refuses it, even to root.
    const QString path = out.filePath(QString(300, QLatin1Char('r')) + QStringLiteral(".csv"));
    const QString message = dialog.exportTo(path);
    REQUIRE_FALSE(message.isEmpty());
    REQUIRE_FALSE(QFileInfo::exists(path));

    const QString systemText = QString::fromLocal8Bit(std::strerror(ENAMETOOLONG));
    auto* box = dialog.findChild<QMessageBox*>(QStringLiteral("errorBox"));
    REQUIRE(box);
    CHECK(box->text() == message);
    CHECK(box->detailedText().contains(systemText));
    CHECK_FALSE(message.contains(systemText));
    auto* status = dialog.findChild<QLabel*>(QStringLiteral("reportStatus"));
    REQUIRE(status);
    CHECK(status->text() == message);
}

TEST_CASE("The export's file name follows the chosen format; a mismatch is refused",
          "[gui][report]")
{
    TempTracker tracker;
    auto document = tracker.open(OpenMode::ReadOnly);
    QTemporaryDir out;
    ReportDialog dialog(document.get());
    dialog.selectFormat(ReportFormat::Csv);
    // CSV text would otherwise land in a page a browser cannot read.
    const QString html = out.filePath(QStringLiteral("informe.html"));
    const QString refused = dialog.exportTo(html);
    CHECK(refused.contains(QStringLiteral("informe.html")));
    CHECK(refused.contains(QStringLiteral(".csv")));
    CHECK_FALSE(QFileInfo::exists(html));
    delete dialog.findChild<QMessageBox*>(QStringLiteral("errorBox"));
    // A name without an extension gets the format's.
    REQUIRE(dialog.exportTo(out.filePath(QStringLiteral("informe"))).isEmpty());
    CHECK(QFileInfo::exists(out.filePath(QStringLiteral("informe.csv"))));
    CHECK_FALSE(QFileInfo::exists(out.filePath(QStringLiteral("informe"))));
}

TEST_CASE("The report is signed by who submitted and approved the quarter's lines, unless changed",
          "[gui][report]")
{
    TempTracker tracker;
    auto document = tracker.open();
    const Quarter quarter = quarterOf(document->today()).previous();
    addPerson(*document, QStringLiteral("Ana Quispe"), {Role::Monitor});
    addPerson(*document, QStringLiteral("Luis Rojas"), {Role::Monitor});
    addPerson(*document, QStringLiteral("Rosa Huamán"), {Role::Reviewer});
    const auto step = [&](const QString& who, int line, ReviewAction action) {
        document->setUserName(who);
        ReviewRequest request;
        request.quarter = quarter;
        request.line = line;
        request.action = action;
        request.narrative.achievements = QStringLiteral("Avance");
        REQUIRE(document->review(request).done());
    };
    step(QStringLiteral("Ana Quispe"), 1, ReviewAction::Submit);
    step(QStringLiteral("Luis Rojas"), 2, ReviewAction::Submit);
    step(QStringLiteral("Rosa Huamán"), 1, ReviewAction::Approve);

    ReportDialog dialog(document.get());
    REQUIRE(dialog.selectQuarter(quarter.key()));
    dialog.selectLine(std::nullopt);
    CHECK(dialog.preparedBy() == QStringLiteral("Ana Quispe, Luis Rojas"));
    CHECK(dialog.reviewedBy() == QStringLiteral("Rosa Huamán"));
    CHECK(dialog.report()->meta.reviewedBy == QStringLiteral("Rosa Huamán"));
    dialog.selectLine(2); // submitted, not yet approved
    CHECK(dialog.preparedBy() == QStringLiteral("Luis Rojas"));
    CHECK(dialog.reviewedBy().isEmpty());

    // Typed by hand: the report follows.
    auto* reviewed = dialog.findChild<QLineEdit*>(QStringLiteral("reviewedBy"));
    REQUIRE(reviewed);
    reviewed->setText(QStringLiteral("Comité técnico"));
    Q_EMIT reviewed->textEdited(reviewed->text());
    CHECK(dialog.report()->meta.reviewedBy == QStringLiteral("Comité técnico"));
}

// Hidden: saves a picture of the dialog into PML_SCREENSHOT_DIR, to look at it:
// pml_gui_tests "[.report-screenshot]"
TEST_CASE("Report dialog screenshot", "[.report-screenshot]")
{
    const QString folder = qEnvironmentVariable("PML_SCREENSHOT_DIR");
    if (folder.isEmpty()) {
        WARN("set PML_SCREENSHOT_DIR to a folder");
        return;
    }
    TempTracker tracker;
    auto document = tracker.open();
    ReportDialog dialog(document.get());
    dialog.resize(900, 760);
    dialog.show();
    REQUIRE(dialog.previewPageCount() > 0);
    REQUIRE(waitFor([] { return false; }, 400) == false); // let the preview settle
    REQUIRE(dialog.grab().save(folder + QStringLiteral("/report-dialog.png")));
}
