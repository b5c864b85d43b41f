#include "writer_support.h"

#include "core/error.h"
#include "files/system_error.h"
#include "report_model.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>

namespace pml {

namespace {

bool isControl(char16_t c)
{
    return (c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7f && c <= 0x9f);
}

QChar visibleControl(char16_t c)
{
    if (c < 0x20) {
        return QChar(char16_t(0x2400 + c)); // Unicode's control pictures: ␀ … ␟
    }
    return c == 0x7f ? QChar(char16_t(0x2421)) : QChar(QChar::ReplacementCharacter);
}

} // namespace

QString outputText(const QString& text)
{
    if (std::none_of(text.begin(), text.end(), [](QChar c) { return isControl(c.unicode()); })) {
        return text;
    }
    QString clean;
    clean.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'\r') {
            clean += QLatin1Char('\n');
            if (i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
                ++i;
            }
        } else {
            clean += isControl(c) ? visibleControl(c) : QChar(c);
        }
    }
    return clean;
}

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
    QString safe = neutraliseFormula(outputText(text));
    if (safe.contains(separator) || safe.contains(QLatin1Char('"')) ||
        safe.contains(QLatin1Char('\n')) || safe.contains(QLatin1Char('\r'))) {
        safe.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + safe + QLatin1Char('"');
    }
    return safe;
}

} // namespace pml
