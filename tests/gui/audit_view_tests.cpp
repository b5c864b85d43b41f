// The audit page: filters, entries read as sentences, the detail pane and the CSV export.
#include "core/audit_text.h"
#include "core/clock.h"
#include "core/format.h"
#include "core/user.h"
#include "gui/audit/audit_detail.h"
#include "gui/audit/audit_table_model.h"
#include "gui/audit/audit_view.h"
#include "gui_fixtures.h"
#include "i18n/i18n.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace pml;
using namespace pml::test;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

} // namespace

namespace {

// ana's update of 14.C1 and her submission of line 2 for the quarter that ended last.
struct ReviewedTracker {
    ReviewedTracker()
        : document(tracker.open())
    {
        actAs(*document, QStringLiteral("ana"), {Role::Monitor});
        REQUIRE(
            document
                ->recordUpdates({updateRequest(QStringLiteral("14.C1"), Status::InProgress, 50)})
                .done());
        ReviewRequest submission{quarter, 2, ReviewAction::Submit, {}, {}};
        submission.narrative.achievements = QStringLiteral("Avance");
        REQUIRE(document->review(submission).done());
    }
    TempTracker tracker;
    std::unique_ptr<TrackerDocument> document;
    const Quarter quarter = quarterOf(pml::today()).previous();
};

QStringList rowOf(const QTableWidget* table, int row)
{
    QStringList cells;
    for (int column = 0; column < table->columnCount(); ++column)
        cells << table->item(row, column)->text();
    return cells;
}

} // namespace

TEST_CASE("the audit view names items as people do and reads each entry as a sentence", "[audit]")
{
    REQUIRE(installTranslations(QStringLiteral("en")));
    ReviewedTracker t;
    AuditView view(t.document.get());
    const AuditTableModel* model = view.model();
    // Newest first: the submission, then the update.
    REQUIRE(model->index(0, AuditTableModel::ItemColumn).data().toString() ==
            QStringLiteral("line 2, %1").arg(quarterText(t.quarter)));
    REQUIRE(model->index(0, AuditTableModel::ChangeColumn).data().toString() ==
            QStringLiteral("ana submitted line 2, %1 for review").arg(quarterText(t.quarter)));
    REQUIRE(model->index(1, AuditTableModel::ItemColumn).data().toString() ==
            QStringLiteral("activity 14.C1"));
    REQUIRE(model->index(1, AuditTableModel::ChangeColumn).data().toString() ==
            QStringLiteral("ana recorded 14.C1: In progress, %1, in force from %2")
                .arg(formatPercent(50), dateText(pml::today())));
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString change = model->index(row, AuditTableModel::ChangeColumn).data().toString();
        REQUIRE_FALSE(change.contains(QLatin1Char('{')));
        REQUIRE_FALSE(change.contains(QStringLiteral("recorded_at")));
        REQUIRE(model->index(row, AuditTableModel::ChangeColumn).data(Qt::ToolTipRole) == change);
    }
}

TEST_CASE("selecting an entry fills the detail pane; a double click moves there", "[audit]")
{
    REQUIRE(installTranslations(QStringLiteral("en")));
    ReviewedTracker t;
    AuditView view(t.document.get());
    const AuditDetail* detail = view.detail();
    REQUIRE(detail->fieldsTable()->rowCount() == 0); // nothing selected yet
    view.resize(1200, 600);
    view.show();
    QApplication::setActiveWindow(&view);

    view.table()->setCurrentIndex(view.model()->index(1, 0)); // the update
    const AuditEntry update = view.model()->entries().at(1);
    REQUIRE(detail->sentenceLabel()->text() == auditSentence(update));
    QStringList statusRow;
    for (int row = 0; row < detail->fieldsTable()->rowCount(); ++row) {
        if (detail->fieldsTable()->item(row, 0)->text() == QStringLiteral("Status"))
            statusRow = rowOf(detail->fieldsTable(), row);
    }
    REQUIRE(statusRow == QStringList{QStringLiteral("Status"), QStringLiteral("—"),
                                     QStringLiteral("In progress")});
    // The entry's hash and the previous entry's, which is the next row (newest first).
    const QString hashes = detail->hashLabel()->text();
    REQUIRE(hashes.contains(QString::fromLatin1(update.hash)));
    REQUIRE(hashes.contains(QString::fromLatin1(view.model()->entries().at(2).hash)));
    REQUIRE(detail->hashLabel()->font().family() ==
            QFontDatabase::systemFont(QFontDatabase::FixedFont).family());

    const QModelIndex submission = view.model()->index(0, AuditTableModel::ChangeColumn);
    Q_EMIT view.table()->doubleClicked(submission);
    REQUIRE(detail->sentenceLabel()->text() == auditSentence(view.model()->entries().at(0)));
    REQUIRE(QApplication::focusWidget() == detail->fieldsTable());
}

