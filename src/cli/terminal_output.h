#pragma once

#include <QIODevice>

#include <cstdio>

namespace pml::cli {

// Standard output or error that shows control characters instead of sending them: a
// note or a name holding an escape sequence, a NUL or a right-to-left override must not
// move the cursor, recolour or hide text. Each such character becomes its JSON-style
// escape ("\u001b"), so a JSON document stays valid and means the same. Line feeds and
// tabs pass.
class TerminalOutput final : public QIODevice {
public:
    explicit TerminalOutput(std::FILE* stream);

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override;

private:
    std::FILE* m_stream;
    QByteArray m_pending; // an incomplete UTF-8 sequence from the previous write
};

} // namespace pml::cli
