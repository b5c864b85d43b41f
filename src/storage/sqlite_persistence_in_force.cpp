// The reads that grow with activities, not with history: what is in force at a date.

#include "json_support.h"
#include "sqlite_persistence.h"
#include "update_rows.h"

#include <QSet>

namespace pml {
namespace {

// Each activity's update in force at the date bound first, with the activity's position
// last: one index seek per activity (status_updates_in_force), whatever the history.
QString inForceSql(bool withText, const QString& tail)
{
    return QStringLiteral("SELECT ") + sql::updateColumns(QStringLiteral("u"), withText) +
           QStringLiteral(", a.position FROM activities a JOIN status_updates u ON u.id = ") +
           sql::inForceIdSubquery(QStringLiteral("a.code")) + tail;
}

void bindDate(sql::SqliteRows& rows, const QDate& date)
{
    rows.bind(0, json::dateText(date)).bind(1, qint64(0)).bind(2, qint64(0));
}

} // namespace

QList<StatusUpdate> SqlitePersistence::readUpdatesInForce(const QDate& date,
                                                          const QStringList& activities,
                                                          bool withText)
{
    sql::SqliteRows rows(db(), inForceSql(withText, activities.isEmpty()
                                                        ? QString()
                                                        : QStringLiteral(" WHERE a.code = ?")));
    QList<StatusUpdate> out;
    out.reserve(activities.isEmpty() ? 1024 : activities.size());
    const QStringList each = activities.isEmpty() ? QStringList{QString()} : activities;
    for (const QString& code : each) {
        bindDate(rows, date);
        if (!code.isEmpty()) {
            rows.bind(3, code);
        }
        while (rows.next()) {
            out.append(sql::readUpdateRow(rows, withText, nullptr)); // one row per code
        }
    }
    return out;
}

QList<StatusUpdate> SqlitePersistence::readUpdatesInForce(const QDate& date,
                                                          const Strategy& strategy,
                                                          const QList<qint64>& positions,
                                                          bool withText)
{
    const int positionColumn = withText ? 8 : 6;
    sql::SqliteRows rows(db(), inForceSql(withText, QStringLiteral(" ORDER BY a.position")));
    bindDate(rows, date);
    QList<StatusUpdate> out;
    out.reserve(strategy.activities.size());
    qsizetype i = 0;
    while (rows.next()) {
        const qint64 position = rows.integer(positionColumn);
        while (i < positions.size() && positions[i] < position) {
            ++i;
        }
        const bool known = i < positions.size() && positions[i] == position;
        out.append(sql::readUpdateRow(rows, withText, nullptr,
                                      known ? &strategy.activities[i].code : nullptr));
    }
    return out;
}

Snapshot SqlitePersistence::loadSnapshotAt(const QList<QDate>& dates, TrackerStore::Detail detail)
{
    sql::Transaction transaction(db(), sql::Transaction::Kind::Read);
    Snapshot s = readSnapshotAt(dates, detail);
    transaction.commit();
    return s;
}

Snapshot SqlitePersistence::readSnapshotAt(const QList<QDate>& dates, TrackerStore::Detail detail)
{
    const bool withText = detail == TrackerStore::Detail::Full;
    Snapshot s;
    QList<qint64> positions;
    s.strategy = readStrategy(detail != TrackerStore::Detail::FiguresOnly, &positions);
    s.settings = readSettings();
    if (withText) {
        s.assignments = readAssignments(); // who answers for what: attention, not figures
    }
    s.inForceAt = QList<QDate>();
    QSet<qint64> seen;
    for (const QDate& date : dates) {
        for (StatusUpdate& update : readUpdatesInForce(date, s.strategy, positions, withText)) {
            if (dates.size() > 1) { // an update in force at two dates is kept once
                if (seen.contains(update.id)) {
                    continue;
                }
                seen.insert(update.id);
            }
            s.updates.append(std::move(update));
        }
        s.inForceAt->append(date);
    }
    return s;
}

QList<StatusUpdate> SqlitePersistence::updatesInForce(const QDate& date,
                                                      const QStringList& activities)
{
    sql::Transaction transaction(db(), sql::Transaction::Kind::Read);
    QList<StatusUpdate> out = readUpdatesInForce(date, activities);
    transaction.commit();
    return out;
}

QList<StatusUpdate> SqlitePersistence::updatesEffectiveBetween(const QDate& from, const QDate& to,
                                                               const QStringList& activities)
{
    sql::Transaction transaction(db(), sql::Transaction::Kind::Read);
    QList<StatusUpdate> out = readUpdatesEffectiveBetween(from, to, activities);
    transaction.commit();
    return out;
}

QList<StatusUpdate> SqlitePersistence::readUpdatesEffectiveBetween(const QDate& from,
                                                                   const QDate& to,
                                                                   const QStringList& activities)
{
    QHash<qint64, bool> withdrawn;
    for (const WithdrawalEvent& w : readWithdrawals(0)) {
        withdrawn.insert(w.update, w.withdrawn);
    }
    const SqlDialect& dialect = m_connection->dialect();
    sql::SqliteRows rows(db(),
                         QStringLiteral("SELECT ") + sql::updateColumns(QStringLiteral("u"), true) +
                             QStringLiteral(" FROM status_updates u WHERE u.effective_date "
                                            ">= ? AND u.effective_date <= ?") +
                             (activities.isEmpty()
                                  ? QString()
                                  : QStringLiteral(" AND u.activity IN ") + dialect.listSql()) +
                             QStringLiteral(" ORDER BY u.id"));
    rows.bind(0, json::dateText(from)).bind(1, json::dateText(to));
    if (!activities.isEmpty()) {
        rows.bind(2, dialect.textListValue(activities).toString());
    }
    QList<StatusUpdate> out;
    QHash<QString, QString> codes;
    while (rows.next()) {
        StatusUpdate u = sql::readUpdateRow(rows, true, &codes);
        u.withdrawn = withdrawn.value(u.id, false);
        out.append(std::move(u));
    }
    return out;
}

} // namespace pml