TEST_CASE("the detail's link to the previous entry shows it, clearing filters that hide it",
          "[audit]")
{
    REQUIRE(installTranslations(QStringLiteral("en")));
    ReviewedTracker t;
    AuditView view(t.document.get());
    view.setKindFilter(QStringLiteral("review.submit"));
    REQUIRE(view.model()->rowCount() == 1);
    view.table()->setCurrentIndex(view.model()->index(0, 0));
    const QList<AuditEntry> all = storeOf(*t.document).auditLog();
    const AuditEntry& previous = all.at(all.size() - 2); // the update, just before
    REQUIRE(view.detail()->hashLabel()->text().contains(QString::fromLatin1(previous.hash)));

    Q_EMIT view.detail()->hashLabel()->linkActivated(QStringLiteral("entry:%1").arg(previous.id));
    REQUIRE(view.filter().kind.isEmpty());
    REQUIRE(view.model()->rowCount() == all.size());
    REQUIRE(view.model()->entries().at(view.table()->currentIndex().row()).id == previous.id);
    REQUIRE(view.detail()->sentenceLabel()->text() == auditSentence(previous));
}

TEST_CASE("in Spanish the audit CSV has a BOM, ';', decimal commas and the sentence",
          "[audit][i18n]")
{
    ReviewedTracker t;
    REQUIRE(installTranslations(QStringLiteral("es")));
    AuditView view(t.document.get());
    view.setKindFilter(QStringLiteral("update.record"));
    REQUIRE(view.model()->rowCount() == 1);
    const QString csv = t.tracker.dir.filePath(QStringLiteral("auditoria.csv"));
    REQUIRE(view.exportCsv(csv).isEmpty());
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QString sentence = auditSentence(view.model()->entries().first());
    REQUIRE(installTranslations(QStringLiteral("en")));
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList rows =
        QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(rows.size() == 2);
    REQUIRE(rows.at(0).count(QLatin1Char(';')) == 9); // ten columns
    REQUIRE(rows.at(0).contains(QCoreApplication::translate("pml::AuditCsv", "What happened") +
                                QLatin1Char(';')));
    REQUIRE(sentence.contains(QStringLiteral("50,0 %")));
    REQUIRE(rows.at(1).contains(QStringLiteral(";update.record;")));
    REQUIRE(rows.at(1).contains(sentence));
}

TEST_CASE("the audit page fits a 1366x768 screen: no filter or button is cut", "[audit]")
{
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("es")}) {
        REQUIRE(installTranslations(language));
        ReviewedTracker t;
        AuditView view(t.document.get());
        // A maximised window's page: the screen less the window's frame, menu, tool bar,
        // tabs and status bar.
        const QSize page(1366 - 40, 768 - 200);
        REQUIRE(view.minimumSizeHint().width() <= page.width());
        REQUIRE(view.minimumSizeHint().height() <= page.height());
        view.resize(page);
        view.show();
        QApplication::processEvents();
        for (QWidget* w : view.findChildren<QWidget*>()) {
            if (!w->isVisible() || w->parentWidget() == nullptr || qobject_cast<QLineEdit*>(w) ||
                w->objectName().startsWith(QLatin1String("qt_")))
                continue;
            const bool control = qobject_cast<QAbstractButton*>(w) || qobject_cast<QLabel*>(w) ||
                                 qobject_cast<QComboBox*>(w);
            if (!control || (qobject_cast<QLabel*>(w) && w->property("wordWrap").toBool()))
                continue;
            INFO(language.toStdString()
                 << " " << w->metaObject()->className() << " " << w->objectName().toStdString());
            REQUIRE(w->width() >= w->minimumSizeHint().width());
            const QRect inView(w->mapTo(&view, QPoint(0, 0)), w->size());
            REQUIRE(QRect(QPoint(0, 0), page).contains(inView));
        }
    }
    REQUIRE(installTranslations(QStringLiteral("en")));
}

