// Evidence: on the review page (the line's quarter) and in an activity's history.
#include "gui/review/desktop_applications.h"
#include "gui/review/evidence_panel.h"
#include "gui/review/review_view.h"
#include "gui/strategy/history_view.h"
#include "gui_fixtures.h"

#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace pml;
using namespace pml::test;

TEST_CASE("evidence of a line's quarter: add a file and a link, open, withdraw",
          "[review][evidence]")
{
    TempTracker tracker;
    auto document = tracker.open();
    actAs(*document, QStringLiteral("Ana Quispe"), {Role::Monitor});
    ReviewView view(document.get());
    EvidencePanel* panel = view.evidencePanel();
    REQUIRE(panel->addFileButton()->isEnabled());

    const QString file = tracker.dir.filePath(QStringLiteral("acta.txt"));
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("Acta del comité técnico");
    }
    REQUIRE(panel->addFile(file).done());
    REQUIRE(panel->addLink(QStringLiteral("https://example.org/informe.pdf")).done());
    REQUIRE(panel->list()->topLevelItemCount() == 2);
    REQUIRE(panel->list()->topLevelItem(0)->text(EvidencePanel::NameColumn) ==
            QStringLiteral("acta.txt"));
    // A link must be a web address: the core's rule, through the store.
    const EditResult bad = panel->addLink(QStringLiteral("not a link"));
    REQUIRE_FALSE(bad.done());
    REQUIRE(panel->list()->topLevelItemCount() == 2);

    // Opening a file copies it out of the tracker; a link opens as it is, once its
    // address has been shown and accepted.
    OpenedUrls opened;
    panel->setApplicationCheck([](const QMimeType&) { return true; });
    QStringList asked;
    panel->setLinkConfirmation([&asked](const QString& address) {
        asked << address;
        return true;
    });
    const QList<Evidence> evidence = panel->evidence();
    REQUIRE(panel->open(evidence.at(0).id).isEmpty());
    REQUIRE(panel->open(evidence.at(1).id).isEmpty());
    REQUIRE(opened.urls.size() == 2);
    REQUIRE(opened.urls.at(0).isLocalFile());
    QFile copy(opened.urls.at(0).toLocalFile());
    REQUIRE(copy.open(QIODevice::ReadOnly));
    REQUIRE(copy.readAll() == QByteArray("Acta del comité técnico"));
    REQUIRE(opened.urls.at(1) == QUrl(QStringLiteral("https://example.org/informe.pdf")));
    REQUIRE(asked == QStringList{QStringLiteral("https://example.org/informe.pdf")});

    // Withdrawn evidence stays listed, with its reason; a reason is required.
    REQUIRE_FALSE(panel->withdraw(evidence.at(1).id, QString()).done());
    REQUIRE(panel->withdraw(evidence.at(1).id, QStringLiteral("Enlace equivocado")).done());
    REQUIRE(panel->list()->topLevelItemCount() == 2);
    REQUIRE(panel->evidence().at(1).withdrawn);
    REQUIRE(panel->list()->topLevelItem(1)->font(0).strikeOut());

    // A reviewer cannot add evidence: the buttons say which role is needed.
    addPerson(*document, QStringLiteral("Rosa"), {Role::Reviewer});
    document->setUserName(QStringLiteral("Rosa"));
    REQUIRE_FALSE(panel->addFileButton()->isEnabled());
    REQUIRE(panel->addFileButton()->toolTip().contains(QStringLiteral("monitor role")));
    REQUIRE_FALSE(panel->addLink(QStringLiteral("https://example.org/x")).done());
}

TEST_CASE("the history lists each update's evidence and adds to the selected update",
          "[history][evidence]")
{
    TempTracker tracker;
    auto document = tracker.open();
    REQUIRE(
        document->recordUpdates({updateRequest(QStringLiteral("14.C1"), Status::InProgress, 30)})
            .done());
    REQUIRE(
        document->recordUpdates({updateRequest(QStringLiteral("14.C1"), Status::InProgress, 50)})
            .done());
    HistoryView history(document.get());
    history.setActivity(QStringLiteral("14.C1"));
    QTreeWidget* tree = history.tree();
    REQUIRE(tree->topLevelItemCount() == 2);
    REQUIRE(tree->topLevelItem(0)->text(HistoryView::EvidenceColumn) == QStringLiteral("0"));
    REQUIRE_FALSE(history.evidencePanel()->addLinkButton()->isEnabled()); // nothing selected

    tree->setCurrentItem(tree->topLevelItem(0)); // the newest: 50 %
    const qint64 selected = history.selectedUpdate();
    REQUIRE(selected == storeOf(*document).history(QStringLiteral("14.C1")).last().id);
    REQUIRE(history.evidencePanel()->addLinkButton()->isEnabled());
    REQUIRE(
        history.evidencePanel()->addLink(QStringLiteral("https://example.org/foto.jpg")).done());
    REQUIRE(tree->topLevelItem(0)->text(HistoryView::EvidenceColumn) == QStringLiteral("1"));
    REQUIRE(tree->topLevelItem(1)->text(HistoryView::EvidenceColumn) == QStringLiteral("0"));
    REQUIRE(history.selectedUpdate() == selected); // the selection survives the refresh
    REQUIRE(history.evidencePanel()->list()->topLevelItemCount() == 1);
    REQUIRE(history.evidenceButton()->text() == QStringLiteral("&Evidence (1)…"));
    history.showEvidence(); // the window with the list, its buttons and the count
    REQUIRE(history.evidencePanel()->isVisible());

    OpenedUrls opened;
    const qint64 evidence = history.evidencePanel()->evidence().first().id;
    history.evidencePanel()->setLinkConfirmation([](const QString&) { return true; });
    REQUIRE(history.evidencePanel()->open(evidence).isEmpty());
    REQUIRE(opened.urls == QList<QUrl>{QUrl(QStringLiteral("https://example.org/foto.jpg"))});
}

