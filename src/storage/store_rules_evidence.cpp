#include "core/error.h"
#include "core/messages.h"
#include "core/text_limits.h"
#include "store_rules.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMimeDatabase>

namespace pml {
namespace {

QDateTime nowInMilliseconds()
{
    // Stored in milliseconds: what is returned equals what is read back.
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentDateTimeUtc().toMSecsSinceEpoch(),
                                          Qt::UTC);
}

void requireValidRequest(const EvidenceRequest& r)
{
    if (r.update.has_value() == (r.quarter.has_value() && r.line > 0)) {
        throw Error(Messages::tr("Evidence supports either an update or a line's quarter."));
    }
    if (!r.url.isEmpty()) {
        if (const auto problem = evidenceLinkProblem(r.url)) {
            throw Error(Messages::tr("Cannot add the link: %1.").arg(*problem));
        }
        return;
    }
    if (const auto problem = evidenceNameProblem(r.name)) {
        throw Error(Messages::tr("Cannot add the file: %1.").arg(*problem));
    }
    if (const auto problem = evidenceSizeProblem(r.name, r.content.size())) {
        throw Error(*problem);
    }
}

// The row to store: a link keeps its address as its name; a file its type and SHA-256.
Evidence evidenceOf(const EvidenceRequest& r, const QString& by)
{
    const bool link = !r.url.isEmpty();
    Evidence e;
    e.kind = link ? Evidence::Kind::Link : Evidence::Kind::File;
    e.update = r.update;
    if (!r.update) {
        e.quarter = r.quarter;
        e.line = r.line;
    }
    e.name = link ? r.url : r.name;
    e.url = link ? r.url : QString();
    if (!link) {
        e.mime = QMimeDatabase().mimeTypeForFileNameAndData(r.name, r.content).name();
        e.size = r.content.size();
        e.sha256 = QCryptographicHash::hash(r.content, QCryptographicHash::Sha256).toHex();
    }
    e.recordedAt = nowInMilliseconds();
    e.recordedBy = by;
    return e;
}

QString itemOf(const Evidence& e)
{
    return e.update ? e.activity : QStringLiteral("line %1 %2").arg(e.line).arg(e.quarter->key());
}

} // namespace

Evidence RulesStore::addEvidence(const EvidenceRequest& r)
{
    requireWritable();
    requireValidRequest(r);
    const auto transaction = m_persistence.begin(Persistence::Access::Write);
    requireAllowed(Operation::AddEvidence);
    requireEvidenceChangeable(r.update, r.quarter, r.line);
    const Evidence row = evidenceOf(r, m_actingUser);
    const qint64 id = m_persistence.insertEvidence(row, r.url.isEmpty() ? r.content : QByteArray());
    const Evidence e = *m_persistence.evidenceWithId(id);
    m_persistence.appendAuditOfRecords(m_actingUser, QStringLiteral("evidence.add"), itemOf(e),
                                       {{Persistence::Record::Evidence, id}}, row.recordedAt);
    transaction->commit();
    return e;
}

void RulesStore::withdrawEvidence(qint64 id, const QString& reason)
{
    requireWritable();
    if (reason.trimmed().isEmpty()) {
        throw Error(Messages::tr("Withdrawing evidence needs a reason."));
    }
    if (const auto problem = textLengthProblem(PersonText::EvidenceWithdrawalReason, reason)) {
        throw Error(*problem);
    }
    const auto transaction = m_persistence.begin(Persistence::Access::Write);
    requireAllowed(Operation::WithdrawEvidence);
    const auto found = m_persistence.evidenceWithId(id);
    if (!found) {
        throw Error(Messages::tr("There is no evidence %1 in this tracker.").arg(id));
    }
    const Evidence& e = *found;
    if (e.withdrawn) {
        throw Error(Messages::tr("Evidence %1 is already withdrawn.").arg(id));
    }
    requireEvidenceChangeable(e.update, e.quarter, e.line);
    const QDateTime at = nowInMilliseconds();
    const qint64 withdrawal =
        m_persistence.insertEvidenceWithdrawal(id, reason.trimmed(), at, m_actingUser);
    m_persistence.appendAuditOfRecords(m_actingUser, QStringLiteral("evidence.withdraw"), itemOf(e),
                                       {{Persistence::Record::EvidenceWithdrawal, withdrawal}}, at);
    transaction->commit();
}

} // namespace pml
