#include "sqlite_references.h"

#include "audit_check_text.h"
#include "core/messages.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace pml::sql {
namespace {

// The natural key of a row (what a person calls it), read by its rowid.
QString keyOf(const QSqlDatabase& db, const QString& table, const QString& key, qint64 rowid)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE rowid = ?").arg(key, table));
    query.addBindValue(rowid);
    if (query.exec() && query.next()) {
        return query.value(0).toString();
    }
    return QString::number(rowid);
}

QString rowName(const QSqlDatabase& db, const QString& table, qint64 rowid)
{
    if (const QString appended = pml::rowName(table, rowid); !appended.isEmpty()) {
        return appended; // an append-only table's row, named as the audit check names it
    }
    if (table == QLatin1String("activities")) {
        return Messages::tr("Activity %1").arg(keyOf(db, table, QStringLiteral("code"), rowid));
    }
    if (table == QLatin1String("objectives")) {
        return Messages::tr("Objective %1").arg(keyOf(db, table, QStringLiteral("number"), rowid));
    }
    if (table == QLatin1String("assignments")) {
        return Messages::tr("An actor's assignment to activity %1")
            .arg(keyOf(db, table, QStringLiteral("activity"), rowid));
    }
    if (table == QLatin1String("activity_objectives")) {
        return Messages::tr("An objective served by activity %1")
            .arg(keyOf(db, table, QStringLiteral("activity"), rowid));
    }
    if (table == QLatin1String("barrier_groups")) {
        return Messages::tr("Barrier group %1")
            .arg(keyOf(db, table, QStringLiteral("code"), rowid));
    }
    if (table == QLatin1String("line_barriers") || table == QLatin1String("group_barriers")) {
        return Messages::tr("A barrier of line %1")
            .arg(keyOf(db, table, QStringLiteral("line"), rowid));
    }
    return Messages::tr("A part of the tracker");
}

QString parentName(const QString& parent)
{
    if (parent == QLatin1String("status_updates")) {
        return Messages::tr("an update");
    }
    if (parent == QLatin1String("activities")) {
        return Messages::tr("an activity");
    }
    if (parent == QLatin1String("objectives")) {
        return Messages::tr("an objective");
    }
    if (parent == QLatin1String("actors")) {
        return Messages::tr("an actor");
    }
    if (parent == QLatin1String("lines")) {
        return Messages::tr("a line of action");
    }
    if (parent == QLatin1String("barrier_groups")) {
        return Messages::tr("a barrier group");
    }
    if (parent == QLatin1String("line_barriers")) {
        return Messages::tr("a barrier");
    }
    if (parent == QLatin1String("review_transitions")) {
        return Messages::tr("a review step");
    }
    if (parent == QLatin1String("evidence")) {
        return Messages::tr("an evidence item");
    }
    return Messages::tr("something");
}

} // namespace

QString missingReferenceProblem(const QSqlDatabase& db, const QString& table, qint64 rowid,
                                const QString& parent)
{
    return Messages::tr("%1 belongs to %2 that no longer exists.")
        .arg(rowName(db, table, rowid), parentName(parent));
}

} // namespace pml::sql
