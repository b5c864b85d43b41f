#include "enums.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace pml {
namespace {

template <typename E, std::size_t N>
QString keyOf(const std::array<std::pair<E, const char*>, N>& table, E value)
{
    for (const auto& [e, key] : table) {
        if (e == value) {
            return QString::fromLatin1(key);
        }
    }
    return "";
}

template <typename E, std::size_t N, typename Key>
std::optional<E> valueOf(const std::array<std::pair<E, const char*>, N>& table, const Key& key)
{
    for (const auto& [e, k] : table) {
        if (key == QLatin1String(k)) {
            return e;
        }
    }
    return std::nullopt;
}

constexpr std::array<std::pair<Horizon, const char*>, 4> horizonKeys{{
    {Horizon::Short, "C"},
    {Horizon::Medium, "M"},
    {Horizon::Long, "L"},
    {Horizon::MediumLong, "ML"},
}};
constexpr std::array<std::pair<Status, const char*>, 5> statusKeys{{
    {Status::NotStarted, "not_started"},
    {Status::InProgress, "in_progress"},
    {Status::Completed, "completed"},
    {Status::Suspended, "suspended"},
    {Status::Cancelled, "cancelled"},
}};
constexpr std::array<std::pair<Schedule, const char*>, 7> scheduleKeys{{
    {Schedule::NoData, "no_data"},
    {Schedule::NotDue, "not_due"},
    {Schedule::OnTrack, "on_track"},
    {Schedule::AtRisk, "at_risk"},
    {Schedule::Late, "late"},
    {Schedule::Completed, "completed"},
    {Schedule::Cancelled, "cancelled"},
}};
constexpr std::array<std::pair<ActorGroup, const char*>, 3> actorGroupKeys{{
    {ActorGroup::Sector, "sector"},
    {ActorGroup::BusinessAssociation, "business_association"},
    {ActorGroup::Other, "other"},
}};
constexpr std::array<std::pair<ActorRole, const char*>, 2> actorRoleKeys{{
    {ActorRole::Lead, "lead"},
    {ActorRole::Support, "support"},
}};
constexpr std::array<std::pair<RollupMode, const char*>, 2> rollupModeKeys{{
    {RollupMode::Objectives, "objectives"},
    {RollupMode::Activities, "activities"},
}};

QString translated(const char* text)
{
    return QCoreApplication::translate("pml", text);
}

} // namespace

QList<Horizon> allHorizons()
{
    return {Horizon::Short, Horizon::Medium, Horizon::Long, Horizon::MediumLong};
}

QList<Status> allStatuses()
{
    return {Status::NotStarted, Status::InProgress, Status::Completed, Status::Suspended,
            Status::Cancelled};
}

QList<Schedule> allSchedules()
{
    return {Schedule::Late,      Schedule::AtRisk,    Schedule::OnTrack, Schedule::NotDue,
            Schedule::Completed, Schedule::Cancelled, Schedule::NoData};
}

QStringList languageKeys()
{
    return {QStringLiteral("es"), QStringLiteral("en")};
}

bool isLanguage(const QString& key)
{
    return languageKeys().contains(key);
}

QString languageName(const QString& key)
{
    if (key == QLatin1String("es")) {
        return QStringLiteral("Español");
    }
    if (key == QLatin1String("en")) {
        return QStringLiteral("English");
    }
    return key;
}

QString horizonKey(Horizon h)
{
    return keyOf(horizonKeys, h);
}
QString statusKey(Status s)
{
    return keyOf(statusKeys, s);
}
QString scheduleKey(Schedule s)
{
    return keyOf(scheduleKeys, s);
}
QString actorGroupKey(ActorGroup g)
{
    return keyOf(actorGroupKeys, g);
}
QString actorRoleKey(ActorRole r)
{
    return keyOf(actorRoleKeys, r);
}
QString rollupModeKey(RollupMode m)
{
    return keyOf(rollupModeKeys, m);
}

