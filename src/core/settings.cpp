#include "settings.h"

#include "messages.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace pml {
namespace {

const QString kMode = QStringLiteral("rollup.mode");
const QString kStart = QStringLiteral("schedule.start");
const QString kShort = QStringLiteral("schedule.short_years");
const QString kMedium = QStringLiteral("schedule.medium_years");
const QString kLong = QStringLiteral("schedule.long_years");
const QString kAtRisk = QStringLiteral("schedule.at_risk_gap");
const QString kLate = QStringLiteral("schedule.late_gap");
const QString kInstitution = QStringLiteral("report.institution");
const QString kLogo = QStringLiteral("report.logo");

// Numbers are written without exponent and without needless zeros: 10, 12.5.
QString numberText(double value)
{
    QString text = QString::number(value, 'f', 6);
    while (text.contains('.') && (text.endsWith('0') || text.endsWith('.'))) {
        text.chop(1);
    }
    return text;
}

std::optional<QDate> parseIsoDate(const QString& value)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    if (!pattern.match(value).hasMatch()) {
        return std::nullopt;
    }
    const QDate date = QDate::fromString(value, QStringLiteral("yyyy-MM-dd"));
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

std::optional<int> parsePositiveInt(const QString& value)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]+$"));
    if (!pattern.match(value).hasMatch()) {
        return std::nullopt;
    }
    bool ok = false;
    const int number = value.toInt(&ok);
    return ok && number > 0 ? std::optional<int>(number) : std::nullopt;
}

std::optional<double> parseNonNegative(const QString& value)
{
    // Plain decimals only: no sign, exponent, "inf" or "nan".
    static const QRegularExpression pattern(QStringLiteral("^[0-9]+(\\.[0-9]+)?$"));
    if (!pattern.match(value).hasMatch()) {
        return std::nullopt;
    }
    bool ok = false;
    const double number = value.toDouble(&ok);
    return ok && std::isfinite(number) ? std::optional<double>(number) : std::nullopt;
}

QString yearsError(const QString& key, const QString& value)
{
    return Messages::tr("Setting %1 takes a whole number of years greater than 0, not \"%2\".")
        .arg(key, value);
}

QString gapError(const QString& key, const QString& value)
{
    return Messages::tr(
               "Setting %1 takes a number of percentage points of at least 0 (e.g. 10 or 12.5), "
               "not \"%2\".")
        .arg(key, value);
}

// The logo is stored as base64 text; anything else in the value is refused.
std::optional<QByteArray> parseBase64(const QString& value)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(value.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return std::nullopt;
    }
    return *decoded;
}

std::optional<QString> reportSettingsProblem(const Settings& s)
{
    if (s.institution.size() > kMaxInstitutionLength ||
        std::any_of(s.institution.begin(), s.institution.end(),
                    [](QChar c) { return c.category() == QChar::Other_Control; })) {
        return Messages::tr("Setting %1 takes one line of at most %2 characters.")
            .arg(kInstitution)
            .arg(kMaxInstitutionLength);
    }
    if (!s.logo.isEmpty() && (s.logo.size() > kMaxLogoBytes || logoFormat(s.logo).isEmpty())) {
        return Messages::tr("Setting %1 takes a PNG or JPEG image of at most %2 KB.")
            .arg(kLogo)
            .arg(kMaxLogoBytes / 1024);
    }
    return std::nullopt;
}

} // namespace

QString logoFormat(const QByteArray& bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n")) {
        return QStringLiteral("PNG");
    }
    if (bytes.startsWith("\xff\xd8\xff")) {
        return QStringLiteral("JPEG");
    }
    return {};
}

QStringList settingKeys()
{
    return {kMode, kStart, kShort, kMedium, kLong, kAtRisk, kLate, kInstitution, kLogo};
}

