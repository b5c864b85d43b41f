#pragma once

#include <QString>

#include <stdexcept>

namespace pml {

// A refusal with a message for the user (already translated where it is shown). The
// message is a sentence in the user's language that names the file or item and the
// problem; `details`, when present, keeps what a library or the system said (in its own
// words, often English) for a "details" part or a log, never for the message itself.
class Error : public std::runtime_error {
public:
    explicit Error(const QString& message, const QString& details = {})
        : std::runtime_error(message.toStdString())
        , m_message(message)
        , m_details(details)
    {
    }
    const QString& message() const noexcept { return m_message; }
    const QString& details() const noexcept { return m_details; }

private:
    QString m_message;
    QString m_details;
};

} // namespace pml
