#include "core/error.h"
#include "core/messages.h"
#include "core/surface.h"
#include "json_support.h"
#include "sql_dialect.h"
#include "sqlite_persistence.h"

#include <QCryptographicHash>
#include <QHash>

namespace pml {

QList<Evidence> SqlitePersistence::evidenceFor(const QList<qint64>& updates,
                                               const std::optional<Quarter>& quarter, int line)
{
    sql::Transaction transaction(db(), sql::Transaction::Kind::Read);
    QList<Evidence> out;
    if (quarter && line > 0) {
        out << readEvidence(QStringLiteral("WHERE e.quarter = ? AND e.line = ?"),
                            {quarter->key(), line});
    }
    if (!updates.isEmpty()) {
        // One statement for all the updates, however many; then in the order asked.
        QHash<qint64, QList<Evidence>> byUpdate;
        for (Evidence& e :
             readEvidence(QStringLiteral("WHERE e.update_id IN ") + dialectOf(db()).listSql(),
                          {dialectOf(db()).idListValue(updates)})) {
            byUpdate[*e.update].append(std::move(e));
        }
        for (qint64 update : updates) {
            out << byUpdate.value(update);
        }
    }
    transaction.commit();
    return out;
}

QList<Evidence> SqlitePersistence::evidenceOfPeriod(const QDate& from, const QDate& to,
                                                    const Quarter& quarter)
{
    sql::Transaction transaction(db(), sql::Transaction::Kind::Read);
    QList<Evidence> out = readEvidence(
        QStringLiteral("WHERE e.update_id IN (SELECT id FROM status_updates WHERE "
                       "effective_date >= ? AND effective_date <= ?)"),
        {json::dateText(from), json::dateText(to)}, QStringLiteral("e.update_id, e.id"));
    out << readEvidence(QStringLiteral("WHERE e.quarter = ? AND e.line IS NOT NULL"),
                        {quarter.key()});
    transaction.commit();
    return out;
}

Evidence SqlitePersistence::evidence(qint64 id)
{
    sql::Transaction transaction(db(), sql::Transaction::Kind::Read);
    const QList<Evidence> found = readEvidence(QStringLiteral("WHERE e.id = ?"), {id});
    transaction.commit();
    if (found.isEmpty()) {
        throw Error(Messages::tr("There is no evidence %1 in this tracker.").arg(id));
    }
    return found.constFirst();
}

QByteArray SqlitePersistence::evidenceContent(qint64 id)
{
    const Evidence e = evidence(id);
    if (e.kind != Evidence::Kind::File) {
        throw Error(Messages::tr("Evidence %1 is a link, not a file: %2").arg(id).arg(e.url));
    }
    const QByteArray content =
        sql::scalar(
            db(), QStringLiteral("SELECT content FROM evidence_files WHERE evidence_id = ?"), {id})
            .toByteArray();
    if (QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex() != e.sha256) {
        throw Error(Messages::tr("The file of evidence %1 (%2) is missing or was changed outside "
                                 "the program: its SHA-256 no longer matches.")
                        .arg(id)
                        .arg(e.name) +
                    QLatin1Char(' ') + checkRemedy());
    }
    return content;
}

} // namespace pml
