#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pml {

// The planning horizon an activity belongs to, as the strategy matrix states it.
enum class Horizon { Short, Medium, Long, MediumLong };

enum class Status { NotStarted, InProgress, Completed, Suspended, Cancelled };

// The "semáforo": where an item stands against its planned progress.
enum class Schedule { NoData, NotDue, OnTrack, AtRisk, Late, Completed, Cancelled };

enum class ActorGroup { Sector, BusinessAssociation, Other };
enum class ActorRole { Lead, Support };
enum class RollupMode { Objectives, Activities };

// Every value, in the one order lists show them: horizons shortest first; statuses as work
// advances (then the two that stop it); schedules worst first, so what needs attention
// leads, then those that need none, and no data last.
QList<Horizon> allHorizons();
QList<Status> allStatuses();
QList<Schedule> allSchedules();

// The languages the interface and the reports speak: "es" (Spanish, the default) and
// "en" (English, the source language), in that order; each named in itself ("Español").
QStringList languageKeys();
bool isLanguage(const QString& key);
QString languageName(const QString& key);

// Stable keys used in files, the database and the CLI. Never translated.
QString horizonKey(Horizon h);       // "C", "M", "L", "ML"
QString statusKey(Status s);         // "not_started", ...
QString scheduleKey(Schedule s);     // "no_data", "not_due", ...
QString actorGroupKey(ActorGroup g); // "sector", "business_association", "other"
QString actorRoleKey(ActorRole r);   // "lead", "support"
QString rollupModeKey(RollupMode m); // "objectives", "activities"

std::optional<Horizon> horizonFromKey(const QString& key);
std::optional<Status> statusFromKey(const QString& key);
// The same on stored bytes, without making a string (storage reads one per row).
std::optional<Horizon> horizonFromKey(QLatin1String key);
std::optional<Status> statusFromKey(QLatin1String key);
std::optional<ActorGroup> actorGroupFromKey(const QString& key);
std::optional<ActorRole> actorRoleFromKey(const QString& key);
std::optional<RollupMode> rollupModeFromKey(const QString& key);

// English source texts (context "pml"), for code that translates with its own
// QTranslator, such as a report written in a language other than the interface's.
const char* horizonText(Horizon h);
const char* statusText(Status s);
const char* scheduleText(Schedule s);
const char* actorGroupText(ActorGroup g);
const char* actorRoleText(ActorRole r);
const char* rollupModeText(RollupMode m);

// Display names translated for the interface (QCoreApplication::translate("pml", …)).
QString horizonName(Horizon h);
QString statusName(Status s);
QString scheduleName(Schedule s);
QString actorGroupName(ActorGroup g);
QString actorRoleName(ActorRole r);
QString rollupModeName(RollupMode m);

} // namespace pml
