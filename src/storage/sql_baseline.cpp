#include "sql_baseline.h"

#include "json_support.h"
#include "sql_dialect.h"
#include "sql_support.h"
#include "update_rows.h"

namespace pml {

QString strategyBaselineSql(const QDate& asOf)
{
    // The store's own choice of the update in force, with the date and the withdrawal
    // flag written in rather than bound, so that the text runs as printed.
    const QString date = QStringLiteral("'%1'").arg(json::dateText(asOf));
    return QStringLiteral("SELECT SUM(a.weight * COALESCE(u.percent, 0)) / SUM(a.weight) "
                          "FROM activities a LEFT JOIN status_updates u ON u.id = ") +
           sql::inForceIdSubquery(QStringLiteral("a.code"), date, QStringLiteral("0")) +
           QStringLiteral(" WHERE COALESCE(u.status, 'not_started') <> 'cancelled';");
}

SqlBaseline::SqlBaseline(const QString& file)
    : m_connection(std::make_unique<sql::Connection>(file, true))
{
    m_connection->dialect().configureConnection(m_connection->database(), true);
    m_connection->dialect().requireReadable(m_connection->database());
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
