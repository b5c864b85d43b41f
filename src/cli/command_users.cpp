#include "cli_support.h"
#include "commands.h"
#include "core/messages.h"

namespace pml::cli {
namespace {

QList<Role> parseRoles(const QStringList& values)
{
    QList<Role> roles;
    for (const QString& value : values) {
        for (const QString& key : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto role = roleFromKey(key.trimmed().toLower());
            if (!role) {
                throw Error(Messages::tr("--role: unknown role '%1'; use monitor, reviewer or "
                                         "admin")
                                .arg(key));
            }
            if (!roles.contains(*role)) {
                roles << *role;
            }
        }
    }
    return roles;
}

int list(CommandContext& context, TrackerStore& store)
{
    for (const Person& p : store.people()) {
        context.out << padRight(p.name, 24) << "  " << roleNames(p.roles);
        if (!p.active) {
            context.out << "  " << Messages::tr("(removed)");
        }
        context.out << '\n';
    }
    context.out.flush();
    return 0;
}

} // namespace

int runUsers(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Messages::tr(
        "Lists the people of a tracker, adds one with roles (monitor: records updates, planning "
        "and narratives, and submits; reviewer: approves, returns and reopens; admin: manages "
        "people and settings) or removes one (admin). A removed person stays on the records "
        "they made."));
    parser.addPositionalArgument(QStringLiteral("DB"), Messages::tr("tracker file"));
    parser.addPositionalArgument(QStringLiteral("ACTION"), Messages::tr("list, add or remove"),
                                 QStringLiteral("[list|add NAME|remove NAME]"));
    const QCommandLineOption roleOption(
        QStringLiteral("role"), Messages::tr("add: a role (repeat, or separate with commas)"),
        QStringLiteral("monitor|reviewer|admin"));
    const QCommandLineOption user = userOption();
    parser.addOptions({roleOption, user});
    if (!parseCommandLine(parser, context, QStringLiteral("users"), 1, 3)) {
        return 0;
    }
    const QStringList arguments = parser.positionalArguments();
    const QString action = arguments.value(1, QStringLiteral("list"));
    if (action == QLatin1String("list") && arguments.size() <= 2) {
        auto store = openExisting(arguments.at(0), OpenMode::ReadOnly);
        return list(context, *store);
    }
    if ((action != QLatin1String("add") && action != QLatin1String("remove")) ||
        arguments.size() != 3) {
        throw UsageError(
            Messages::tr("users: use 'list', 'add NAME --role ROLE' or 'remove NAME'"));
    }
    const QString name = arguments.at(2);
    if (action == QLatin1String("add")) {
        if (!parser.isSet(roleOption)) {
            throw UsageError(Messages::tr("users add: --role is required"));
        }
        const QList<Role> roles = parseRoles(parser.values(roleOption));
        auto store = openExisting(arguments.at(0), OpenMode::ReadWrite, userOf(parser, user));
        store->addPerson(name, roles);
        context.out << Messages::tr("added %1 as %2").arg(name, roleNames(roles)) << '\n';
    } else {
        auto store = openExisting(arguments.at(0), OpenMode::ReadWrite, userOf(parser, user));
        store->removePerson(name);
        context.out << Messages::tr("removed %1").arg(name) << '\n';
    }
    context.out.flush();
    return 0;
}

} // namespace pml::cli
