#include "gui/strategy/history_view.h"

#include "core/error.h"
#include "gui/document/tracker_document.h"
#include "gui/review/evidence_panel.h"
#include "gui/widgets/column_sizing.h"
#include "gui/widgets/date_text.h"

#include <QDialog>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pml {

HistoryView::HistoryView(TrackerDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_tree(new QTreeWidget(this))
    , m_message(new QLabel(this))
    , m_evidenceButton(new QPushButton(this))
    , m_evidenceDialog(new QDialog(this))
    , m_evidence(new EvidencePanel(document, m_evidenceDialog))
{
    // The selected update's evidence opens in a window of its own: a list here would make
    // the activity's page too tall for a laptop screen. The counts show in the history.
    m_evidenceButton->setObjectName(QStringLiteral("historyEvidence"));
    auto* evidenceLayout = new QVBoxLayout(m_evidenceDialog);
    evidenceLayout->addWidget(m_evidence);
    m_evidenceDialog->resize(720, 320);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_evidenceButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &HistoryView::selectionChanged);
    connect(m_evidenceButton, &QPushButton::clicked, this, &HistoryView::showEvidence);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem*, int column) {
        if (column == EvidenceColumn)
            showEvidence();
    });
    // Evidence added here or elsewhere changes the counts.
    connect(document, &TrackerDocument::reviewChanged, this, &HistoryView::refresh);
    m_message->setWordWrap(true);
    m_message->hide();
    m_tree->setColumnCount(ColumnCount);
    m_tree->setRootIsDecorated(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    keepHeadersReadable(m_tree, m_tree->header());
    m_tree->setObjectName(QStringLiteral("historyTree"));
    setHeaders();
}

void HistoryView::setHeaders()
{
    m_tree->setHeaderLabels({tr("Effective date"), tr("Status"), tr("Percent"), tr("Note"),
                             tr("Recorded by"), tr("Recorded at"), tr("Evidence")});
    m_evidenceButton->setToolTip(tr("Open, add or withdraw the evidence of the selected update"));
    updateEvidenceButton();
    m_tree->setAccessibleName(tr("Status history, newest first"));
}

void HistoryView::setActivity(const QString& code)
{
    m_code = code;
    refresh();
}

void HistoryView::refresh()
{
    const qint64 selected = selectedUpdate();
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    m_message->hide();
    // The updates, their events and their evidence in one read, however long the history.
    ActivityHistory history;
    try {
        if (!m_code.isEmpty())
            history = m_document->reader().activityHistory(m_code);
    } catch (const Error& e) {
        m_message->setText(e.message());
        m_message->show();
    }
    QList<StatusUpdate>& updates = history.updates;
    // Newest first in the order that decides which update is in force (core's rule).
    std::stable_sort(updates.begin(), updates.end(), supersedes);
    const QHash<qint64, int> evidence = evidenceCounts(history.evidence);
    QHash<qint64, QList<WithdrawalEvent>> eventsOf;
    for (const WithdrawalEvent& e : history.withdrawals)
        eventsOf[e.update].append(e);
    const QLocale locale;
    const QColor grey = palette().color(QPalette::Disabled, QPalette::Text);
    QList<QTreeWidgetItem*> items;
    for (const StatusUpdate& u : updates) {
        auto* item = new QTreeWidgetItem;
        item->setText(DateColumn, dateText(u.effectiveDate));
        item->setText(StatusColumn, u.withdrawn ? tr("%1 — withdrawn").arg(statusName(u.status))
                                                : statusName(u.status));
        item->setText(PercentColumn, QStringLiteral("%1 %").arg(u.percent));
        item->setTextAlignment(PercentColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(NoteColumn, u.note);
        item->setToolTip(NoteColumn, u.note);
        item->setText(RecordedByColumn, u.recordedBy);
        item->setText(RecordedAtColumn, dateTimeText(u.recordedAt.toLocalTime()));
        item->setData(DateColumn, Qt::UserRole, u.id);
        item->setData(DateColumn, Qt::UserRole + 1, u.effectiveDate);
        item->setText(EvidenceColumn, locale.toString(evidence.value(u.id)));
        item->setTextAlignment(EvidenceColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (!u.withdrawn && u.effectiveDate > m_document->asOf()) {
            // Viewing an earlier date: later updates do not count yet.
            for (int c = 0; c < ColumnCount; ++c) {
                item->setForeground(c, grey);
                item->setToolTip(c,
                                 tr("After the date being viewed: not counted in these figures."));
            }
        }
        if (u.withdrawn) {
            for (int c = 0; c < ColumnCount; ++c) {
                QFont font = item->font(c);
                font.setStrikeOut(c != StatusColumn);
                font.setItalic(c == StatusColumn);
                item->setFont(c, font);
                item->setForeground(c, grey);
                item->setToolTip(c, tr("Withdrawn: this update no longer counts."));
            }
        }
        for (const WithdrawalEvent& e : eventsOf.value(u.id)) {
            auto* child = new QTreeWidgetItem(item);
            child->setText(StatusColumn, e.withdrawn ? tr("Withdrawn") : tr("Restored"));
            child->setText(NoteColumn, e.withdrawn ? tr("The update no longer counts (undone).")
                                                   : tr("The update counts again (redone)."));
            child->setText(RecordedByColumn, e.recordedBy);
            child->setText(RecordedAtColumn, dateTimeText(e.recordedAt.toLocalTime()));
            for (int c = 0; c < ColumnCount; ++c) {
                QFont font = child->font(c);
                font.setItalic(true);
                child->setFont(c, font);
                child->setForeground(c, grey);
            }
        }
        items.append(item);
    }
    m_tree->addTopLevelItems(items);
    m_tree->expandAll();
    selectUpdate(selected);
    if (updates.isEmpty() && !m_code.isEmpty() && m_message->isHidden()) {
        m_message->setText(tr("No update has been recorded for this activity yet."));
        m_message->show();
    }
}

void HistoryView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        setHeaders();
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace pml
