#include "audit_rows.h"
#include "sqlite_persistence.h"

namespace pml {
namespace {

QList<Persistence::StoredContent> storedContents(const QSqlDatabase& db, const QString& sql,
                                                 bool text)
{
    sql::Query query(db, sql);
    query.exec();
    QList<Persistence::StoredContent> out;
    while (query.next()) {
        out.append({query.value(0).toLongLong(),
                    text ? query.value(1).toString().toUtf8() : query.value(1).toByteArray(),
                    query.value(2).toString().toLatin1()});
    }
    return out;
}

} // namespace

QByteArray SqlitePersistence::structureDigest()
{
    return sql::structureDigest(db());
}

QList<AuditEntry> SqlitePersistence::auditEntriesAfter(qint64 skip)
{
    sql::Transaction transaction(db(), sql::Transaction::Kind::Read);
    QList<AuditEntry> entries = sql::readAuditLog(db(), skip);
    transaction.commit();
    return entries;
}

std::optional<AuditEntry> SqlitePersistence::auditEntryAt(qint64 position)
{
    if (position < 1) {
        return std::nullopt;
    }
    const QList<AuditEntry> one = sql::readAuditLog(db(), position - 1, 1);
    return one.isEmpty() ? std::nullopt : std::optional<AuditEntry>(one.constFirst());
}

qint64 SqlitePersistence::auditEntryCount()
{
    return sql::scalar(db(), QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong();
}

QStringList SqlitePersistence::schemaProblems()
{
    return m_connection->dialect().schemaProblems(db());
}

QByteArray SqlitePersistence::documentDigest()
{
    return sql::documentDigest(db());
}

QStringList SqlitePersistence::auditedTables()
{
    QStringList names;
    for (const sql::AuditedTable& table : sql::auditedTables()) {
        names << table.name;
    }
    return names;
}

QJsonObject SqlitePersistence::tableDigest(const QString& table, qint64 lastId)
{
    return sql::tableDigest(db(), table, lastId);
}

QMap<qint64, QString> SqlitePersistence::rowTexts(const QString& table)
{
    return sql::rowTexts(db(), table);
}

QMap<QString, QString> SqlitePersistence::stateValues(const QString& category)
{
    return sql::stateValues(db(), category);
}

QList<Persistence::StoredContent> SqlitePersistence::frozenContents()
{
    return storedContents(db(),
                          QStringLiteral("SELECT transition_id, content, sha256 FROM "
                                         "review_snapshots ORDER BY transition_id"),
                          true);
}

QList<Persistence::StoredContent> SqlitePersistence::evidenceFiles()
{
    return storedContents(db(),
                          QStringLiteral("SELECT e.id, f.content, e.sha256 FROM evidence e "
                                         "LEFT JOIN evidence_files f ON f.evidence_id = e.id "
                                         "WHERE e.kind = 'file' ORDER BY e.id"),
                          false);
}

QList<AuditEntry> SqlitePersistence::auditEntries()
{
    sql::Transaction transaction(db(), sql::Transaction::Kind::Read);
    QList<AuditEntry> all = sql::readAuditLog(db());
    transaction.commit();
    return all;
}

} // namespace pml
