#include "terminal_output.h"

namespace pml::cli {
namespace {

// Length of the UTF-8 sequence that starts with `lead` (1 for anything else).
int sequenceLength(unsigned char lead)
{
    if (lead >= 0xF0) {
        return 4;
    }
    if (lead >= 0xE0) {
        return 3;
    }
    return lead >= 0xC0 ? 2 : 1;
}

bool isUnsafe(char32_t c)
{
    const bool c0 = c < 0x20 && c != '\n' && c != '\t';
    const bool c1 = c == 0x7F || (c >= 0x80 && c <= 0x9F);
    const bool bidi = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    return c0 || c1 || bidi;
}

char32_t decode(const QByteArray& bytes, qsizetype at, int length)
{
    const auto byte = [&](qsizetype i) {
        return char32_t(quint8(bytes.at(i)));
    };
    if (length == 1) {
        return byte(at);
    }
    char32_t c = byte(at) & (0x7F >> length);
    for (int i = 1; i < length; ++i) {
        c = (c << 6) | (byte(at + i) & 0x3F);
    }
    return c;
}

} // namespace

TerminalOutput::TerminalOutput(std::FILE* stream)
    : m_stream(stream)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 TerminalOutput::writeData(const char* data, qint64 size)
{
    const QByteArray bytes = m_pending + QByteArray(data, qsizetype(size));
    m_pending.clear();
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size();) {
        const int length = sequenceLength(quint8(bytes.at(i)));
        if (i + length > bytes.size()) {
            m_pending = bytes.mid(i);
            break;
        }
        const char32_t c = decode(bytes, i, length);
        if (isUnsafe(c)) {
            out += QByteArray("\\u") + QByteArray::number(uint(c), 16).rightJustified(4, '0');
        } else {
            out += bytes.mid(i, length);
        }
        i += length;
    }
    if (std::fwrite(out.constData(), 1, std::size_t(out.size()), m_stream) !=
        std::size_t(out.size())) {
        return -1;
    }
    std::fflush(m_stream);
    return size;
}

} // namespace pml::cli
