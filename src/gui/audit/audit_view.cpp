#include "gui/audit/audit_view.h"

#include "core/error.h"
#include "gui/audit/audit_csv.h"
#include "gui/audit/audit_detail.h"
#include "gui/audit/audit_table_model.h"
#include "gui/document/tracker_document.h"
#include "gui/widgets/date_text.h"
#include "gui/widgets/page_refresh.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace pml {
namespace {
const QString folderKey = QStringLiteral("audit/exportFolder");
}

AuditView::AuditView(TrackerDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new AuditTableModel(this))
    , m_table(new QTableView(this))
    , m_detail(new AuditDetail(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_count(new QLabel(this))
    , m_message(new MessageBanner(this))
    , m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("auditView"));
    QWidget* filters = makeFilterBar();
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AuditTableModel::ChangeColumn,
                                                      QHeaderView::Stretch);
    m_splitter->setObjectName(QStringLiteral("auditSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addWidget(filters);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_count);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditView::showDetail);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        showDetail(index);
        m_detail->setFocus(Qt::OtherFocusReason);
    });
    connect(m_detail, &AuditDetail::previousRequested, this, &AuditView::showEntry);

    m_typing->setSingleShot(true);
    m_typing->setInterval(250); // wait for the user to stop typing
    connect(m_typing, &QTimer::timeout, this, &AuditView::refresh);
    auto* pageRefresh = new PageRefresh(this, [this] { refresh(); });
    pageRefresh->follow(this);
    // Every change is logged: the page follows edits, review steps and other programs.
    connect(document, &TrackerDocument::progressChanged, pageRefresh, &PageRefresh::request);
    connect(document, &TrackerDocument::reviewChanged, pageRefresh, &PageRefresh::request);
    // People managed on their page are audited too.
    connect(document, &TrackerDocument::peopleChanged, pageRefresh, &PageRefresh::request);
    connect(document, &TrackerDocument::actingUserChanged, this, &AuditView::fillPeople);
    retranslate();
}

void AuditView::refresh()
{
    m_typing->stop();
    const QModelIndex current = m_table->currentIndex();
    const qint64 selected = current.isValid() ? m_model->entries().at(current.row()).id : qint64(0);
    QList<AuditEntry> entries;
    try {
        entries = m_document->reader().auditLog(filter());
        m_message->hide();
    } catch (const Error& error) {
        showMessage(error.message(), true);
    }
    std::reverse(entries.begin(), entries.end()); // newest first
    m_wholeLog.reset();
    m_model->setEntries(entries, actorNames());
    m_detail->clear();
    if (const int row = m_model->rowOfEntry(selected); row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0)); // the entry read stays selected
    m_count->setText(tr("%n entries", nullptr, int(entries.size())));
    m_export->setEnabled(!entries.isEmpty());
}

QString AuditView::exportCsv(const QString& file)
{
    try {
        writeAuditCsv(m_model->entries(), file, m_document->location().filesToProtect(),
                      m_model->names());
    } catch (const Error& error) {
        return error.message();
    }
    return {};
}

void AuditView::askExport()
{
    const QString folder = QSettings().value(folderKey, QDir::homePath()).toString();
    const QString file = QFileDialog::getSaveFileName(this, tr("Export Audit Log"),
                                                      QDir(folder).filePath(tr("audit-log.csv")),
                                                      tr("CSV (*.csv);;All files (*)"));
    if (file.isEmpty())
        return;
    QSettings().setValue(folderKey, QFileInfo(file).absolutePath());
    const QString problem = exportCsv(file);
    showMessage(problem.isEmpty() ? tr("%n entries written to %1.", nullptr, m_model->rowCount())
                                        .arg(QDir::toNativeSeparators(file))
                                  : problem,
                !problem.isEmpty());
}

void AuditView::showMessage(const QString& text, bool error)
{
    m_message->showMessage(text, error ? MessageBanner::Kind::Error : MessageBanner::Kind::Info);
}

void AuditView::retranslate()
{
    m_personLabel->setText(tr("&Person:"));
    m_sinceCheck->setText(tr("&Since:"));
    applyDateFormat(m_since);
    m_itemLabel->setText(tr("&Item:"));
    m_item->setPlaceholderText(tr("activity, line, person…"));
    m_kindLabel->setText(tr("&Kind:"));
    m_export->setText(tr("&Export CSV…"));
    m_export->setToolTip(tr("Write the entries shown to a CSV file"));
    m_table->setAccessibleName(tr("Audit log, newest first"));
    fillPeople();
    fillKinds();
    refresh(); // the model follows the language by itself (TableModelBase)
}

void AuditView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pml
