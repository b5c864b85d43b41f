#pragma once

#include "audit_format.h"
#include "core/audit.h"
#include "core/review.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

// What the audit log records of each change, in one canonical form that writes and
// check() share: rows of append-only tables as JSON objects, and the state of what can
// change (planning, responsibility, actors, settings, people) as one JSON text per item.
namespace pml::sql {

// The append-only tables an audit entry may record rows of, with their columns (the
// first is the row's id; file contents are checked through their SHA-256 instead).
struct AuditedTable {
    QString name;
    QString columns;
};
const QList<AuditedTable>& auditedTables();

// One row as {column: value}; a missing row gives an empty object.
QJsonObject rowObject(const QSqlDatabase& db, const QString& table, qint64 id);
// Every row of `table`, by id, as compact JSON text.
QMap<qint64, QString> rowTexts(const QSqlDatabase& db, const QString& table);
QString compact(const QJsonObject& object);
// Text for a NOT NULL column: Qt binds a null QString as SQL NULL.
inline QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// The changeable state: "planning", "responsibility" (by activity code), "actors" (by
// id), "settings" (one item) and "people" (by name).
QStringList stateCategories();
QString categoryOfKind(const QString& kind); // empty for kinds that add rows
QMap<QString, QString> stateValues(const QSqlDatabase& db, const QString& category,
                                   const QString& only = {});
QString stateValue(const QSqlDatabase& db, const QString& category, const QString& item);
QByteArray digestOf(const QMap<QString, QString>& values);
// The strategy document's texts kept beside the structure (title, introduction, reference).
QByteArray documentDigest(const QSqlDatabase& db);
// The structure that never changes (lines, groups, objectives, activities' texts).
QByteArray structureDigest(const QSqlDatabase& db);
// Rows of an append-only table up to `lastId`: {"count", "last_id", "sha256"}.
QJsonObject tableDigest(const QSqlDatabase& db, const QString& table, qint64 lastId);

// Appends entries to the audit log inside the caller's write transaction, each chained
// to the one before.
class AuditWriter {
public:
    AuditWriter(const QSqlDatabase& db, const QString& by);
    void setBy(const QString& by) { m_by = by; }
    void append(const QString& kind, const QString& item, const QString& oldValue,
                const QString& newValue, const QDateTime& at = QDateTime::currentDateTimeUtc());
    // An entry recording the rows just inserted: {table: row} for each.
    void appendRows(const QString& kind, const QString& item,
                    const QList<QPair<QString, qint64>>& rows,
                    const QDateTime& at = QDateTime::currentDateTimeUtc());

private:
    QSqlDatabase m_db;
    QString m_by;
    qint64 m_lastId = 0;
    QByteArray m_lastHash;
};

// The first entry of a tracker's audit log: digests of everything it held when the log
// began (at creation, or when an older tracker was upgraded).
void writeAuditBaseline(const QSqlDatabase& db, const QString& kind, const QString& by);

// The log in id order: the entries after the first `skip`, at most `limit` (-1: all).
QList<AuditEntry> readAuditLog(const QSqlDatabase& db, qint64 skip = 0, qint64 limit = -1);

// The people table (sql_people.cpp).
void writePerson(const QSqlDatabase& db, const Person& person, bool exists);
QList<Person> readPeople(const QSqlDatabase& db);

} // namespace pml::sql
