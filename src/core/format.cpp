#include "format.h"

#include "surface.h"

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
    if (surface() == Surface::CommandLine)
        return date.toString(Qt::ISODate);
    return QLocale().toString(date, dateEditFormat());
}

QString dateTimeText(const QDateTime& moment)
{
    const QDateTime local = moment.toLocalTime();
    return dateText(local.date()) + QLatin1Char(' ') +
           QLocale().toString(local.time(), QLocale::ShortFormat);
}

QString asSentence(const QString& phrase)
{
    QString text = phrase.trimmed();
    if (text.isEmpty())
        return text;
    text[0] = text[0].toUpper();
    const QChar last = text.back();
    if (last != QLatin1Char('.') && last != QLatin1Char('?') && last != QLatin1Char('!') &&
        last != QChar(0x201D) && last != QChar(0x00BB) && last != QLatin1Char('"'))
        text += QLatin1Char('.');
    return text;
}

} // namespace pml
