#include "audit_rows.h"

#include "core/user.h"
#include "sql_support.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlRecord>
#include <QTimeZone>

namespace pml::sql {
namespace {

QJsonValue jsonValue(const QVariant& value)
{
    if (value.isNull()) {
        return QJsonValue::Null;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Bool:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    case QMetaType::QByteArray:
        return QJsonValue(QString::fromLatin1(value.toByteArray().toHex()));
    default:
        return QJsonValue(value.toString());
    }
}

QJsonObject objectFrom(Query& query, const QStringList& columns, int first = 0)
{
    QJsonObject object;
    for (int i = 0; i < columns.size(); ++i) {
        object.insert(columns.at(i).trimmed(), jsonValue(query.value(first + i)));
    }
    return object;
}

QStringList columnsOf(const QString& table)
{
    for (const AuditedTable& t : auditedTables()) {
        if (t.name == table) {
            return t.columns.split(QLatin1Char(','));
        }
    }
    return {};
}

void addField(QCryptographicHash& hash, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    hash.addData(QByteArray::number(bytes.size()) + ':');
    hash.addData(bytes);
}

// The tables whose rows are a category's items: the key column, then the values.
struct StateTable {
    const char* category;
    const char* table;
    QStringList columns; // the key first
};

const StateTable* stateTable(const QString& category)
{
    static const StateTable tables[] = {
        {"planning", "activities", {"code", "weight", "planned_start", "planned_end"}},
        {"actors", "actors", {"id", "name", "short_name", "actor_group"}},
        {"people", "people", {"name", "roles", "active"}},
    };
    for (const StateTable& t : tables) {
        if (category == QLatin1String(t.category)) {
            return &t;
        }
    }
    return nullptr;
}

QMap<QString, QString> responsibilityValues(const QSqlDatabase& db, const QString& only)
{
    QMap<QString, QJsonObject> objects;
    Query codes(db, only.isEmpty() ? QStringLiteral("SELECT code FROM activities")
                                   : QStringLiteral("SELECT code FROM activities WHERE code = ?"));
    if (!only.isEmpty()) {
        codes.bind(0, only);
    }
    codes.exec();
    while (codes.next()) {
        objects.insert(codes.value(0).toString(),
                       QJsonObject{{"lead", QJsonValue::Null}, {"support", QJsonArray()}});
    }
    Query rows(db, QStringLiteral("SELECT activity, actor, role FROM assignments") +
                       (only.isEmpty() ? QString() : QStringLiteral(" WHERE activity = ?")) +
                       QStringLiteral(" ORDER BY activity, actor"));
    if (!only.isEmpty()) {
        rows.bind(0, only);
    }
    rows.exec();
    while (rows.next()) {
        QJsonObject& o = objects[rows.value(0).toString()];
        if (rows.value(2).toString() == QLatin1String("lead")) {
            o.insert(QStringLiteral("lead"), rows.value(1).toLongLong());
        } else {
            QJsonArray support = o.value(QStringLiteral("support")).toArray();
            support.append(rows.value(1).toLongLong());
            o.insert(QStringLiteral("support"), support);
        }
    }
    QMap<QString, QString> values;
    for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
        values.insert(it.key(), compact(it.value()));
    }
    return values;
}

QMap<QString, QString> settingsValues(const QSqlDatabase& db)
{
    QJsonObject object;
    Query rows(db, QStringLiteral("SELECT key, value FROM settings"));
    rows.exec();
    while (rows.next()) {
        object.insert(rows.value(0).toString(), rows.value(1).toString());
    }
    return {{QStringLiteral("settings"), compact(object)}};
}

} // namespace

const QList<AuditedTable>& auditedTables()
{
    static const QList<AuditedTable> tables = {
        {QStringLiteral("status_updates"),
         QStringLiteral("id,activity,effective_date,recorded_at,status,percent,note,recorded_by")},
        {QStringLiteral("update_withdrawals"),
         QStringLiteral("id,update_id,withdrawn,recorded_at,recorded_by")},
        {QStringLiteral("review_transitions"),
         QStringLiteral("id,quarter,line,action,from_state,to_state,note,achievements,"
                        "difficulties,next_steps,recorded_at,recorded_by")},
        {QStringLiteral("review_snapshots"), QStringLiteral("transition_id,sha256")},
        {QStringLiteral("evidence"),
         QStringLiteral("id,update_id,quarter,line,kind,name,url,mime,size,sha256,recorded_at,"
                        "recorded_by")},
        {QStringLiteral("evidence_withdrawals"),
         QStringLiteral("id,evidence_id,reason,recorded_at,recorded_by")},
    };
    return tables;
}

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject rowObject(const QSqlDatabase& db, const QString& table, qint64 id)
{
    const QStringList columns = columnsOf(table);
    Query query(db, QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                        .arg(columns.join(QLatin1Char(',')), table, columns.constFirst()));
    query.bind(0, id).exec();
    return query.next() ? objectFrom(query, columns) : QJsonObject();
}

