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

} // namespace pml