TEST_CASE("the audit view filters by person, kind, item and date", "[audit]")
{
    TempTracker tracker;
    auto document = tracker.open();
    actAs(*document, QStringLiteral("ana"), {Role::Monitor});
    REQUIRE(document
                ->recordUpdates({updateRequest(QStringLiteral("14.C1"), Status::InProgress, 50),
                                 updateRequest(QStringLiteral("2.C1"), Status::Completed, {})})
                .done());
    const Quarter ended = quarterOf(pml::today()).previous();
    ReviewRequest submission{ended, 2, ReviewAction::Submit, {}, {}};
    submission.narrative.achievements = QStringLiteral("Avance");
    REQUIRE(document->review(submission).done());

    AuditView view(document.get());
    const QList<AuditEntry> all = storeOf(*document).auditLog();
    REQUIRE(view.model()->rowCount() == all.size());
    // Newest first: the submission, shown with the kind's name.
    const QModelIndex kind = view.model()->index(0, AuditTableModel::KindColumn);
    REQUIRE(kind.data().toString() == auditKindName(QStringLiteral("review.submit")));
    REQUIRE(view.model()->index(0, AuditTableModel::WhoColumn).data() == QStringLiteral("ana"));
    REQUIRE(view.countLabel()->text() == QStringLiteral("%1 entries").arg(all.size()));

    view.setPersonFilter(QStringLiteral("ana"));
    REQUIRE(view.model()->rowCount() == 3); // two updates and the submission
    view.setKindFilter(QStringLiteral("update.record"));
    REQUIRE(view.model()->rowCount() == 2);
    view.setItemFilter(QStringLiteral("14.C1"));
    REQUIRE(view.model()->rowCount() == 1);
    REQUIRE(view.model()->entries().first().item == QStringLiteral("14.C1"));
    view.setSinceFilter(pml::today().addDays(1));
    REQUIRE(view.model()->rowCount() == 0);
    REQUIRE_FALSE(view.exportButton()->isEnabled());
    view.setSinceFilter(std::nullopt);
    view.setItemFilter({});
    view.setKindFilter({});
    view.setPersonFilter(systemUserName()); // the creator: the tracker's creation, ana's listing
    REQUIRE(view.model()->rowCount() >= 2);
    for (const AuditEntry& e : view.model()->entries())
        REQUIRE(e.recordedBy == systemUserName());
}

TEST_CASE("the audit view exports the rows shown as CSV, never over a tracker", "[audit]")
{
    REQUIRE(installTranslations(QStringLiteral("en"))); // decimal point: ',' separates
    TempTracker tracker;
    auto document = tracker.open();
    REQUIRE(document
                ->recordUpdates({updateRequest(QStringLiteral("14.C1"), Status::InProgress, 50,
                                               QStringLiteral("=HYPERLINK(\"x\")"))})
                .done());
    AuditView view(document.get());
    view.setKindFilter(QStringLiteral("update.record"));
    REQUIRE(view.model()->rowCount() == 1);

    const QString csv = tracker.dir.filePath(QStringLiteral("audit.csv"));
    REQUIRE(view.exportCsv(csv).isEmpty());
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList rows =
        QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(rows.size() == 2); // header and the one entry shown
    REQUIRE(rows.at(0).startsWith(QStringLiteral("Entry,When (UTC),Who,Kind")));
    REQUIRE(rows.at(0).contains(QStringLiteral(",What happened,Old value,New value,")));
    const AuditEntry entry = view.model()->entries().first();
    REQUIRE(rows.at(1).startsWith(QString::number(entry.id) + QLatin1Char(',')));
    REQUIRE(rows.at(1).contains(QStringLiteral(",update.record,")));
    REQUIRE(rows.at(1).contains(auditSentence(entry)));
    REQUIRE(rows.at(1).endsWith(QString::fromLatin1(entry.hash)));

    // Never over the tracker, another database or a folder; the tracker is untouched.
    const QByteArray before = fileHash(tracker.path);
    REQUIRE_FALSE(view.exportCsv(tracker.path).isEmpty());
    REQUIRE(fileHash(tracker.path) == before);
    REQUIRE_FALSE(view.exportCsv(tracker.dir.path()).isEmpty());
    REQUIRE(QDir(tracker.dir.path()).exists());
}

TEST_CASE("a table model's header follows a change of language by itself", "[audit][i18n]")
{
    REQUIRE(installTranslations(QStringLiteral("en")));
    AuditTableModel model;
    REQUIRE(model.columnCount() == AuditTableModel::ColumnCount);
    REQUIRE(model.headerData(AuditTableModel::WhenColumn, Qt::Horizontal).toString() ==
            QStringLiteral("When"));
    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    REQUIRE(installTranslations(QStringLiteral("es")));
    REQUIRE(header.count() >= 1);
    REQUIRE(model.headerData(AuditTableModel::WhenColumn, Qt::Horizontal).toString() ==
            QCoreApplication::translate("pml::AuditTableModel", "When"));
    REQUIRE(installTranslations(QStringLiteral("en")));
    REQUIRE(model.headerData(AuditTableModel::WhenColumn, Qt::Horizontal).toString() ==
            QStringLiteral("When"));
}