QString settingValue(const Settings& settings, const QString& key)
{
    if (key == kMode) {
        return rollupModeKey(settings.mode);
    }
    if (key == kStart) {
        return settings.start.isValid() ? settings.start.toString(Qt::ISODate) : QString();
    }
    if (key == kShort) {
        return QString::number(settings.shortYears);
    }
    if (key == kMedium) {
        return QString::number(settings.mediumYears);
    }
    if (key == kLong) {
        return QString::number(settings.longYears);
    }
    if (key == kAtRisk) {
        return numberText(settings.atRiskGap);
    }
    if (key == kLate) {
        return numberText(settings.lateGap);
    }
    if (key == kInstitution) {
        return settings.institution;
    }
    if (key == kLogo) {
        return QString::fromLatin1(settings.logo.toBase64());
    }
    return {};
}

std::optional<QString> applySetting(Settings& settings, const QString& key, const QString& value)
{
    Settings changed = settings;
    if (key == kMode) {
        const auto mode = rollupModeFromKey(value);
        if (!mode) {
            return Messages::tr("Setting %1 takes \"objectives\" or \"activities\", not \"%2\".")
                .arg(key, value);
        }
        changed.mode = *mode;
    } else if (key == kStart) {
        const auto date = parseIsoDate(value);
        if (!date) {
            return Messages::tr("Setting %1 takes a real date written YYYY-MM-DD, not \"%2\".")
                .arg(key, value);
        }
        changed.start = *date;
    } else if (key == kShort || key == kMedium || key == kLong) {
        const auto years = parsePositiveInt(value);
        if (!years) {
            return yearsError(key, value);
        }
        (key == kShort    ? changed.shortYears
         : key == kMedium ? changed.mediumYears
                          : changed.longYears) = *years;
    } else if (key == kAtRisk || key == kLate) {
        const auto gap = parseNonNegative(value);
        if (!gap) {
            return gapError(key, value);
        }
        (key == kAtRisk ? changed.atRiskGap : changed.lateGap) = *gap;
    } else if (key == kInstitution) {
        changed.institution = value.trimmed();
    } else if (key == kLogo) {
        const auto bytes = parseBase64(value);
        if (!bytes) {
            return Messages::tr("Setting %1 takes the image as base64 text.").arg(key);
        }
        changed.logo = *bytes;
    } else {
        return Messages::tr("Unknown setting \"%1\"; the settings are: %2.")
            .arg(key, settingKeys().join(QStringLiteral(", ")));
    }
    if (auto problem = validateSettings(changed)) {
        return problem;
    }
    settings = changed;
    return std::nullopt;
}

std::optional<QString> validateSettings(const Settings& s)
{
    if (!s.start.isValid()) {
        return Messages::tr("Setting %1 must be a valid date.").arg(kStart);
    }
    if (s.shortYears < 1) {
        return Messages::tr("Setting %1 must be at least 1, not %2.").arg(kShort).arg(s.shortYears);
    }
    if (!(s.shortYears < s.mediumYears && s.mediumYears < s.longYears)) {
        return Messages::tr("The horizon boundaries must grow: %1 (%2) < %3 (%4) < %5 (%6).")
            .arg(kShort)
            .arg(s.shortYears)
            .arg(kMedium)
            .arg(s.mediumYears)
            .arg(kLong)
            .arg(s.longYears);
    }
    if (!std::isfinite(s.atRiskGap) || !std::isfinite(s.lateGap) || s.atRiskGap < 0) {
        return Messages::tr("The gaps must be numbers of at least 0 (%1 = %2, %3 = %4).")
            .arg(kAtRisk, numberText(s.atRiskGap), kLate, numberText(s.lateGap));
    }
    if (s.atRiskGap > s.lateGap) {
        return Messages::tr("Setting %1 (%2) must not exceed %3 (%4).")
            .arg(kAtRisk, numberText(s.atRiskGap), kLate, numberText(s.lateGap));
    }
    if (!s.start.addYears(s.longYears).isValid()) {
        return Messages::tr("Setting %1 (%2) puts the end of the schedule beyond the calendar.")
            .arg(kLong)
            .arg(s.longYears);
    }
    return reportSettingsProblem(s);
}

} // namespace pml
