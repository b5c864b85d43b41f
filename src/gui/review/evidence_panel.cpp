#include "gui/review/evidence_panel.h"

#include "core/error.h"
#include "core/messages.h"
#include "gui/document/acting_user.h"
#include "gui/widgets/column_sizing.h"
#include "gui/widgets/date_text.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pml {

EvidencePanel::EvidencePanel(TrackerDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_list(new QTreeWidget(this))
    , m_message(new MessageBanner(this))
    , m_addFile(new QPushButton(this))
    , m_addLink(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_withdraw(new QPushButton(this))
{
    m_list->setObjectName(QStringLiteral("evidenceList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    keepHeadersReadable(m_list, m_list->header());
    m_message->setObjectName(QStringLiteral("evidenceMessage"));
    m_addFile->setObjectName(QStringLiteral("addEvidenceFile"));
    m_addLink->setObjectName(QStringLiteral("addEvidenceLink"));
    m_open->setObjectName(QStringLiteral("openEvidence"));
    m_withdraw->setObjectName(QStringLiteral("withdrawEvidence"));

    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_addFile, m_addLink, m_open, m_withdraw})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_addFile, &QPushButton::clicked, this, &EvidencePanel::askFile);
    connect(m_addLink, &QPushButton::clicked, this, &EvidencePanel::askLink);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const QString refusal = open(selectedEvidence()); !refusal.isEmpty()) {
            showResult({refusal}, {});
            if (m_unopenable != 0)
                offerCopy(m_unopenable, refusal);
        }
    });
    connect(m_withdraw, &QPushButton::clicked, this, &EvidencePanel::askWithdraw);
    connect(m_list, &QTreeWidget::itemActivated, m_open, &QPushButton::click);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &EvidencePanel::updateButtons);
    connect(document, &TrackerDocument::actingUserChanged, this, &EvidencePanel::updateButtons);
    retranslate();
}

void EvidencePanel::setTarget(const EvidenceTarget& target)
{
    m_target = target;
    m_message->hide();
    refresh();
}

void EvidencePanel::refresh()
{
    m_list->clear();
    m_evidence.clear();
    if (!m_target.isEmpty()) {
        try {
            m_evidence =
                m_document->reader().evidenceFor(m_target.updates, m_target.quarter, m_target.line);
        } catch (const Error& error) {
            showResult({error.message()}, {});
        }
    }
    const QColor grey = palette().color(QPalette::Disabled, QPalette::Text);
    for (const Evidence& e : std::as_const(m_evidence)) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(NameColumn, Qt::UserRole, e.id);
        item->setText(NameColumn, e.name);
        item->setToolTip(NameColumn, e.kind == Evidence::Kind::Link ? e.url : e.mime);
        item->setText(SupportsColumn, e.update ? tr("Update of %1").arg(e.activity)
                                               : tr("Narrative of line %1").arg(e.line));
        item->setText(SizeColumn, e.kind == Evidence::Kind::Link
                                      ? tr("link")
                                      : QLocale().formattedDataSize(e.size));
        item->setText(ByColumn, e.recordedBy);
        item->setText(AtColumn, dateTimeText(e.recordedAt.toLocalTime()));
        if (e.withdrawn) {
            for (int c = 0; c < ColumnCount; ++c) {
                QFont font = item->font(c);
                font.setStrikeOut(true);
                item->setFont(c, font);
                item->setForeground(c, grey);
                item->setToolTip(c, tr("Withdrawn: %1").arg(e.withdrawalReason));
            }
        }
    }
    updateButtons();
}

qint64 EvidencePanel::selectedEvidence() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(NameColumn, Qt::UserRole).toLongLong() : 0;
}

void EvidencePanel::updateButtons()
{
    const bool canAdd = m_target.addToUpdate || (m_target.quarter && m_target.line > 0);
    allowFor(m_addFile, *m_document, Operation::AddEvidence,
             tr("Keep a file (up to %1 MiB) inside the tracker as evidence")
                 .arg(maxEvidenceBytes() / (1024 * 1024)));
    allowFor(m_addLink, *m_document, Operation::AddEvidence,
             tr("Add a link to a document kept elsewhere"));
    m_addFile->setEnabled(m_addFile->isEnabled() && canAdd);
    m_addLink->setEnabled(m_addLink->isEnabled() && canAdd);
    const qint64 id = selectedEvidence();
    const auto it = std::find_if(m_evidence.cbegin(), m_evidence.cend(),
                                 [id](const Evidence& e) { return e.id == id; });
    const bool withdrawable = it != m_evidence.cend() && !it->withdrawn;
    m_open->setEnabled(id != 0);
    allowFor(m_withdraw, *m_document, Operation::WithdrawEvidence,
             tr("Withdraw the selected evidence, saying why (it stays listed)"));
    m_withdraw->setEnabled(m_withdraw->isEnabled() && withdrawable);
    if (m_target.blockedReason) {
        for (QPushButton* button : {m_addFile, m_addLink, m_withdraw}) {
            button->setEnabled(false);
            button->setToolTip(*m_target.blockedReason);
        }
    }
}

void EvidencePanel::showResult(const EditResult& result, const QString& done)
{
    if (result.done())
        m_message->showInfo(done);
    else
        m_message->showError(result.refusal);
}

void EvidencePanel::askFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Add Evidence File"));
    if (!file.isEmpty())
        showResult(addFile(file), tr("File added as evidence."));
}

void EvidencePanel::askLink()
{
    bool ok = false;
    const QString url = QInputDialog::getText(this, tr("Add Evidence Link"),
                                              tr("Web address (http, https or ftp):"),
                                              QLineEdit::Normal, QString(), &ok);
    if (ok && !url.trimmed().isEmpty())
        showResult(addLink(url.trimmed()), tr("Link added as evidence."));
}

void EvidencePanel::askWithdraw()
{
    const qint64 id = selectedEvidence();
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Withdraw Evidence"),
        tr("Why is this evidence withdrawn? It stays listed, struck out, with the reason."),
        QLineEdit::Normal, QString(), &ok);
    if (ok && id != 0)
        showResult(withdraw(id, reason.trimmed()), tr("Evidence withdrawn."));
}

void EvidencePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EvidencePanel::retranslate()
{
    m_list->setHeaderLabels(
        {tr("Evidence"), tr("Supports"), tr("Size"), tr("Added by"), tr("Added at")});
    m_list->setAccessibleName(tr("Evidence"));
    m_addFile->setText(tr("Add &file…"));
    m_addLink->setText(tr("Add &link…"));
    m_open->setText(tr("&Open"));
    m_withdraw->setText(tr("&Withdraw…"));
    refresh();
}

} // namespace pml
