#include "tracker_location.h"

#include "core/error.h"
#include "core/messages.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace pml {
namespace {

const QStringList kSslModes{QStringLiteral("disable"),   QStringLiteral("allow"),
                            QStringLiteral("prefer"),    QStringLiteral("require"),
                            QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

bool looksLikeAddress(const QString& text)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    return scheme.match(text).hasMatch();
}

bool isServerScheme(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

// The address as messages show it: never with a password someone wrote into it.
QString withoutPassword(QString text)
{
    static const QRegularExpression password(QStringLiteral("://([^/@]*):[^/]*@"));
    return text.replace(password, QStringLiteral("://\\1@"));
}

[[noreturn]] void refuseAddress(const QString& text, const QString& problem)
{
    throw Error(
        Messages::tr("%1 is not a usable server address: %2.").arg(withoutPassword(text), problem));
}

QString sslModeOf(const QString& text, const QUrl& url)
{
    const QUrlQuery query(url);
    QString mode;
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != QLatin1String("sslmode")) {
            refuseAddress(text, Messages::tr("only the setting sslmode may follow \"?\""));
        }
        if (!kSslModes.contains(value)) {
            refuseAddress(text, Messages::tr("sslmode must be one of %1")
                                    .arg(kSslModes.join(QStringLiteral(", "))));
        }
        mode = value;
    }
    return mode;
}

ServerAddress parseServer(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        refuseAddress(text, Messages::tr("it is not written as postgresql://user@host:port/"
                                         "database"));
    }
    if (!url.password().isEmpty()) {
        refuseAddress(text, Messages::tr("it holds a password; keep passwords in the password "
                                         "file (~/.pgpass) or let the program ask for them"));
    }
    if (url.host().isEmpty()) {
        refuseAddress(text, Messages::tr("it names no server"));
    }
    const QString database = url.path(QUrl::FullyDecoded).mid(1);
    if (database.isEmpty() || database.contains(QLatin1Char('/')) || url.hasFragment()) {
        refuseAddress(text, Messages::tr("it names no database (…/database at the end)"));
    }
    return {url.userName(QUrl::FullyDecoded), url.host(), url.port(5432), database,
            sslModeOf(text, url)};
}

} // namespace

TrackerLocation TrackerLocation::file(const QString& path)
{
    TrackerLocation location;
    location.m_kind = Kind::File;
    location.m_path = path;
    return location;
}

TrackerLocation TrackerLocation::server(const ServerAddress& address)
{
    TrackerLocation location;
    location.m_kind = Kind::Server;
    location.m_server = address;
    return location;
}

TrackerLocation TrackerLocation::parse(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        throw Error(Messages::tr("No tracker was given: name a file or a server address."));
    }
    if (isServerScheme(text)) {
        return server(parseServer(text));
    }
    if (looksLikeAddress(text)) {
        throw Error(Messages::tr("%1 is neither a file nor a known kind of address: a server is "
                                 "written postgresql://user@host:port/database.")
                        .arg(text));
    }
    return file(text);
}

QString TrackerLocation::text() const
{
    if (m_kind != Kind::Server) {
        return m_path;
    }
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_server.user);
    url.setHost(m_server.host);
    url.setPort(m_server.port);
    url.setPath(QLatin1Char('/') + m_server.database);
    if (!m_server.sslMode.isEmpty()) {
        url.setQuery(QStringLiteral("sslmode=") + m_server.sslMode);
    }
    return url.toString();
}

QString TrackerLocation::shown() const
{
    return m_kind == Kind::Server ? text() : QDir::toNativeSeparators(m_path);
}

QString TrackerLocation::displayName() const
{
    if (m_kind == Kind::Server) {
        return Messages::tr("%1 on %2").arg(m_server.database, m_server.host);
    }
    return QFileInfo(m_path).fileName();
}

QStringList TrackerLocation::filesToProtect() const
{
    return m_kind == Kind::File ? QStringList{m_path} : QStringList{};
}

} // namespace pml
