#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>
#include <optional>

// Helpers shared by the strategy and tracker JSON formats: parsing with a position
// for malformed input, and typed access that names the offending JSON path.
namespace pml::json {

// Keeps keys in the order they are written, so files read like the documentation.
using Json = nlohmann::ordered_json;

// Parses UTF-8 JSON; throws pml::Error "The file <source> is not valid JSON: at line L,
// column C, <the problem in plain words>." (with "The document" when `source` is empty),
// with the parser's own text only in the error's details.
Json parseDocument(const QByteArray& bytes, const QString& source = {});
// Runs `read`; a refusal it throws then names `source` ("file.json: <refusal>") when
// `source` is given.
template <typename Read>
auto namingSource(const QString& source, Read&& read) -> decltype(read());
// 1-based line and column (in characters) of a byte offset into `bytes`.
void lineAndColumn(const QByteArray& bytes, std::size_t offset, int& line, int& column);

QString childPath(const QString& path, const char* key);
QString itemPath(const QString& path, std::size_t index);

// Each accessor throws pml::Error naming `path.key` when the value is missing or has
// the wrong type.
const Json& requireObject(const Json& value, const QString& path);
const Json& member(const Json& object, const char* key, const QString& path);
QString string(const Json& object, const char* key, const QString& path, bool allowEmpty = false);
std::optional<QString> nullableString(const Json& object, const char* key, const QString& path);
qint64 integer(const Json& object, const char* key, const QString& path);
double number(const Json& object, const char* key, const QString& path);
bool boolean(const Json& object, const char* key, const QString& path);
const Json& array(const Json& object, const char* key, const QString& path);
QStringList stringArray(const Json& object, const char* key, const QString& path);
// "YYYY-MM-DD", a real date.
QDate date(const Json& object, const char* key, const QString& path);
std::optional<QDate> nullableDate(const Json& object, const char* key, const QString& path);
// "YYYY-MM-DDTHH:MM:SS.mmmZ", UTC with milliseconds.
QDateTime timestamp(const Json& object, const char* key, const QString& path);

std::optional<QDate> parseIsoDate(const QString& text);
std::optional<QDateTime> parseUtcTimestamp(const QString& text);
QString dateText(const QDate& date);
QString timestampText(const QDateTime& utc);

inline std::string utf8(const QString& text)
{
    return text.toStdString();
}
inline Json stringArrayJson(const QStringList& list)
{
    Json out = Json::array();
    for (const auto& s : list) {
        out.push_back(utf8(s));
    }
    return out;
}
// 2-space indentation and a final newline, as the data files are written.
QByteArray dumpDocument(const Json& document);

[[noreturn]] void rethrowNaming(const QString& source, const Error& error);

template <typename Read>
auto namingSource(const QString& source, Read&& read) -> decltype(read())
{
    try {
        return read();
    } catch (const Error& error) {
        rethrowNaming(source, error);
    }
}

} // namespace pml::json
