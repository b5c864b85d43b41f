#include "cli_support.h"
#include "commands.h"
#include "core/messages.h"
#include "files/input_file.h"

namespace pml::cli {

namespace {

const QString logoKey = QStringLiteral("report.logo");

// The logo is kept as base64 text: printed, it is summed up instead.
QString shownValue(const Settings& settings, const QString& key)
{
    if (key == logoKey) {
        return settings.logo.isEmpty() ? QString()
                                       : Messages::tr("%1 image, %2 bytes")
                                             .arg(logoFormat(settings.logo))
                                             .arg(settings.logo.size());
    }
    return settingValue(settings, key);
}

void requireKnownKey(const QString& key)
{
    if (!settingKeys().contains(key)) {
        throw Error(Messages::tr("unknown setting '%1'; known settings: %2")
                        .arg(key, settingKeys().join(QStringLiteral(", "))));
    }
}

// The logo is given as an image file (or "" to remove it), stored as its bytes.
QString valueToApply(const QString& key, const QString& value)
{
    if (key != logoKey || value.isEmpty()) {
        return value;
    }
    const QByteArray bytes = files::readInputFile(value, kMaxLogoBytes, Messages::tr("a logo"));
    return QString::fromLatin1(bytes.toBase64());
}

} // namespace

int runConfig(CommandContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Messages::tr(
            "Lists the tracker settings (no KEY), prints one (KEY) or changes one (KEY VALUE). "
            "Keys: %1. The value of report.logo is a PNG or JPEG file of at most %2 KB, stored "
            "in the tracker; \"\" removes it.")
            .arg(settingKeys().join(QStringLiteral(", ")))
            .arg(kMaxLogoBytes / 1024));
    parser.addPositionalArgument(QStringLiteral("DB"), Messages::tr("tracker file"));
    parser.addPositionalArgument(QStringLiteral("KEY"), Messages::tr("setting name"),
                                 QStringLiteral("[KEY"));
    parser.addPositionalArgument(QStringLiteral("VALUE"), Messages::tr("new value"),
                                 QStringLiteral("[VALUE]]"));
    const QCommandLineOption user = userOption();
    parser.addOption(user);
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
                context.out << key << " = " << shownValue(settings, key) << '\n';
            }
            return 0;
        }
        const QString key = arguments.at(1);
        requireKnownKey(key);
        context.out << shownValue(settings, key) << '\n';
        return 0;
    }

    const QString key = arguments.at(1);
    requireKnownKey(key);
    const QString value = valueToApply(key, arguments.at(2));
    auto store = openExisting(file, OpenMode::ReadWrite, userOf(parser, user));
    Settings settings = store->settings();
    if (const auto problem = applySetting(settings, key, value)) {
        throw Error(*problem);
    }
    if (const auto problem = validateSettings(settings)) {
        throw Error(*problem);
    }
    store->setSettings(settings);
    context.out << key << " = " << shownValue(store->settings(), key) << '\n';
    return 0;
}

} // namespace pml::cli
