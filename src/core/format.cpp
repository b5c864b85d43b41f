#include "format.h"

#include <QLocale>

namespace pml {

QString formatPercent(std::optional<double> value)
{
    if (!value) {
        return QStringLiteral("—");
    }
    return QLocale().toString(*value, 'f', 1) + QStringLiteral(" %");
}

QString dateEditFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy"))) {
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    }
    // Fixed-width days and months line up in a column and in the field.
    if (!format.contains(QLatin1String("dd"))) {
        format.replace(QLatin1String("d"), QLatin1String("dd"));
    }
    if (!format.contains(QLatin1String("MM"))) {
        format.replace(QLatin1String("M"), QLatin1String("MM"));
    }
    return format;
}

QString dateText(const QDate& date)
{
    return QLocale().toString(date, dateEditFormat());
}

} // namespace pml
