#pragma once

#include "enums.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace pml {

// Tracker settings: current values, applied to every as-of date.
struct Settings {
    QDate start;        // S: start of the strategy's schedule
    int shortYears = 2; // boundaries' distance from S, in years
    int mediumYears = 5;
    int longYears = 10;
    double atRiskGap = 10; // planned − actual above this: at risk
    double lateGap = 25;   // planned − actual above this: late
    RollupMode mode = RollupMode::Objectives;
    // Shown on reports only; both optional (docs/reports.md).
    QString institution; // report.institution
    QByteArray logo;     // report.logo: PNG or JPEG bytes, stored as base64 text

    bool operator==(const Settings&) const = default;
};

// Settings are stored and edited as key/value text ("rollup.mode" = "objectives").
QStringList settingKeys();
QString settingValue(const Settings& settings, const QString& key);
// Applies one key/value to a copy; on bad input returns an error message naming the
// problem and leaves `settings` untouched.
std::optional<QString> applySetting(Settings& settings, const QString& key, const QString& value);
// The report logo's limits: a small image, stored inside the tracker.
inline constexpr qsizetype kMaxLogoBytes = 512 * 1024;
inline constexpr qsizetype kMaxInstitutionLength = 200;
// "PNG" or "JPEG" from the image's first bytes; empty for anything else.
QString logoFormat(const QByteArray& bytes);

// Checks the whole set (e.g. short < medium < long, 0 <= at-risk gap <= late gap).
std::optional<QString> validateSettings(const Settings& settings);

} // namespace pml
