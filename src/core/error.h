#pragma once

#include <QString>

#include <stdexcept>

namespace pml {

// A refusal with a message for the user (already translated where it is shown).
class Error : public std::runtime_error {
public:
    explicit Error(const QString& message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {
    }
    const QString& message() const noexcept { return m_message; }

private:
    QString m_message;
};

} // namespace pml