std::optional<Horizon> horizonFromKey(const QString& key)
{
    return valueOf(horizonKeys, key);
}
std::optional<Status> statusFromKey(const QString& key)
{
    return valueOf(statusKeys, key);
}
std::optional<Horizon> horizonFromKey(QLatin1String key)
{
    return valueOf(horizonKeys, key);
}
std::optional<Status> statusFromKey(QLatin1String key)
{
    return valueOf(statusKeys, key);
}
std::optional<ActorGroup> actorGroupFromKey(const QString& key)
{
    return valueOf(actorGroupKeys, key);
}
std::optional<ActorRole> actorRoleFromKey(const QString& key)
{
    return valueOf(actorRoleKeys, key);
}
std::optional<RollupMode> rollupModeFromKey(const QString& key)
{
    return valueOf(rollupModeKeys, key);
}

const char* horizonText(Horizon h)
{
    switch (h) {
    case Horizon::Short:
        return QT_TRANSLATE_NOOP("pml", "Short term");
    case Horizon::Medium:
        return QT_TRANSLATE_NOOP("pml", "Medium term");
    case Horizon::Long:
        return QT_TRANSLATE_NOOP("pml", "Long term");
    case Horizon::MediumLong:
        return QT_TRANSLATE_NOOP("pml", "Medium and long term");
    }
    return "";
}

const char* statusText(Status s)
{
    switch (s) {
    case Status::NotStarted:
        return QT_TRANSLATE_NOOP("pml", "Not started");
    case Status::InProgress:
        return QT_TRANSLATE_NOOP("pml", "In progress");
    case Status::Completed:
        return QT_TRANSLATE_NOOP("pml", "Completed");
    case Status::Suspended:
        return QT_TRANSLATE_NOOP("pml", "Suspended");
    case Status::Cancelled:
        return QT_TRANSLATE_NOOP("pml", "Cancelled");
    }
    return "";
}

const char* scheduleText(Schedule s)
{
    switch (s) {
    case Schedule::NoData:
        return QT_TRANSLATE_NOOP("pml", "No data");
    case Schedule::NotDue:
        return QT_TRANSLATE_NOOP("pml", "Not due");
    case Schedule::OnTrack:
        return QT_TRANSLATE_NOOP("pml", "On track");
    case Schedule::AtRisk:
        return QT_TRANSLATE_NOOP("pml", "At risk");
    case Schedule::Late:
        return QT_TRANSLATE_NOOP("pml", "Late");
    case Schedule::Completed:
        return QT_TRANSLATE_NOOP("pml", "Completed");
    case Schedule::Cancelled:
        return QT_TRANSLATE_NOOP("pml", "Cancelled");
    }
    return "";
}

const char* actorGroupText(ActorGroup g)
{
    switch (g) {
    case ActorGroup::Sector:
        return QT_TRANSLATE_NOOP("pml", "Sector");
    case ActorGroup::BusinessAssociation:
        return QT_TRANSLATE_NOOP("pml", "Business association");
    case ActorGroup::Other:
        return QT_TRANSLATE_NOOP("pml", "Other institution");
    }
    return "";
}

const char* actorRoleText(ActorRole r)
{
    return r == ActorRole::Lead ? QT_TRANSLATE_NOOP("pml", "Lead")
                                : QT_TRANSLATE_NOOP("pml", "Support");
}

const char* rollupModeText(RollupMode m)
{
    return m == RollupMode::Objectives ? QT_TRANSLATE_NOOP("pml", "Mean of objectives")
                                       : QT_TRANSLATE_NOOP("pml", "Mean of activities");
}

QString horizonName(Horizon h)
{
    return translated(horizonText(h));
}
QString statusName(Status s)
{
    return translated(statusText(s));
}
QString scheduleName(Schedule s)
{
    return translated(scheduleText(s));
}
QString actorGroupName(ActorGroup g)
{
    return translated(actorGroupText(g));
}
QString actorRoleName(ActorRole r)
{
    return translated(actorRoleText(r));
}
QString rollupModeName(RollupMode m)
{
    return translated(rollupModeText(m));
}

} // namespace pml
