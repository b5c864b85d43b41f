#include "audit_rows.h"
#include "core/error.h"
#include "core/messages.h"
#include "json_support.h"
#include "sql_dialect.h"
#include "sqlite_store.h"

#include <QCryptographicHash>
#include <QHash>
#include <QMimeDatabase>

namespace pml {

QList<Evidence> SqliteTrackerStore::evidenceFor(const QList<qint64>& updates,
                                                const std::optional<Quarter>& quarter, int line)
{
    sql::Transaction transaction(db(), sql::Transaction::Kind::Read);
    QList<Evidence> out;
    if (quarter && line > 0) {
        out << m_persistence.readEvidence(QStringLiteral("WHERE e.quarter = ? AND e.line = ?"),
                                          {quarter->key(), line});
    }
    if (!updates.isEmpty()) {
        // One statement for all the updates, however many; then in the order asked.
        QHash<qint64, QList<Evidence>> byUpdate;
        for (Evidence& e : m_persistence.readEvidence(QStringLiteral("WHERE e.update_id IN ") +
                                                          dialectOf(db()).idListSql(),
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

QList<Evidence> SqliteTrackerStore::evidenceOfPeriod(const QDate& from, const QDate& to,
                                                     const Quarter& quarter)
{
    sql::Transaction transaction(db(), sql::Transaction::Kind::Read);
    QList<Evidence> out = m_persistence.readEvidence(
        QStringLiteral("WHERE e.update_id IN (SELECT id FROM status_updates WHERE "
                       "effective_date >= ? AND effective_date <= ?)"),
        {json::dateText(from), json::dateText(to)}, QStringLiteral("e.update_id, e.id"));
    out << m_persistence.readEvidence(QStringLiteral("WHERE e.quarter = ? AND e.line IS NOT NULL"),
                                      {quarter.key()});
    transaction.commit();
    return out;
}

Evidence SqliteTrackerStore::evidence(qint64 id)
{
    sql::Transaction transaction(db(), sql::Transaction::Kind::Read);
    const QList<Evidence> found =
        m_persistence.readEvidence(QStringLiteral("WHERE e.id = ?"), {id});
    transaction.commit();
    if (found.isEmpty()) {
        throw Error(Messages::tr("There is no evidence %1 in this tracker.").arg(id));
    }
    return found.constFirst();
}

QByteArray SqliteTrackerStore::evidenceContent(qint64 id)
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
                                 "the program: its SHA-256 no longer matches. Run \"check\".")
                        .arg(id)
                        .arg(e.name));
    }
    return content;
}

Evidence SqliteTrackerStore::addEvidence(const EvidenceRequest& r)
{
    m_rules.requireWritable();
    const bool link = !r.url.isEmpty();
    if (r.update.has_value() == (r.quarter.has_value() && r.line > 0)) {
        throw Error(Messages::tr("Evidence supports either an update or a line's quarter."));
    }
    if (link) {
        if (const auto problem = evidenceLinkProblem(r.url)) {
            throw Error(Messages::tr("Cannot add the link: %1.").arg(*problem));
        }
    } else {
        if (const auto problem = evidenceNameProblem(r.name)) {
            throw Error(Messages::tr("Cannot add the file: %1.").arg(*problem));
        }
        if (const auto problem = evidenceSizeProblem(r.name, r.content.size())) {
            throw Error(*problem);
        }
    }
    const QSqlDatabase d = db();
    sql::Transaction transaction(d, sql::Transaction::Kind::Write);
    m_rules.requireAllowed(Operation::AddEvidence);
    m_rules.requireEvidenceChangeable(r.update, r.quarter, r.line);
    const QString sha =
        link ? QString()
             : QString::fromLatin1(
                   QCryptographicHash::hash(r.content, QCryptographicHash::Sha256).toHex());
    const QString mime =
        link ? QString() : QMimeDatabase().mimeTypeForFileNameAndData(r.name, r.content).name();
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(
        QDateTime::currentDateTimeUtc().toMSecsSinceEpoch(), Qt::UTC);
    sql::Query insert(d, QStringLiteral("INSERT INTO evidence (update_id, quarter, line, kind, "
                                        "name, url, mime, size, sha256, recorded_at, recorded_by) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariant none(QMetaType(QMetaType::LongLong));
    insert.bind(0, r.update ? QVariant(*r.update) : none)
        .bind(1, r.quarter && !r.update ? QVariant(r.quarter->key())
                                        : QVariant(QMetaType(QMetaType::QString)))
        .bind(2, r.update ? none : QVariant(r.line))
        .bind(3, link ? QStringLiteral("link") : QStringLiteral("file"))
        .bind(4, link ? r.url : r.name)
        .bind(5, sql::notNull(link ? r.url : QString()))
        .bind(6, sql::notNull(mime))
        .bind(7, link ? 0 : qint64(r.content.size()))
        .bind(8, sql::notNull(sha))
        .bind(9, at.toMSecsSinceEpoch())
        .bind(10, sql::notNull(m_rules.actingUser()))
        .exec();
    const qint64 id = insert.lastInsertId().toLongLong();
    if (!link) {
        sql::Query(d, QStringLiteral("INSERT INTO evidence_files (evidence_id, content) "
                                     "VALUES (?, ?)"))
            .bind(0, id)
            .bind(1, r.content)
            .exec();
    }
    const Evidence e =
        m_persistence.readEvidence(QStringLiteral("WHERE e.id = ?"), {id}).constFirst();
    sql::AuditWriter(d, m_rules.actingUser())
        .appendRows(QStringLiteral("evidence.add"),
                    r.update ? e.activity
                             : QStringLiteral("line %1 %2").arg(r.line).arg(r.quarter->key()),
                    {{QStringLiteral("evidence"), id}}, at);
    transaction.commit();
    return e;
}

void SqliteTrackerStore::withdrawEvidence(qint64 id, const QString& reason)
{
    m_rules.requireWritable();
    if (reason.trimmed().isEmpty()) {
        throw Error(Messages::tr("Withdrawing evidence needs a reason."));
    }
    const QSqlDatabase d = db();
    sql::Transaction transaction(d, sql::Transaction::Kind::Write);
    m_rules.requireAllowed(Operation::WithdrawEvidence);
    const QList<Evidence> found =
        m_persistence.readEvidence(QStringLiteral("WHERE e.id = ?"), {id});
    if (found.isEmpty()) {
        throw Error(Messages::tr("There is no evidence %1 in this tracker.").arg(id));
    }
    const Evidence& e = found.constFirst();
    if (e.withdrawn) {
        throw Error(Messages::tr("Evidence %1 is already withdrawn.").arg(id));
    }
    m_rules.requireEvidenceChangeable(e.update, e.quarter, e.line);
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(
        QDateTime::currentDateTimeUtc().toMSecsSinceEpoch(), Qt::UTC);
    sql::Query insert(d, QStringLiteral("INSERT INTO evidence_withdrawals (evidence_id, reason, "
                                        "recorded_at, recorded_by) VALUES (?, ?, ?, ?)"));
    insert.bind(0, id).bind(1, reason.trimmed()).bind(2, at.toMSecsSinceEpoch());
    insert.bind(3, sql::notNull(m_rules.actingUser())).exec();
    sql::AuditWriter(d, m_rules.actingUser())
        .appendRows(
            QStringLiteral("evidence.withdraw"),
            e.update ? e.activity : QStringLiteral("line %1 %2").arg(e.line).arg(e.quarter->key()),
            {{QStringLiteral("evidence_withdrawals"), insert.lastInsertId().toLongLong()}}, at);
    transaction.commit();
}

} // namespace pml
