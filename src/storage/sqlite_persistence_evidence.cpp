#include "audit_rows.h"
#include "sqlite_persistence.h"

namespace pml {

qint64 SqlitePersistence::insertEvidence(const Evidence& e, const QByteArray& content)
{
    const bool link = e.kind == Evidence::Kind::Link;
    sql::Query insert(
        db(), sql::returningId(
                  db(), QStringLiteral("INSERT INTO evidence (update_id, quarter, line, kind, "
                                       "name, url, mime, size, sha256, recorded_at, "
                                       "recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    const QVariant none(QMetaType(QMetaType::LongLong));
    insert.bind(0, e.update ? QVariant(*e.update) : none)
        .bind(1, e.quarter && !e.update ? QVariant(e.quarter->key())
                                        : QVariant(QMetaType(QMetaType::QString)))
        .bind(2, e.update ? none : QVariant(e.line))
        .bind(3, link ? QStringLiteral("link") : QStringLiteral("file"))
        .bind(4, e.name)
        .bind(5, sql::notNull(e.url))
        .bind(6, sql::notNull(e.mime))
        .bind(7, e.size)
        .bind(8, sql::notNull(QString::fromLatin1(e.sha256)))
        .bind(9, e.recordedAt.toMSecsSinceEpoch())
        .bind(10, sql::notNull(e.recordedBy))
        .exec();
    const qint64 id = insert.insertedId();
    if (!link) {
        sql::Query(db(), QStringLiteral("INSERT INTO evidence_files (evidence_id, content) "
                                        "VALUES (?, ?)"))
            .bind(0, id)
            .bind(1, content)
            .exec();
    }
    return id;
}

qint64 SqlitePersistence::insertEvidenceWithdrawal(qint64 evidence, const QString& reason,
                                                   const QDateTime& at, const QString& by)
{
    sql::Query insert(
        db(), sql::returningId(
                  db(), QStringLiteral("INSERT INTO evidence_withdrawals (evidence_id, "
                                       "reason, recorded_at, recorded_by) VALUES (?, ?, ?, ?)")));
    insert.bind(0, evidence).bind(1, reason).bind(2, at.toMSecsSinceEpoch());
    insert.bind(3, sql::notNull(by)).exec();
    return insert.insertedId();
}

bool SqlitePersistence::isWithdrawn(qint64 update)
{
    const QVariant last =
        sql::scalar(db(),
                    QStringLiteral("SELECT withdrawn FROM update_withdrawals "
                                   "WHERE update_id = ? ORDER BY id DESC LIMIT 1"),
                    {update});
    return !last.isNull() && last.toBool();
}

qint64 SqlitePersistence::insertWithdrawal(const WithdrawalEvent& event)
{
    sql::Query insert(
        db(),
        sql::returningId(
            db(), QStringLiteral("INSERT INTO update_withdrawals (update_id, withdrawn, "
                                 "recorded_at, recorded_by) VALUES (?, ?, ?, COALESCE(?, ''))")));
    insert.bind(0, event.update).bind(1, event.withdrawn);
    insert.bind(2, event.recordedAt.toMSecsSinceEpoch()).bind(3, event.recordedBy).exec();
    return insert.insertedId();
}

} // namespace pml
