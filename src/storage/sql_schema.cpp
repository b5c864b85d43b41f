#include "sql_schema.h"

#include "core/messages.h"
#include "sql_dialect.h"
#include "sql_support.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>

namespace pml::sql {
namespace {

// Portable SQL only (SQLite and PostgreSQL). Dates are ISO text "YYYY-MM-DD";
// recorded_at is UTC milliseconds since 1970.
// CHECKs spell out OR chains rather than IN lists: SQLite builds a temporary index
// for an IN list on every execution, which made bulk inserts several times slower.
const QStringList kMigration1 = {
    QStringLiteral("CREATE TABLE meta (key VARCHAR(64) PRIMARY KEY, value TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE lines (number INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                   "heading TEXT NOT NULL, introduction TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE line_barriers (line INTEGER NOT NULL REFERENCES lines(number), "
                   "position INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (line, position))"),
    QStringLiteral("CREATE TABLE barrier_groups (code VARCHAR(16) PRIMARY KEY, "
                   "line INTEGER NOT NULL REFERENCES lines(number), position INTEGER NOT NULL, "
                   "source_code VARCHAR(16) NOT NULL, heading TEXT NOT NULL, "
                   "UNIQUE (code, line), UNIQUE (line, position))"),
    // UNIQUE (line, barrier_position): a listed barrier belongs to one group only.
    QStringLiteral(
        "CREATE TABLE group_barriers (group_code VARCHAR(16) NOT NULL, "
        "line INTEGER NOT NULL, barrier_position INTEGER NOT NULL, "
        "position INTEGER NOT NULL, PRIMARY KEY (group_code, barrier_position), "
        "UNIQUE (line, barrier_position), "
        "FOREIGN KEY (group_code, line) REFERENCES barrier_groups(code, line), "
        "FOREIGN KEY (line, barrier_position) REFERENCES line_barriers(line, position))"),
    QStringLiteral("CREATE TABLE objectives (number INTEGER PRIMARY KEY, "
                   "barrier_group VARCHAR(16) NOT NULL REFERENCES barrier_groups(code), "
                   "text TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE activities (code VARCHAR(16) PRIMARY KEY, "
                   "position INTEGER NOT NULL UNIQUE, "
                   "barrier_group VARCHAR(16) NOT NULL REFERENCES barrier_groups(code), "
                   "horizon VARCHAR(2) NOT NULL CHECK (horizon = 'C' OR "
                   "horizon = 'M' OR horizon = 'L' OR horizon = 'ML'), "
                   "text TEXT NOT NULL, "
                   "weight DOUBLE PRECISION NOT NULL DEFAULT 1 CHECK (weight > 0), "
                   "planned_start VARCHAR(10), planned_end VARCHAR(10), "
                   "CHECK (planned_start IS NULL OR planned_end IS NULL "
                   "OR planned_start < planned_end))"),
    QStringLiteral("CREATE TABLE activity_objectives (activity VARCHAR(16) NOT NULL "
                   "REFERENCES activities(code), objective INTEGER NOT NULL "
                   "REFERENCES objectives(number), position INTEGER NOT NULL, "
                   "PRIMARY KEY (activity, objective), UNIQUE (activity, position))"),
    QStringLiteral("CREATE TABLE actors (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                   "short_name TEXT, actor_group VARCHAR(32) NOT NULL "
                   "CHECK (actor_group = 'sector' OR actor_group = 'business_association' OR "
                   "actor_group = 'other'))"),
    QStringLiteral("CREATE TABLE assignments (activity VARCHAR(16) NOT NULL "
                   "REFERENCES activities(code), actor INTEGER NOT NULL REFERENCES actors(id), "
                   "role VARCHAR(16) NOT NULL CHECK (role = 'lead' OR role = 'support'), "
                   "PRIMARY KEY (activity, actor))"),
    // At most one lead per activity.
    QStringLiteral("CREATE UNIQUE INDEX assignments_one_lead ON assignments (activity) "
                   "WHERE role = 'lead'"),
    QStringLiteral("CREATE TABLE settings (key VARCHAR(64) PRIMARY KEY, value TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE status_updates (id INTEGER PRIMARY KEY, "
                   "activity VARCHAR(16) NOT NULL REFERENCES activities(code), "
                   "effective_date VARCHAR(10) NOT NULL, recorded_at BIGINT NOT NULL, "
                   "status VARCHAR(16) NOT NULL CHECK (status = 'not_started' OR "
                   "status = 'in_progress' OR status = 'completed' OR status = 'suspended' OR "
                   "status = 'cancelled'), "
                   "percent INTEGER NOT NULL CHECK (percent BETWEEN 0 AND 100), "
                   "note TEXT NOT NULL DEFAULT '', recorded_by TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE INDEX status_updates_by_activity ON status_updates "
                   "(activity, effective_date)"),
};

const QStringList kMigration2 = {
    QStringLiteral("CREATE TABLE update_withdrawals (id INTEGER PRIMARY KEY, "
                   "update_id INTEGER NOT NULL REFERENCES status_updates(id), "
                   "withdrawn BOOLEAN NOT NULL, recorded_at BIGINT NOT NULL, "
                   "recorded_by TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE INDEX update_withdrawals_by_update ON update_withdrawals "
                   "(update_id)"),
};

// Figures as of a date read one row per activity: the update in force is found by one
// seek, latest first, in this index (core's supersedes() order; SQLite appends the id).
// The old index is its prefix. A report's quarter is read by effective date.
const QStringList kMigration3 = {
    QStringLiteral("DROP INDEX status_updates_by_activity"),
    QStringLiteral("CREATE INDEX status_updates_in_force ON status_updates "
                   "(activity, effective_date, recorded_at, id)"),
    QStringLiteral("CREATE INDEX status_updates_by_date ON status_updates (effective_date)"),
};

// The review cycle, its people, its evidence and the audit log (docs/review-cycle.md).
// Every table but people is append-only (dialect triggers); people are changed only
// through the audit log, which check() replays. Quarters are "YYYY-QN" text.
const QStringList kMigration4 = {
    QStringLiteral("CREATE TABLE people (name VARCHAR(80) PRIMARY KEY, roles TEXT NOT NULL, "
                   "active BOOLEAN NOT NULL)"),
    QStringLiteral("CREATE TABLE review_transitions (id INTEGER PRIMARY KEY, "
                   "quarter VARCHAR(7) NOT NULL, line INTEGER NOT NULL REFERENCES lines(number), "
                   "action VARCHAR(16) NOT NULL CHECK (action = 'submit' OR action = 'approve' "
                   "OR action = 'return' OR action = 'reopen'), "
                   "from_state VARCHAR(16) NOT NULL, to_state VARCHAR(16) NOT NULL, "
                   "note TEXT NOT NULL, achievements TEXT NOT NULL, difficulties TEXT NOT NULL, "
                   "next_steps TEXT NOT NULL, recorded_at BIGINT NOT NULL, "
                   "recorded_by TEXT NOT NULL)"),
    QStringLiteral("CREATE INDEX review_transitions_by_quarter ON review_transitions "
                   "(quarter, line, id)"),
    // What approval froze: the line's figures and the input they came from (JSON).
    QStringLiteral("CREATE TABLE review_snapshots (transition_id INTEGER PRIMARY KEY "
                   "REFERENCES review_transitions(id), content TEXT NOT NULL, "
                   "sha256 VARCHAR(64) NOT NULL)"),
    // Evidence belongs to an update, or to a line's quarter (its narrative).
    QStringLiteral("CREATE TABLE evidence (id INTEGER PRIMARY KEY, "
                   "update_id INTEGER REFERENCES status_updates(id), quarter VARCHAR(7), "
                   "line INTEGER REFERENCES lines(number), "
                   "kind VARCHAR(8) NOT NULL CHECK (kind = 'file' OR kind = 'link'), "
                   "name TEXT NOT NULL, url TEXT NOT NULL, mime TEXT NOT NULL, "
                   "size BIGINT NOT NULL, sha256 VARCHAR(64) NOT NULL, "
                   "recorded_at BIGINT NOT NULL, recorded_by TEXT NOT NULL, "
                   "CHECK ((update_id IS NULL) <> (line IS NULL)), "
                   "CHECK ((line IS NULL) = (quarter IS NULL)))"),
    QStringLiteral("CREATE INDEX evidence_by_update ON evidence (update_id)"),
    QStringLiteral("CREATE INDEX evidence_by_quarter ON evidence (quarter, line)"),
    QStringLiteral("CREATE TABLE evidence_files (evidence_id INTEGER PRIMARY KEY "
                   "REFERENCES evidence(id), content %1 NOT NULL)"),
    QStringLiteral("CREATE TABLE evidence_withdrawals (id INTEGER PRIMARY KEY, "
                   "evidence_id INTEGER NOT NULL REFERENCES evidence(id), reason TEXT NOT NULL, "
                   "recorded_at BIGINT NOT NULL, recorded_by TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE audit_log (id INTEGER PRIMARY KEY, recorded_at BIGINT NOT NULL, "
                   "recorded_by TEXT NOT NULL, kind VARCHAR(32) NOT NULL, item TEXT NOT NULL, "
                   "old_value TEXT NOT NULL, new_value TEXT NOT NULL, "
                   "hash VARCHAR(64) NOT NULL)"),
    QStringLiteral("CREATE INDEX audit_log_by_kind ON audit_log (kind, item, id)"),
};

QStringList migration(int version, const SqlDialect& dialect)
{
    switch (version) {
    case 1:
        return kMigration1;
    case 2:
        return kMigration2;
    case 3:
        return kMigration3;
    case 4: {
        QStringList statements = kMigration4;
        for (QString& s : statements) {
            if (s.contains(QLatin1String("%1"))) {
                s = s.arg(dialect.blobType());
            }
        }
        return statements;
    }
    default:
        return {};
    }
}

// The tables that migration `version` creates, read from its own statements.
QStringList tablesOf(int version)
{
    static const QRegularExpression create(QStringLiteral("^CREATE TABLE (\\w+)"));
    QStringList tables;
    // Table names do not depend on the dialect.
    for (const QString& statement : migration(version, sqliteDialect())) {
        const auto match = create.match(statement);
        if (match.hasMatch()) {
            tables << match.captured(1);
        }
    }
    return tables;
}

} // namespace

std::optional<QString> structureProblem(const QSqlDatabase& db, int version)
{
    const QStringList present = db.tables();
    for (int v = 1; v <= latestSchemaVersion(); ++v) {
        for (const QString& table : tablesOf(v)) {
            if (v <= version && !present.contains(table)) {
                return Messages::tr("the file says it has schema version %1, but its table %2 "
                                    "(of version %3) is missing")
                    .arg(version)
                    .arg(table)
                    .arg(v);
            }
            if (v > version && present.contains(table)) {
                return Messages::tr("the file says it has schema version %1, but it already has "
                                    "the table %2 of version %3")
                    .arg(version)
                    .arg(table)
                    .arg(v);
            }
        }
    }
    return std::nullopt;
}

int latestSchemaVersion()
{
    return 4;
}

void applyMigrations(const QSqlDatabase& db, int from, int to)
{
    for (int version = from + 1; version <= to; ++version) {
        for (const QString& statement :
             migration(version, dialectOf(db)) + dialectOf(db).migrationExtras(version)) {
            exec(db, statement);
        }
    }
    if (from == 0) {
        Query(db, QStringLiteral("INSERT INTO meta (key, value) VALUES ('format', ?)"))
            .bind(0, QStringLiteral("pml-tracker"))
            .exec();
        Query(db, QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', ?)"))
            .bind(0, QString::number(to))
            .exec();
    } else {
        Query(db, QStringLiteral("UPDATE meta SET value = ? WHERE key = 'schema_version'"))
            .bind(0, QString::number(to))
            .exec();
    }
}

std::optional<int> readSchemaVersion(const QSqlDatabase& db)
{
    dialectOf(db).requireReadable(db);
    if (!db.tables().contains(QStringLiteral("meta"))) {
        return std::nullopt;
    }
    Query query(db, QStringLiteral("SELECT key, value FROM meta WHERE key IN "
                                   "('format', 'schema_version')"));
    query.exec();
    QString format;
    std::optional<int> version;
    while (query.next()) {
        if (query.value(0).toString() == QLatin1String("format")) {
            format = query.value(1).toString();
        } else {
            bool ok = false;
            const int number = query.value(1).toString().toInt(&ok);
            if (ok && number > 0) {
                version = number;
            }
        }
    }
    return format == QLatin1String("pml-tracker") ? version : std::nullopt;
}

} // namespace pml::sql
