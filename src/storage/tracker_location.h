#pragma once

#include <QString>
#include <QStringList>

namespace pml {

// A database server's address, as in "postgresql://user@host:port/database?sslmode=…".
// It never holds a password: those stay in the database library's own files or the
// system keychain.
struct ServerAddress {
    QString user;
    QString host;
    int port = 5432;
    QString database;
    QString sslMode; // empty: the library's default
    bool operator==(const ServerAddress&) const = default;
};

// Where a tracker lives: a file, or a database on a server. Everything that opens,
// creates or names a tracker takes one, so that no caller assumes a file.
class TrackerLocation {
public:
    enum class Kind { None, File, Server };

    TrackerLocation() = default;
    static TrackerLocation file(const QString& path);
    static TrackerLocation server(const ServerAddress& address);
    // What a user typed, or a recent list or command line holds: a server address
    // ("postgresql://…" or "postgres://…") or else a file path. Throws pml::Error naming
    // what is wrong with it.
    static TrackerLocation parse(const QString& text);

    Kind kind() const { return m_kind; }
    bool isFile() const { return m_kind == Kind::File; }
    bool isServer() const { return m_kind == Kind::Server; }
    // The file's path as given (a file tracker only).
    QString filePath() const { return m_path; }
    const ServerAddress& serverAddress() const { return m_server; }

    // The text parse() reads back as this location: for recent lists and settings.
    QString text() const;
    // How messages name it: the file with native separators, or the server address.
    QString shown() const;
    // A short name for a title bar: the file's name, or "database on host".
    QString displayName() const;
    // The files that a file written for the user must never replace (the tracker itself).
    QStringList filesToProtect() const;

    bool operator==(const TrackerLocation&) const = default;

private:
    Kind m_kind = Kind::None;
    QString m_path;
    ServerAddress m_server;
};

} // namespace pml