QMap<qint64, QString> rowTexts(const QSqlDatabase& db, const QString& table)
{
    const QStringList columns = columnsOf(table);
    Query query(db, QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                        .arg(columns.join(QLatin1Char(',')), table, columns.constFirst()));
    query.raw().setForwardOnly(true);
    query.exec();
    QMap<qint64, QString> rows;
    while (query.next()) {
        rows.insert(query.value(0).toLongLong(), compact(objectFrom(query, columns)));
    }
    return rows;
}

QStringList stateCategories()
{
    return {QStringLiteral("planning"), QStringLiteral("responsibility"), QStringLiteral("actors"),
            QStringLiteral("settings"), QStringLiteral("people")};
}

QMap<QString, QString> stateAtStart(QMap<QString, QString> now, const QList<AuditEntry>& entries,
                                    const QString& category)
{
    QSet<QString> undone;
    for (const AuditEntry& e : entries) {
        if (categoryOfKind(e.kind) != category || undone.contains(e.item)) {
            continue;
        }
        undone.insert(e.item); // its first entry holds the item as the log began
        if (e.oldValue.isEmpty()) {
            now.remove(e.item);
        } else {
            now.insert(e.item, e.oldValue);
        }
    }
    return now;
}

QList<Role> rolesFromKeys(const QString& text)
{
    QList<Role> roles;
    for (const QString& key : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const auto role = roleFromKey(key)) {
            roles << *role;
        }
    }
    return roles;
}

QString categoryOfKind(const QString& kind)
{
    if (kind == QLatin1String("planning") || kind == QLatin1String("responsibility") ||
        kind == QLatin1String("settings")) {
        return kind;
    }
    if (kind.startsWith(QLatin1String("actor."))) {
        return QStringLiteral("actors");
    }
    if (kind.startsWith(QLatin1String("person."))) {
        return QStringLiteral("people");
    }
    return {};
}

QMap<QString, QString> stateValues(const QSqlDatabase& db, const QString& category,
                                   const QString& only)
{
    if (category == QLatin1String("responsibility")) {
        return responsibilityValues(db, only);
    }
    if (category == QLatin1String("settings")) {
        return settingsValues(db);
    }
    const StateTable* t = stateTable(category);
    QString sql = QStringLiteral("SELECT %1 FROM %2")
                      .arg(t->columns.join(QLatin1Char(',')), QLatin1String(t->table));
    if (!only.isEmpty()) {
        sql += QStringLiteral(" WHERE %1 = ?").arg(t->columns.constFirst());
    }
    Query query(db, sql);
    if (!only.isEmpty()) {
        query.bind(0, only);
    }
    query.exec();
    QMap<QString, QString> values;
    while (query.next()) {
        values.insert(query.value(0).toString(), compact(objectFrom(query, t->columns.mid(1), 1)));
    }
    return values;
}

QString stateValue(const QSqlDatabase& db, const QString& category, const QString& item)
{
    return stateValues(db, category, item).value(item);
}

QByteArray digestOf(const QMap<QString, QString>& values)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        addField(hash, it.key());
        addField(hash, it.value());
    }
    return hash.result().toHex();
}

QByteArray documentDigest(const QSqlDatabase& db)
{
    // The strategy document's title, introduction and reference, shown on every report.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    Query query(db, QStringLiteral("SELECT key, value FROM meta WHERE key NOT IN ('format', "
                                   "'schema_version') ORDER BY key"));
    query.exec();
    while (query.next()) {
        addField(hash, query.value(0).toString());
        addField(hash, query.value(1).toString());
    }
    return hash.result().toHex();
}

QJsonObject itemDigests(const QMap<QString, QString>& values)
{
    QJsonObject digests;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        digests.insert(it.key(), QString::fromLatin1(digestOf({{it.key(), it.value()}})));
    }
    return digests;
}

QByteArray structureDigest(const QSqlDatabase& db)
{
    static const QStringList queries = {
        QStringLiteral("SELECT number, name, heading, introduction FROM lines ORDER BY number"),
        QStringLiteral("SELECT line, position, text FROM line_barriers ORDER BY line, position"),
        QStringLiteral("SELECT code, line, position, source_code, heading FROM barrier_groups "
                       "ORDER BY code"),
        QStringLiteral("SELECT group_code, line, barrier_position, position FROM group_barriers "
                       "ORDER BY group_code, barrier_position"),
        QStringLiteral("SELECT number, barrier_group, text FROM objectives ORDER BY number"),
        QStringLiteral("SELECT code, position, barrier_group, horizon, text FROM activities "
                       "ORDER BY code"),
        QStringLiteral("SELECT activity, objective, position FROM activity_objectives "
                       "ORDER BY activity, objective"),
    };
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& sql : queries) {
        Query query(db, sql);
        query.raw().setForwardOnly(true);
        query.exec();
        const int columns = query.raw().record().count();
        while (query.next()) {
            for (int i = 0; i < columns; ++i) {
                addField(hash, query.value(i).toString());
            }
        }
        addField(hash, QStringLiteral("|"));
    }
    return hash.result().toHex();
}

