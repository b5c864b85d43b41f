#include "cli_support.h"
#include "commands.h"
#include "core/messages.h"

namespace pml::cli {

int runConfig(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Messages::tr(
            "Lists the tracker settings (no KEY), prints one (KEY) or changes one (KEY VALUE). "
            "Keys: %1.")
            .arg(settingKeys().join(QStringLiteral(", "))));
    parser.addPositionalArgument(QStringLiteral("DB"), Messages::tr("tracker file"));
    parser.addPositionalArgument(QStringLiteral("KEY"), Messages::tr("setting name"),
                                 QStringLiteral("[KEY"));
    parser.addPositionalArgument(QStringLiteral("VALUE"), Messages::tr("new value"),
                                 QStringLiteral("[VALUE]]"));
    if (!parseCommandLine(parser, context, QStringLiteral("config"), 1, 3)) {
        return 0;
    }
    const QStringList arguments = parser.positionalArguments();
    const QString file = arguments.at(0);

    if (arguments.size() < 3) {
        auto store = openExisting(file, OpenMode::ReadOnly);
        const Settings settings = store->settings();
        if (arguments.size() == 1) {
            for (const QString& key : settingKeys()) {
                context.out << key << " = " << settingValue(settings, key) << '\n';
            }
            return 0;
        }
        const QString key = arguments.at(1);
        if (!settingKeys().contains(key)) {
            throw Error(Messages::tr("unknown setting '%1'; known settings: %2")
                            .arg(key, settingKeys().join(QStringLiteral(", "))));
        }
        context.out << settingValue(settings, key) << '\n';
        return 0;
    }

    const QString key = arguments.at(1);
    const QString value = arguments.at(2);
    if (!settingKeys().contains(key)) {
        throw Error(Messages::tr("unknown setting '%1'; known settings: %2")
                        .arg(key, settingKeys().join(QStringLiteral(", "))));
    }
    auto store = openExisting(file, OpenMode::ReadWrite);
    Settings settings = store->settings();
    if (const auto problem = applySetting(settings, key, value)) {
        throw Error(*problem);
    }
    if (const auto problem = validateSettings(settings)) {
        throw Error(*problem);
    }
    store->setSettings(settings);
    context.out << key << " = " << settingValue(store->settings(), key) << '\n';
    return 0;
}

} // namespace pml::cli
