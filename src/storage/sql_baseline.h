#pragma once

#include <QDate>
#include <QString>

#include <memory>
#include <optional>

namespace pml {

namespace sql {
class Connection;
}

// A plain SQL reference for benchmarks: one SELECT that computes the strategy's figure in
// `activities` mode, Σw·p/Σw over the activities not cancelled, each at its update in
// force (withdrawals respected; none: not started, 0 %), with the date written in, so
// that anyone can paste it into sqlite3 and get the same number as the program.
QString strategyBaselineSql(const QDate& asOf);

// Runs the baseline on its own read-only connection to a tracker file.
class SqlBaseline {
public:
    explicit SqlBaseline(const QString& file); // throws pml::Error if it cannot be read
    ~SqlBaseline();
    SqlBaseline(const SqlBaseline&) = delete;
    SqlBaseline& operator=(const SqlBaseline&) = delete;

    std::optional<double> strategyFigure(const QDate& asOf);
    qint64 historySize(); // status updates recorded, withdrawn ones included

private:
    std::unique_ptr<sql::Connection> m_connection;
};

} // namespace pml
