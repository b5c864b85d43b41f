// AuditView's detail pane: the selected entry, its predecessor in the chain, the actors'
// names the sentences use.
#include "core/error.h"
#include "gui/audit/audit_detail.h"
#include "gui/audit/audit_table_model.h"
#include "gui/audit/audit_view.h"
#include "gui/document/tracker_document.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QTableView>

namespace pml {

void AuditView::showDetail(const QModelIndex& current)
{
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    m_detail->showEntry(m_model->entries().at(current.row()), m_model->names(),
                        previousOf(current.row()));
}

std::optional<ChainLink> AuditView::previousOf(int row)
{
    const QList<AuditEntry>& shown = m_model->entries();
    const qint64 id = shown.at(row).id;
    if (!filtered()) // every entry is shown, newest first: the predecessor is the next row
        return row + 1 < shown.size() ? std::optional<ChainLink>(
                                            ChainLink{shown.at(row + 1).id, shown.at(row + 1).hash})
                                      : std::nullopt;
    if (!m_wholeLog) {
        try {
            m_wholeLog = m_document->reader().auditLog();
        } catch (const Error&) {
            return std::nullopt; // the page's own refresh reports why the log cannot be read
        }
    }
    std::optional<ChainLink> previous;
    for (const AuditEntry& e : std::as_const(*m_wholeLog)) { // id order
        if (e.id >= id)
            break;
        previous = ChainLink{e.id, e.hash};
    }
    return previous;
}

void AuditView::showEntry(qint64 id)
{
    if (m_model->rowOfEntry(id) < 0 && filtered())
        clearFilters();
    const int row = m_model->rowOfEntry(id);
    if (row < 0)
        return;
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->scrollTo(m_model->index(row, 0));
}

AuditNames AuditView::actorNames() const
{
    return auditNamesOf(m_document->latestSnapshot().strategy.actors);
}

bool AuditView::filtered() const
{
    const AuditFilter f = filter();
    return f.since || !f.by.isEmpty() || !f.kind.isEmpty() || !f.item.isEmpty();
}

void AuditView::clearFilters()
{
    const QSignalBlocker person(m_person);
    const QSignalBlocker kind(m_kind);
    const QSignalBlocker since(m_sinceCheck);
    const QSignalBlocker item(m_item);
    m_person->setCurrentIndex(0);
    m_kind->setCurrentIndex(0);
    m_sinceCheck->setChecked(false);
    m_since->setEnabled(false);
    m_item->clear();
    refresh();
}

} // namespace pml