TEST_CASE("evidence links: declined, forged or deceptive links are not opened; links and system "
          "files are not added",
          "[review][evidence]")
{
    TempTracker tracker;
    {
        auto document = tracker.open();
        actAs(*document, QStringLiteral("Ana Quispe"), {Role::Monitor});
        ReviewView view(document.get());
        EvidencePanel* panel = view.evidencePanel();
        REQUIRE(panel->addLink(QStringLiteral("https://example.org/informe")).done());
        REQUIRE_FALSE(
            panel->addLink(QStringLiteral("https://trusted.gob.pe@evil.example/x")).done());
        const QString file = tracker.dir.filePath(QStringLiteral("acta.txt"));
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("acta");
        out.close();
        const QString link = tracker.dir.filePath(QStringLiteral("enlace.txt"));
        REQUIRE(QFile::link(file, link));
        const EditResult linked = panel->addFile(link);
        REQUIRE_FALSE(linked.done());
        CHECK(linked.refusal.contains(QStringLiteral("symbolic link")));
        const EditResult proc = panel->addFile(QStringLiteral("/proc/self/status"));
        REQUIRE_FALSE(proc.done());
        CHECK(proc.refusal.contains(QStringLiteral("not an ordinary file")));

        OpenedUrls opened;
        panel->setLinkConfirmation([](const QString& address) {
            CHECK(address == QStringLiteral("https://example.org/informe"));
            return false; // declined: nothing opens
        });
        CHECK(panel->open(panel->evidence().at(0).id).isEmpty());
        CHECK(opened.urls.isEmpty());
    }
    // Written behind the program's back: checked again before anything is shown or opened.
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {tracker.path});
    sqlite.write("DROP TRIGGER evidence_no_update; "
                 "UPDATE evidence SET url = 'file:///etc/passwd', name = 'x' WHERE id = 1;");
    sqlite.closeWriteChannel();
    REQUIRE(sqlite.waitForFinished());
    auto document = tracker.open();
    document->setUserName(QStringLiteral("Ana Quispe")); // listed above
    ReviewView view(document.get());
    EvidencePanel* panel = view.evidencePanel();
    OpenedUrls opened;
    bool asked = false;
    panel->setLinkConfirmation([&asked](const QString&) { return asked = true; });
    CHECK(panel->open(1).contains(QStringLiteral("not opened")));
    CHECK_FALSE(asked);
    CHECK(opened.urls.isEmpty());
}

TEST_CASE("a file no application opens is not handed to the desktop; a copy can be saved",
          "[review][evidence]")
{
    TempTracker tracker;
    auto document = tracker.open();
    actAs(*document, QStringLiteral("Ana Quispe"), {Role::Monitor});
    ReviewView view(document.get());
    EvidencePanel* panel = view.evidencePanel();
    const QString file = tracker.dir.filePath(QStringLiteral("planos.dwg"));
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("plano");
    }
    REQUIRE(panel->addFile(file).done());
    const qint64 id = panel->evidence().at(0).id;

    OpenedUrls opened;
    panel->setApplicationCheck([](const QMimeType&) { return false; });
    const QString refusal = panel->open(id);
    CHECK(refusal.contains(QStringLiteral("planos.dwg")));
    CHECK(refusal.contains(QStringLiteral("Save a copy")));
    CHECK(opened.urls.isEmpty());
    CHECK(panel->unopenable() == id);

    const QString copy = tracker.dir.filePath(QStringLiteral("copia.dwg"));
    REQUIRE(panel->saveCopy(id, copy).isEmpty());
    QFile saved(copy);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    CHECK(saved.readAll() == QByteArray("plano"));
    // Never over the tracker itself.
    CHECK_FALSE(panel->saveCopy(id, tracker.path).isEmpty());
}

TEST_CASE("the desktop's application lists say which file types something opens", "[evidence]")
{
    QTemporaryDir dir;
    const QString applications = dir.filePath(QStringLiteral("applications"));
    REQUIRE(QDir().mkpath(applications));
    {
        QFile cache(QDir(applications).filePath(QStringLiteral("mimeinfo.cache")));
        REQUIRE(cache.open(QIODevice::WriteOnly));
        cache.write("[MIME Cache]\napplication/pdf=viewer.desktop;\nimage/png=;\n");
    }
    {
        QFile list(dir.filePath(QStringLiteral("mimeapps.list")));
        REQUIRE(list.open(QIODevice::WriteOnly));
        list.write("[Added Associations]\ntext/plain=editor.desktop;\n"
                   "[Removed Associations]\nimage/jpeg=viewer.desktop;\n");
    }
    const QMimeDatabase types;
    const auto has = [&](const char* name) {
        return hasApplicationFor(types.mimeTypeForName(QLatin1String(name)), {applications},
                                 {dir.path()});
    };
    CHECK(has("application/pdf"));
    CHECK(has("text/plain"));
    CHECK(has("text/csv"));         // a kind of text/plain
    CHECK_FALSE(has("image/png"));  // listed with no application
    CHECK_FALSE(has("image/jpeg")); // only removed
    CHECK_FALSE(has("application/zip"));
}
