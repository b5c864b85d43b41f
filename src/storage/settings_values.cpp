#include "settings_values.h"

#include <QCoreApplication>

namespace pml {

std::optional<QString> settingsFromValues(const QList<QPair<QString, QString>>& values,
                                          Settings& out)
{
    Settings settings;
    QList<QPair<QString, QString>> pending;
    const QStringList known = settingKeys();
    for (const auto& pair : values) {
        if (!known.contains(pair.first)) {
            return QCoreApplication::translate("pml", "Unknown setting \"%1\".").arg(pair.first);
        }
        // The start date first: every other check needs it.
        if (pair.first == QLatin1String("schedule.start")) {
            pending.prepend(pair);
        } else {
            pending.append(pair);
        }
    }
    std::optional<QString> lastProblem;
    while (!pending.isEmpty()) {
        QList<QPair<QString, QString>> failed;
        for (const auto& pair : pending) {
            if (auto problem = applySetting(settings, pair.first, pair.second)) {
                lastProblem = problem;
                failed.append(pair);
            }
        }
        if (failed.size() == pending.size()) {
            return lastProblem;
        }
        pending = failed;
    }
    if (auto problem = validateSettings(settings)) {
        return problem;
    }
    out = settings;
    return std::nullopt;
}

} // namespace pml
