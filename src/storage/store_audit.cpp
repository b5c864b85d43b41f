#include "audit_rows.h"
#include "core/error.h"
#include "core/messages.h"
#include "sqlite_persistence.h"

namespace pml {

QList<AuditEntry> SqlitePersistence::auditEntries()
{
    sql::Transaction transaction(db(), sql::Transaction::Kind::Read);
    QList<AuditEntry> all = sql::readAuditLog(db());
    transaction.commit();
    return all;
}

std::optional<QString> SqlitePersistence::fingerprintProblem(const QByteArray& fingerprint)
{
    sql::Transaction transaction(db(), sql::Transaction::Kind::Read);
    const QList<AuditEntry> entries = sql::readAuditLog(db());
    QStringList problems;
    checkAudit(problems);
    transaction.commit();
    int found = -1;
    for (int i = 0; i < entries.size(); ++i) {
        if (entries.at(i).hash.startsWith(fingerprint)) {
            found = i;
            break;
        }
    }
    if (found < 0) {
        return Messages::tr("No entry of this tracker's audit log has the fingerprint %1: the "
                            "history the report was computed from has been changed or removed "
                            "since, or the report comes from another tracker.")
            .arg(shortFingerprint(fingerprint));
    }
    if (!problems.isEmpty()) {
        return Messages::tr("The report's fingerprint is audit entry %1, but the tracker no "
                            "longer holds its history unchanged: %2")
            .arg(entries.at(found).id)
            .arg(problems.join(QLatin1Char(' ')));
    }
    return std::nullopt;
}

} // namespace pml
