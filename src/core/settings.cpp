#include "settings.h"

#include "messages.h"

#include <QCoreApplication>
#include <QRegularExpression>

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

} // namespace

QStringList settingKeys()
{
    return {kMode, kStart, kShort, kMedium, kLong, kAtRisk, kLate};
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
    return std::nullopt;
}

} // namespace pml
