#include "update_rows.h"

#include "core/error.h"
#include "core/messages.h"

namespace pml::sql {

void damaged(const QString& what)
{
    throw Error(Messages::tr("The tracker is damaged: %1").arg(what));
}

namespace {

// "YYYY-MM-DD" without the generic parser: this runs once per history row.
QDate fastIsoDate(QByteArrayView text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return {};
    }
    auto digits = [&](int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; ++i) {
            const int d = text[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            n = n * 10 + d;
        }
        return n;
    };
    return QDate(digits(0, 4), digits(5, 2), digits(8, 2));
}

Status statusOf(QByteArrayView key, qint64 id)
{
    const auto status = statusFromKey(QLatin1String(key.data(), key.size()));
    if (!status) {
        damaged(Messages::tr("update %1 has an unknown status \"%2\".")
                    .arg(id)
                    .arg(QString::fromUtf8(key)));
    }
    return *status;
}

// The candidates of one activity on or before the date, latest first, not withdrawn.
QString candidates(const QString& activityColumn, const QString& date, const QString& no)
{
    return QStringLiteral("FROM status_updates x WHERE x.activity = %1 AND x.effective_date <= %2 "
                          "AND COALESCE((SELECT w.withdrawn FROM update_withdrawals w "
                          "WHERE w.update_id = x.id ORDER BY w.id DESC LIMIT 1), %3) = %3 "
                          "ORDER BY x.effective_date DESC, x.recorded_at DESC, x.id DESC LIMIT 1")
        .arg(activityColumn, date, no);
}

} // namespace

QString updateColumns(const QString& alias, bool withText)
{
    QString columns = QStringLiteral("%1.id, %1.activity, %1.effective_date, %1.recorded_at, "
                                     "%1.status, %1.percent")
                          .arg(alias);
    if (withText) {
        columns += QStringLiteral(", %1.note, %1.recorded_by").arg(alias);
    }
    return columns;
}

StatusUpdate readUpdateRow(const SqliteRows& row, bool withText, QHash<QString, QString>* codes,
                           const QString* knownCode)
{
    StatusUpdate u;
    u.id = row.integer(0);
    if (knownCode) {
        u.activity = *knownCode;
    } else if (const QString code = row.text(1); codes) {
        auto shared = codes->constFind(code);
        if (shared == codes->constEnd()) {
            shared = codes->insert(code, code);
        }
        u.activity = *shared;
    } else {
        u.activity = code;
    }
    u.effectiveDate = fastIsoDate(row.utf8(2));
    u.recordedAt = QDateTime::fromMSecsSinceEpoch(row.integer(3), Qt::UTC);
    u.status = statusOf(row.utf8(4), u.id);
    u.percent = int(row.integer(5));
    if (withText) {
        u.note = row.text(6);
        u.recordedBy = row.text(7);
    }
    if (!u.effectiveDate.isValid()) {
        damaged(Messages::tr("update %1 has an impossible effective date.").arg(u.id));
    }
    return u;
}

QString inForceIdSubquery(const QString& activityColumn)
{
    return inForceIdSubquery(activityColumn, QStringLiteral("?"), QStringLiteral("?"));
}

QString inForceIdSubquery(const QString& activityColumn, const QString& date, const QString& no)
{
    return QStringLiteral("(SELECT x.id ") + candidates(activityColumn, date, no) +
           QLatin1Char(')');
}

QString inForcePercentSubquery(const QString& activityColumn)
{
    return QStringLiteral("(SELECT x.percent ") +
           candidates(activityColumn, QStringLiteral("?"), QStringLiteral("?")) + QLatin1Char(')');
}

} // namespace pml::sql
