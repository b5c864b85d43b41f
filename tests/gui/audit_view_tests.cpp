// The audit page: filters and the CSV export.
#include "core/clock.h"
#include "core/user.h"
#include "gui/audit/audit_table_model.h"
#include "gui/audit/audit_view.h"
#include "gui_fixtures.h"
#include "i18n/i18n.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>

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
    const AuditEntry entry = view.model()->entries().first();
    REQUIRE(rows.at(1).startsWith(QString::number(entry.id) + QLatin1Char(',')));
    REQUIRE(rows.at(1).contains(QStringLiteral(",update.record,")));
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
