#include "sql_baseline.h"

#include "json_support.h"
#include "sql_support.h"
#include "sqlite_dialect.h"

namespace pml {

QString strategyBaselineSql(const QDate& asOf)
{
    // The withdrawal flag is compared with 0 rather than bound, so the text runs as is.
    return QStringLiteral("SELECT SUM(a.weight * COALESCE(u.percent, 0)) / SUM(a.weight) "
                          "FROM activities a LEFT JOIN status_updates u ON u.id = ("
                          "SELECT x.id FROM status_updates x "
                          "WHERE x.activity = a.code AND x.effective_date <= '%1' "
                          "AND COALESCE((SELECT w.withdrawn FROM update_withdrawals w "
                          "WHERE w.update_id = x.id ORDER BY w.id DESC LIMIT 1), 0) = 0 "
                          "ORDER BY x.effective_date DESC, x.recorded_at DESC, x.id DESC LIMIT 1) "
                          "WHERE COALESCE(u.status, 'not_started') <> 'cancelled';")
        .arg(json::dateText(asOf));
}

SqlBaseline::SqlBaseline(const QString& file)
    : m_connection(std::make_unique<sql::Connection>(file, true))
{
    dialect::configureConnection(m_connection->database(), true);
    dialect::requireReadable(m_connection->database());
}

SqlBaseline::~SqlBaseline() = default;

std::optional<double> SqlBaseline::strategyFigure(const QDate& asOf)
{
    const QVariant value = sql::scalar(m_connection->database(), strategyBaselineSql(asOf));
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

qint64 SqlBaseline::historySize()
{
    return sql::scalar(m_connection->database(), QStringLiteral("SELECT COUNT(*) FROM "
                                                                "status_updates"))
        .toLongLong();
}

} // namespace pml
