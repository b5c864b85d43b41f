#include "cli_support.h"

#include "core/clock.h"
#include "core/error.h"
#include "core/messages.h"
#include "storage/chain_witness.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTextStream>

#include <cmath>

namespace pml::cli {

namespace {

// Word-wraps a paragraph for an 80-column terminal.
QString wrapText(const QString& text, int width = 79)
{
    QStringList lines;
    QString line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines.append(line);
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    lines.append(line);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

bool parseCommandLine(QCommandLineParser& parser, CommandContext& context, const QString& command,
                      int minPositional, int maxPositional)
{
    parser.setApplicationDescription(wrapText(parser.applicationDescription()));
    // Qt's own help option describes itself in English and adds Qt's options: ours instead.
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Messages::tr("show this help"));
    parser.addOption(help);
    QStringList arguments = context.arguments;
    arguments.prepend(QStringLiteral("pml-tracker-cli"));
    if (!parser.parse(arguments)) {
        throw UsageError(Messages::tr("%1: %2 (see 'pml-tracker-cli %1 --help')")
                             .arg(command, parser.errorText()));
    }
    if (parser.isSet(help)) {
        // Qt's usage line ("Usage: PATH", translated) names the program by its path; name
        // it and the command instead.
        QString text = parser.helpText();
        static const QRegularExpression usage(QStringLiteral("^([^:\\n]+): \\S+"));
        text.replace(usage, QStringLiteral("\\1: pml-tracker-cli ") + command);
        context.out << text;
        context.out.flush();
        return false;
    }
    const int count = int(parser.positionalArguments().size());
    if (count < minPositional) {
        throw UsageError(
            Messages::tr("%1: missing argument (see 'pml-tracker-cli %1 --help')").arg(command));
    }
    if (count > maxPositional) {
        throw UsageError(
            Messages::tr("%1: unexpected argument '%2' (see 'pml-tracker-cli %1 --help')")
                .arg(command, parser.positionalArguments().at(maxPositional)));
    }
    return true;
}

QDate parseDate(const QString& text, const QString& what)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!shape.match(text).hasMatch()) {
        throw Error(Messages::tr("%1: '%2' is not a date; expected YYYY-MM-DD").arg(what, text));
    }
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        throw Error(Messages::tr("%1: %2 is not a real calendar date").arg(what, text));
    }
    return date;
}

bool isNone(const QString& text)
{
    return text.compare(QStringLiteral("none"), Qt::CaseInsensitive) == 0;
}

int parseInteger(const QString& text, const QString& what)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok) {
        throw Error(Messages::tr("%1: '%2' is not a whole number").arg(what, text));
    }
    return value;
}

double parseNumber(const QString& text, const QString& what)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        throw Error(Messages::tr("%1: '%2' is not a number").arg(what, text));
    }
    return value;
}

namespace {

// Before any output: the tracker was found changed outside the program (it now refuses
// every write, and check shows every problem).
void warnTampered(const TrackerLocation& location, const QStringList& problems)
{
    QTextStream err(stderr);
    err << Messages::tr("pml-tracker-cli: warning: %1 was changed outside the program; nothing "
                        "can be changed in it until it is examined with \"pml-tracker-cli check\":")
               .arg(location.shown())
        << '\n';
    for (const QString& problem : problems) {
        err << "  - " << problem << '\n';
    }
    err.flush();
}

} // namespace

std::unique_ptr<TrackerStore> openUnverified(const QString& tracker, OpenMode mode)
{
    const TrackerLocation location = TrackerLocation::parse(tracker);
    // Checked here too so that the message is the same whatever the backend says.
    if (location.isFile() && !QFileInfo(location.filePath()).isFile()) {
        throw Error(Messages::tr("no tracker file '%1'").arg(tracker));
    }
    return openTracker(location, mode);
}

std::unique_ptr<TrackerStore> openExisting(const QString& tracker, OpenMode mode,
                                           const QString& user)
{
    auto store = openUnverified(tracker, mode);
    ChainWitness witness;
    const QStringList tampered = verifyOnOpening(*store, witness, today());
    if (!tampered.isEmpty()) {
        warnTampered(store->location(), tampered);
    }
    if (!user.isEmpty()) {
        store->setActingUser(user);
    }
    return store;
}

QCommandLineOption userOption()
{
    return QCommandLineOption(QStringLiteral("user"),
                              Messages::tr("act as this person, listed in the tracker "
                                           "(default: the system user name)"),
                              QStringLiteral("NAME"));
}

QString userOf(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    if (!parser.isSet(option)) {
        return systemUserName();
    }
    const QString name = parser.value(option);
    if (const auto problem = personNameProblem(name)) {
        throw Error(QStringLiteral("--user: %1").arg(*problem));
    }
    return name;
}

QString formatFigure(const std::optional<double>& value)
{
    return value ? formatFigure(*value) : QStringLiteral("—");
}

QString formatFigure(double value)
{
    return QLocale().toString(value, 'f', 1); // a decimal comma in Spanish, as the window
}

nlohmann::ordered_json toJson(const QString& text)
{
    return text.toStdString();
}

nlohmann::ordered_json toJson(const std::optional<double>& value)
{
    return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
}

nlohmann::ordered_json toJson(const QDate& date)
{
    return date.isValid() ? nlohmann::ordered_json(date.toString(Qt::ISODate).toStdString())
                          : nlohmann::ordered_json(nullptr);
}

void writeJson(CommandContext& context, const nlohmann::ordered_json& json)
{
    context.out << QString::fromStdString(json.dump(2)) << '\n';
    context.out.flush();
}

QString elide(const QString& text, int width)
{
    const QString simplified = text.simplified();
    if (simplified.size() <= width) {
        return simplified;
    }
    return simplified.left(width - 1).trimmed() + QStringLiteral("…");
}

QString padRight(const QString& text, int width)
{
    return text.leftJustified(width, QLatin1Char(' '));
}

QString padLeft(const QString& text, int width)
{
    return text.rightJustified(width, QLatin1Char(' '));
}

} // namespace pml::cli