QJsonObject tableDigest(const QSqlDatabase& db, const QString& table, qint64 lastId)
{
    const QStringList columns = columnsOf(table);
    Query query(db, QStringLiteral("SELECT %1 FROM %2 WHERE %3 <= ? ORDER BY %3")
                        .arg(columns.join(QLatin1Char(',')), table, columns.constFirst()));
    query.raw().setForwardOnly(true);
    query.bind(0, lastId).exec();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 count = 0;
    while (query.next()) {
        addField(hash, compact(objectFrom(query, columns)));
        ++count;
    }
    return QJsonObject{{"count", count},
                       {"last_id", lastId},
                       {"sha256", QString::fromLatin1(hash.result().toHex())}};
}

AuditWriter::AuditWriter(const QSqlDatabase& db, const QString& by)
    : m_db(db)
    , m_by(by)
{
    Query last(db, QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    last.exec();
    if (last.next()) {
        m_lastId = last.value(0).toLongLong();
        m_lastHash = last.value(1).toString().toLatin1();
    }
}

void AuditWriter::append(const QString& kind, const QString& item, const QString& oldValue,
                         const QString& newValue, const QDateTime& at)
{
    AuditEntry entry;
    entry.id = m_lastId + 1;
    entry.recordedAt = QDateTime::fromMSecsSinceEpoch(at.toMSecsSinceEpoch(), Qt::UTC);
    entry.recordedBy = m_by;
    entry.kind = kind;
    entry.item = item;
    entry.oldValue = oldValue;
    entry.newValue = newValue;
    entry.hash = auditHash(entry, m_lastHash);
    Query(m_db, QStringLiteral("INSERT INTO audit_log (id, recorded_at, recorded_by, kind, item, "
                               "old_value, new_value, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(0, entry.id)
        .bind(1, entry.recordedAt.toMSecsSinceEpoch())
        .bind(2, notNull(entry.recordedBy))
        .bind(3, kind)
        .bind(4, notNull(item))
        .bind(5, notNull(oldValue))
        .bind(6, notNull(newValue))
        .bind(7, QString::fromLatin1(entry.hash))
        .exec();
    m_lastId = entry.id;
    m_lastHash = entry.hash;
}

void AuditWriter::appendRows(const QString& kind, const QString& item,
                             const QList<QPair<QString, qint64>>& rows, const QDateTime& at)
{
    QJsonObject object;
    for (const auto& [table, id] : rows) {
        object.insert(table, rowObject(m_db, table, id));
    }
    append(kind, item, {}, compact(object), at);
}

void writeAuditBaseline(const QSqlDatabase& db, const QString& kind, const QString& by)
{
    QJsonObject baseline;
    baseline.insert(QStringLiteral("structure"), QString::fromLatin1(structureDigest(db)));
    baseline.insert(QStringLiteral("document"), QString::fromLatin1(documentDigest(db)));
    for (const QString& category : stateCategories()) {
        const QMap<QString, QString> values = stateValues(db, category);
        baseline.insert(category, QString::fromLatin1(digestOf(values)));
        baseline.insert(category + QStringLiteral("_items"), itemDigests(values));
    }
    for (const QString& table :
         {QStringLiteral("status_updates"), QStringLiteral("update_withdrawals")}) {
        const qint64 last =
            scalar(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(table))
                .toLongLong();
        baseline.insert(table, tableDigest(db, table, last));
    }
    AuditWriter(db, by).append(kind, QString(), QString(), compact(baseline));
}

QList<AuditEntry> readAuditLog(const QSqlDatabase& db, qint64 skip, qint64 limit)
{
    Query query(db, QStringLiteral("SELECT id, recorded_at, recorded_by, kind, item, old_value, "
                                   "new_value, hash FROM audit_log ORDER BY id LIMIT ? OFFSET ?"));
    query.raw().setForwardOnly(true);
    query.bind(0, limit).bind(1, skip);
    query.exec();
    QList<AuditEntry> entries;
    while (query.next()) {
        AuditEntry e;
        e.id = query.value(0).toLongLong();
        e.recordedAt = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
        e.recordedBy = query.value(2).toString();
        e.kind = query.value(3).toString();
        e.item = query.value(4).toString();
        e.oldValue = query.value(5).toString();
        e.newValue = query.value(6).toString();
        e.hash = query.value(7).toString().toLatin1();
        entries.append(e);
    }
    return entries;
}

} // namespace pml::sql
