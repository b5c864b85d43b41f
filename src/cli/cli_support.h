#pragma once

#include "command.h"
#include "core/error.h"
#include "core/messages.h"
#include "core/progress.h"
#include "core/user.h"
#include "storage/tracker_store.h"

#include <QCommandLineParser>
#include <QDate>
#include <QString>

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>

namespace pml::cli {

// A wrong command line (unknown option, missing argument): exit code 2.
class UsageError : public Error {
public:
    using Error::Error;
};

// Parses the command's arguments with `parser`. Returns true when the command should
// go on; false when --help was printed. Throws UsageError on a bad command line and
// when the number of positional arguments is outside [minPositional, maxPositional].
bool parseCommandLine(QCommandLineParser& parser, CommandContext& context, const QString& command,
                      int minPositional, int maxPositional);

// Strict YYYY-MM-DD. `what` names the option or argument in the message.
QDate parseDate(const QString& text, const QString& what);
// "none" (case-insensitive) clears; anything else must be a date.
bool isNone(const QString& text);
int parseInteger(const QString& text, const QString& what);
double parseNumber(const QString& text, const QString& what);

// Opens an existing tracker, a file or a server address as the user wrote it; storage
// refuses missing files and non-trackers untouched. The checks on opening follow
// (verifyOnOpening()): a tracker changed outside the program is named in a warning on the
// error output and refuses every write. With a user, the store acts as that person (their
// roles are checked on every write).
// The same without the checks on opening (check makes them itself).
std::unique_ptr<TrackerStore> openUnverified(const QString& tracker, OpenMode mode);
std::unique_ptr<TrackerStore> openExisting(const QString& tracker, OpenMode mode,
                                           const QString& user = {});

// --user NAME: who the command acts as (default: the system user name). Every command
// that changes a tracker takes it; `update --by` is the same option.
QCommandLineOption userOption();
QString userOf(const QCommandLineParser& parser, const QCommandLineOption& option);

// "—" for null, one decimal otherwise.
QString formatFigure(const std::optional<double>& value);
QString formatFigure(double value);

// Figures in JSON: unrounded numbers or null.
nlohmann::ordered_json toJson(const QString& text);
nlohmann::ordered_json toJson(const std::optional<double>& value);
nlohmann::ordered_json toJson(const QDate& date); // null when invalid
void writeJson(CommandContext& context, const nlohmann::ordered_json& json);

// Shortens `text` to at most `width` characters, ending with "…" when cut.
QString elide(const QString& text, int width);
QString padRight(const QString& text, int width);
QString padLeft(const QString& text, int width);

} // namespace pml::cli
