#pragma once

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace pml::sql {

// SQLite's own handle of a connection opened by Qt; throws pml::Error when there is none.
sqlite3* handleOf(const QSqlDatabase& db);

// Reads rows through SQLite's own API on a connection opened by Qt. Qt's driver turns
// every column of every row into a QVariant before the caller sees it, which made the
// reads that figures depend on (one row per activity) several times slower than the
// query itself. Used only for those reads; everything else goes through sql::Query.
class SqliteRows {
public:
    SqliteRows(const QSqlDatabase& db, const QString& sql); // throws pml::Error
    ~SqliteRows();
    SqliteRows(const SqliteRows&) = delete;
    SqliteRows& operator=(const SqliteRows&) = delete;

    // Parameters are numbered from 0, as in sql::Query. Binding after rows were read
    // starts the statement again.
    SqliteRows& bind(int position, const QString& text);
    SqliteRows& bind(int position, qint64 value);
    // Throws pml::Error when a row cannot be read, rather than ending early.
    bool next();

    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QByteArrayView utf8(int column) const; // valid until the next call to next()
    QString text(int column) const;

private:
    void check(int result) const;
    void restart();

    QSqlDatabase m_db;
    sqlite3_stmt* m_statement = nullptr;
    bool m_started = false;
};

} // namespace pml::sql
