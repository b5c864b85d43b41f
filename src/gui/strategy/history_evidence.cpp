// HistoryView: the evidence of each update, counted in the history and listed, for the
// selected update, in a window of its own.
#include "core/error.h"
#include "gui/document/tracker_document.h"
#include "gui/review/evidence_panel.h"
#include "gui/strategy/history_view.h"

#include <QDialog>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>

#include <algorithm>

namespace pml {

QHash<qint64, int> HistoryView::evidenceCounts(const QList<Evidence>& evidence)
{
    QHash<qint64, int> counts;
    for (const Evidence& e : evidence) {
        if (e.update && !e.withdrawn)
            ++counts[*e.update]; // withdrawn evidence no longer supports it
    }
    return counts;
}

qint64 HistoryView::selectedUpdate() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    while (item && item->parent())
        item = item->parent(); // a withdrawal event belongs to its update
    return item ? item->data(DateColumn, Qt::UserRole).toLongLong() : 0;
}

void HistoryView::selectUpdate(qint64 id)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_tree->topLevelItem(i);
        if (id != 0 && item->data(DateColumn, Qt::UserRole).toLongLong() == id) {
            m_tree->setCurrentItem(item);
            break;
        }
    }
    selectionChanged();
}

void HistoryView::selectionChanged()
{
    const qint64 id = selectedUpdate();
    EvidenceTarget target;
    if (id != 0) {
        target.updates = {id};
        target.addToUpdate = id;
        const QTreeWidgetItem* item = m_tree->currentItem();
        while (item->parent())
            item = item->parent();
        target.blockedReason =
            m_document->lockedReason(m_code, item->data(DateColumn, Qt::UserRole + 1).toDate());
    }
    m_evidence->setTarget(target);
    updateEvidenceButton();
}

void HistoryView::updateEvidenceButton()
{
    const qint64 id = selectedUpdate();
    const int count =
        int(std::count_if(m_evidence->evidence().cbegin(), m_evidence->evidence().cend(),
                          [](const Evidence& e) { return !e.withdrawn; }));
    m_evidenceButton->setEnabled(id != 0);
    m_evidenceButton->setText(id == 0 ? tr("&Evidence…")
                                      : tr("&Evidence (%1)…").arg(QLocale().toString(count)));
}

void HistoryView::showEvidence()
{
    const qint64 id = selectedUpdate();
    if (id == 0)
        return;
    const QTreeWidgetItem* item = m_tree->currentItem();
    while (item->parent())
        item = item->parent();
    m_evidenceDialog->setWindowTitle(
        tr("Evidence of the update of %1 effective %2").arg(m_code, item->text(DateColumn)));
    m_evidenceDialog->show();
    m_evidenceDialog->raise();
}

} // namespace pml
