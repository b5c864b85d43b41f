// The tamper checks made each time a tracker is opened: the schema, and the audit chain
// from where this computer last saw it.
#include "core/format.h"
#include "core/messages.h"
#include "store_rules.h"

namespace pml {
namespace {

QString rolledBackMessage(const ChainMark& seen, qint64 count)
{
    return Messages::tr("On %1 this computer saw this tracker's history with %2 entries; its "
                        "entry number %2 is no longer as it was (it has %3 entries now): an "
                        "older copy was put in its place, or the end of its history was "
                        "rewritten.")
        .arg(dateText(seen.seenOn))
        .arg(seen.length)
        .arg(count);
}

} // namespace

QByteArray RulesStore::chainOrigin()
{
    const auto first = m_persistence.auditEntryAt(1);
    return first ? first->hash : QByteArray();
}

TrackerStore::OpeningCheck RulesStore::checkOnOpening(const std::optional<ChainMark>& seen)
{
    const auto read = m_persistence.beginRead(); // one moment
    OpeningCheck result;
    result.problems = m_persistence.schemaProblems();
    const auto first = m_persistence.auditEntryAt(1);
    if (!first) {
        result.problems << Messages::tr("The audit log has lost all its entries: it was changed "
                                        "outside the program.");
        return result;
    }
    const qint64 count = m_persistence.auditEntryCount();
    ChainStart start;
    if (seen && seen->origin == first->hash) {
        const auto at = m_persistence.auditEntryAt(seen->length);
        if (at && at->hash == seen->head) {
            start = {at->hash, at->id, int(seen->length)};
        } else {
            result.problems << rolledBackMessage(*seen, count);
        }
    }
    const QList<AuditEntry> entries = m_persistence.auditEntriesAfter(start.position);
    if (const auto broken = chainBreak(entries, start)) {
        result.problems << Messages::tr("The audit log is broken at entry %1 (number %2 in "
                                        "order): %3.")
                               .arg(broken->entry)
                               .arg(broken->position)
                               .arg(broken->reason);
    }
    result.mark = {first->hash, count,
                   entries.isEmpty() ? start.previousHash : entries.constLast().hash, QDate()};
    return result;
}

void RulesStore::refuseWrites(const QString& reason)
{
    m_refusal = reason;
}

void RulesStore::setAtClose(std::function<void(TrackerStore&)> atClose)
{
    m_atClose = std::move(atClose);
}

RulesStore::~RulesStore()
{
    if (m_atClose) {
        try {
            m_atClose(*this);
        } catch (...) {
            // Closing must not fail: the next opening verifies from the older mark.
        }
    }
}

} // namespace pml
