#include "cli_support.h"
#include "commands.h"
#include "core/messages.h"
#include "files/atomic_file.h"
#include "files/input_file.h"
#include "review_json.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

namespace pml::cli {
namespace {

struct Target {
    QString activity; // or
    int line = 0;
    std::optional<Quarter> quarter;
};

Target targetOf(const QString& code, const QCommandLineParser& parser,
                const QCommandLineOption& quarterOption)
{
    Target t;
    if (code.startsWith(QLatin1String("line:"))) {
        t.line = parseInteger(code.mid(5), QStringLiteral("CODE"));
        if (!parser.isSet(quarterOption)) {
            throw UsageError(Messages::tr("evidence: a line's narrative needs --quarter"));
        }
        t.quarter = parseQuarter(parser.value(quarterOption));
    } else {
        t.activity = code;
    }
    return t;
}

// The update evidence goes with: the one named, or the activity's update in force today.
qint64 updateFor(TrackerStore& store, const QString& activity, const QString& wanted,
                 const QDate& today)
{
    if (wanted.isEmpty()) {
        const QList<StatusUpdate> inForce = store.updatesInForce(today, {activity});
        if (inForce.isEmpty()) {
            (void)store.history(activity); // refuses an unknown code by name
            throw Error(Messages::tr("Activity %1 has no update to attach evidence to; record one "
                                     "first.")
                            .arg(activity));
        }
        return inForce.constFirst().id;
    }
    const qint64 id = parseInteger(wanted, QStringLiteral("--update"));
    for (const StatusUpdate& u : store.history(activity)) {
        if (u.id == id) {
            return id;
        }
    }
    throw Error(Messages::tr("Update %1 is not an update of activity %2.").arg(id).arg(activity));
}

void printEvidence(CommandContext& context, const QList<Evidence>& list)
{
    for (const Evidence& e : list) {
        const QString target = e.update
                                   ? Messages::tr("update %1 (%2)").arg(*e.update).arg(e.activity)
                                   : Messages::tr("line %1, %2").arg(e.line).arg(e.quarter->key());
        QString line = QStringLiteral("%1  %2  %3  ")
                           .arg(padLeft(QString::number(e.id), 4), target, timeText(e.recordedAt));
        line += e.kind == Evidence::Kind::File ? QStringLiteral("%1 (%2, %3 bytes, SHA-256 %4…)")
                                                     .arg(e.name, e.mime)
                                                     .arg(e.size)
                                                     .arg(QString::fromLatin1(e.sha256.left(12)))
                                               : e.url;
        if (e.withdrawn) {
            line += QStringLiteral("  ") + Messages::tr("[withdrawn: %1]").arg(e.withdrawalReason);
        }
        context.out << line << '\n';
    }
}

// Shows what is opened (the address or the file) before handing it to the desktop.
void openFor(CommandContext& context, const QString& what)
{
    context.out << Messages::tr("opening %1").arg(what) << '\n';
    context.out.flush();
    if (!qEnvironmentVariableIsEmpty("DISPLAY") ||
        !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        QProcess::startDetached(QStringLiteral("xdg-open"), {what});
    }
}

// The file is written under its stored name's last component only, created new in a
// private folder of its own: a stored name can never choose where it is written.
QString extractToPrivateFolder(const Evidence& e, const QByteArray& content)
{
    QTemporaryDir folder(QDir::temp().filePath(QStringLiteral("pml-evidence-XXXXXX")));
    if (!folder.isValid()) {
        throw Error(Messages::tr("Cannot create a temporary folder to open the file in."),
                    folder.errorString());
    }
    folder.setAutoRemove(false); // the viewer reads it after this program ends
    const QString target = folder.filePath(evidenceFileName(e));
    files::writeNewFile(target, content);
    return target;
}

int openEvidence(CommandContext& context, TrackerStore& store, qint64 id, const QString& output)
{
    const Evidence e = store.evidence(id);
    if (e.kind == Evidence::Kind::Link) {
        // Checked again: the tracker file may have been written by other means.
        if (const auto problem = evidenceLinkProblem(e.url)) {
            throw Error(Messages::tr("Evidence %1 is not opened: %2.").arg(id).arg(*problem));
        }
        openFor(context, e.url);
        return 0;
    }
    const QByteArray content = store.evidenceContent(id);
    if (output.isEmpty()) {
        openFor(context, extractToPrivateFolder(e, content));
        return 0;
    }
    files::AtomicFile::write(output, content, store.location().filesToProtect());
    context.out << Messages::tr("wrote evidence %1 to %2").arg(id).arg(output) << '\n';
    return 0;
}

} // namespace

int runEvidence(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Messages::tr(
            "Adds, lists, opens or withdraws the evidence of an activity's update or of a line's "
            "quarter (CODE line:N with --quarter). Files up to %1 MiB are kept inside the tracker "
            "with their SHA-256 and type; larger documents are linked. Evidence is never deleted: "
            "a wrong one is withdrawn with a reason.")
            .arg(maxEvidenceBytes() / (1024 * 1024)));
    parser.addPositionalArgument(QStringLiteral("DB"), Messages::tr("tracker file"));
    parser.addPositionalArgument(QStringLiteral("CODE"), Messages::tr("activity code, or line:N"));
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 Messages::tr("add FILE, link URL, list, open ID or withdraw ID"),
                                 QStringLiteral("ACTION [ARG]"));
    const QCommandLineOption updateOption(QStringLiteral("update"),
                                          Messages::tr("the update (default: the latest in force)"),
                                          QStringLiteral("ID"));
    const QCommandLineOption quarterOption(QStringLiteral("quarter"),
                                           Messages::tr("a line's quarter, e.g. 2026-Q2"),
                                           QStringLiteral("YYYY-QN"));
    const QCommandLineOption reasonOption(QStringLiteral("reason"), Messages::tr("withdraw: why"),
                                          QStringLiteral("TEXT"));
    const QCommandLineOption outputOption(QStringLiteral("output"),
                                          Messages::tr("open: save the file here instead"),
                                          QStringLiteral("FILE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Messages::tr("list as JSON"));
    const QCommandLineOption user = userOption();
    parser.addOptions({updateOption, quarterOption, reasonOption, outputOption, jsonOption, user});
    if (!parseCommandLine(parser, context, QStringLiteral("evidence"), 3, 4)) {
        return 0;
    }
    const QStringList a = parser.positionalArguments();
    const QString file = a.at(0);
    const Target target = targetOf(a.at(1), parser, quarterOption);
    const QString action = a.at(2);
    const bool needsArgument = action != QLatin1String("list");
    if (needsArgument != (a.size() == 4)) {
        throw UsageError(Messages::tr("evidence: use add FILE, link URL, list, open ID or "
                                      "withdraw ID --reason TEXT"));
    }
    if (action == QLatin1String("list")) {
        auto store = openExisting(file, OpenMode::ReadOnly);
        QList<qint64> updates;
        if (!target.activity.isEmpty()) {
            for (const StatusUpdate& u : store->history(target.activity)) {
                updates << u.id;
            }
        }
        const QList<Evidence> list = store->evidenceFor(updates, target.quarter, target.line);
        if (parser.isSet(jsonOption)) {
            nlohmann::ordered_json array = nlohmann::ordered_json::array();
            for (const Evidence& e : list) {
                array.push_back(evidenceJson(e));
            }
            writeJson(context, array);
        } else {
            printEvidence(context, list);
        }
        return 0;
    }
    if (action == QLatin1String("open")) {
        auto store = openExisting(file, OpenMode::ReadOnly);
        return openEvidence(context, *store, parseInteger(a.at(3), QStringLiteral("ID")),
                            parser.value(outputOption));
    }
    auto store = openExisting(file, OpenMode::ReadWrite, userOf(parser, user));
    if (action == QLatin1String("withdraw")) {
        store->withdrawEvidence(parseInteger(a.at(3), QStringLiteral("ID")),
                                parser.value(reasonOption));
        context.out << Messages::tr("withdrew evidence %1").arg(a.at(3)) << '\n';
        return 0;
    }
    EvidenceRequest r;
    r.quarter = target.quarter;
    r.line = target.line;
    if (!target.activity.isEmpty()) {
        r.update = updateFor(*store, target.activity, parser.value(updateOption), context.today);
    }
    if (action == QLatin1String("link")) {
        r.url = a.at(3);
    } else if (action == QLatin1String("add")) {
        r.content = files::readEvidenceFile(a.at(3));
        r.name = QFileInfo(a.at(3)).fileName();
    } else {
        throw UsageError(Messages::tr("evidence: unknown action '%1'").arg(action));
    }
    const Evidence e = store->addEvidence(r);
    context.out << Messages::tr("added evidence %1: %2").arg(e.id).arg(e.name) << '\n';
    return 0;
}

} // namespace pml::cli
