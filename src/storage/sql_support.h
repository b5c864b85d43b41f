#pragma once

#include "sql_dialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// Thin wrappers over Qt SQL that turn every failure into a pml::Error with a message
// for the user (see SqlDialect::errorMessage()).
namespace pml::sql {

// A named connection owned by one object (and so one thread): opened here, closed and
// removed from Qt's registry on destruction. Each instance gets a unique name.
class Connection {
public:
    Connection(const QString& file, bool readOnly, const SqlDialect& dialect = sqliteDialect());
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    QSqlDatabase database() const;
    const QString& file() const { return m_file; }
    const SqlDialect& dialect() const { return *m_dialect; }

private:
    QString m_name;
    QString m_file;
    const SqlDialect* m_dialect;
};

// A prepared statement; bind values by position, then exec().
class Query {
public:
    Query(const QSqlDatabase& db, const QString& sql);
    Query& bind(int position, const QVariant& value);
    Query& exec();
    // Throws pml::Error when a row cannot be read, rather than ending early.
    bool next();
    QVariant value(int column) const { return m_query.value(column); }
    // The id of the row an INSERT written with returningId() added.
    qint64 insertedId();
    QSqlQuery& raw() { return m_query; }

private:
    QSqlQuery m_query;
    QSqlDatabase m_db;
};

// How many statements this process has run (each execution counts once): storage tests
// use it to check that a read does not grow with the history.
qint64 statementCount();
void countStatement();

// An INSERT statement made to give back the id of the row it adds (Query::insertedId()).
QString returningId(const QSqlDatabase& db, const QString& insert);

// Runs one statement without parameters.
void exec(const QSqlDatabase& db, const QString& sql);
// Runs one query and returns the first column of the first row (null when no row).
QVariant scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {});

// One transaction: rolled back on destruction unless committed. Started while another is
// open on the connection, it joins that one (its commit and rollback are the outer
// one's); a write cannot join a read, and is refused.
class Transaction {
public:
    enum class Kind { Read, Write };
    Transaction(const QSqlDatabase& db, Kind kind);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
    bool m_joined = false;
};

} // namespace pml::sql
