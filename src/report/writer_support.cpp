#include "writer_support.h"

#include "core/error.h"
#include "files/system_error.h"
#include "report_model.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>

namespace pml {

QString neutraliseFormula(const QString& text)
{
    if (text.isEmpty()) {
        return text;
    }
    switch (text.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return QLatin1Char('\'') + text;
    default:
        return text;
    }
}

QImage reportLogo(const ReportModel& model)
{
    return model.logo.isEmpty() ? QImage() : QImage::fromData(model.logo);
}

QColor scheduleInk(Schedule schedule)
{
    QColor color = scheduleColor(schedule);
    for (int step = 0; step < 20 && qGray(color.rgb()) > 105; ++step) {
        color = color.darker(112);
    }
    return color;
}

QColor scheduleTint(Schedule schedule)
{
    const QColor base = scheduleColor(schedule);
    // Mix with white: 15 % colour.
    return QColor(255 - (255 - base.red()) * 15 / 100, 255 - (255 - base.green()) * 15 / 100,
                  255 - (255 - base.blue()) * 15 / 100);
}

QString numberList(const QList<int>& numbers)
{
    QStringList parts;
    for (int number : numbers) {
        parts.append(QString::number(number));
    }
    return parts.join(QStringLiteral(", "));
}

QString displayFileName(const QString& path)
{
    return path.isEmpty() ? QString() : QFileInfo(path).fileName();
}

void writeAll(QIODevice& device, const QByteArray& bytes)
{
    if (device.write(bytes) != bytes.size()) {
        throw Error(QCoreApplication::translate("pml", "Could not write the report: %1.")
                        .arg(files::problemText(files::problemOf(device))),
                    device.errorString());
    }
}

QString csvField(const QString& text, QChar separator)
{
    QString safe = neutraliseFormula(text);
    if (safe.contains(separator) || safe.contains(QLatin1Char('"')) ||
        safe.contains(QLatin1Char('\n')) || safe.contains(QLatin1Char('\r'))) {
        safe.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + safe + QLatin1Char('"');
    }
    return safe;
}

} // namespace pml
