#include "json_support.h"

#include "core/error.h"
#include "core/messages.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <functional>
#include <set>
#include <string>
#include <vector>

namespace pml::json {
namespace {

[[noreturn]] void typeError(const QString& path, const QString& expected)
{
    throw Error(Messages::tr("%1: expected %2.").arg(path, expected));
}

// nlohmann's message starts with its own (byte-based) position; keep only the reason.
QString parseReason(const char* what)
{
    const QString text = QString::fromUtf8(what);
    const qsizetype column = text.indexOf(QLatin1String("column "));
    const qsizetype colon = text.indexOf(QLatin1String(": "), column < 0 ? 0 : column);
    return colon < 0 ? text : text.mid(colon + 2);
}

struct DuplicateKey {
    std::string path;
};

// Refuses an object that names a key twice: JSON parsers disagree on which value wins
// (here the last would), so a trailing "updates": [] could silently drop a history.
class DuplicateKeyGuard {
public:
    bool operator()(int depth, nlohmann::json::parse_event_t event, Json& parsed)
    {
        using Event = nlohmann::json::parse_event_t;
        switch (event) {
        case Event::object_start:
            m_objects.resize(std::size_t(depth) + 1);
            m_objects.back().clear();
            break;
        case Event::key: {
            const std::string& key = parsed.get_ref<const std::string&>();
            // Values inside arrays add a level without a key: they keep their array's path.
            m_path.resize(std::size_t(depth) - 1, m_path.empty() ? std::string() : m_path.back());
            m_path.push_back(m_path.empty() || m_path.back().empty() ? key
                                                                     : m_path.back() + "." + key);
            if (!m_objects.at(std::size_t(depth) - 1).insert(key).second) {
                throw DuplicateKey{m_path.back()};
            }
            break;
        }
        default:
            break;
        }
        return true;
    }

private:
    std::vector<std::set<std::string>> m_objects; // keys seen, per open object
    std::vector<std::string> m_path;              // key path to the current value
};

} // namespace

void lineAndColumn(const QByteArray& bytes, std::size_t offset, int& line, int& column)
{
    const auto end = std::min<std::size_t>(offset, std::size_t(bytes.size()));
    line = 1;
    column = 1;
    for (std::size_t i = 0; i < end; ++i) {
        const auto c = static_cast<unsigned char>(bytes[qsizetype(i)]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++column;
        }
    }
}

Json parseDocument(const QByteArray& bytes)
{
    try {
        DuplicateKeyGuard guard;
        return Json::parse(bytes.constBegin(), bytes.constEnd(), std::ref(guard));
    } catch (const DuplicateKey& duplicate) {
        throw Error(Messages::tr("The key \"%1\" appears twice in the same object; each key "
                                 "may appear only once.")
                        .arg(QString::fromStdString(duplicate.path)));
    } catch (const nlohmann::json::parse_error& e) {
        int line = 0;
        int column = 0;
        // e.byte counts the characters read, including the offending one.
        lineAndColumn(bytes, e.byte > 0 ? e.byte - 1 : 0, line, column);
        throw Error(Messages::tr("Malformed JSON at line %1, column %2: %3")
                        .arg(line)
                        .arg(column)
                        .arg(parseReason(e.what())));
    } catch (const nlohmann::json::out_of_range&) {
        // The only range error of parsing: a number beyond a double (e.g. 1e400).
        throw Error(Messages::tr("Malformed JSON: a number is too large to be represented."));
    } catch (const nlohmann::json::exception&) {
        throw Error(Messages::tr("Malformed JSON: the document cannot be read."));
    }
}

QByteArray dumpDocument(const Json& document)
{
    const std::string text = document.dump(2) + "\n";
    return QByteArray(text.data(), qsizetype(text.size()));
}

QString childPath(const QString& path, const char* key)
{
    return path.isEmpty() ? QString::fromUtf8(key) : path + QLatin1Char('.') + QLatin1String(key);
}

QString itemPath(const QString& path, std::size_t index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

const Json& requireObject(const Json& value, const QString& path)
{
    if (!value.is_object()) {
        typeError(path.isEmpty() ? Messages::tr("the document") : path, Messages::tr("an object"));
    }
    return value;
}

const Json& member(const Json& object, const char* key, const QString& path)
{
    requireObject(object, path);
    const auto it = object.find(key);
    if (it == object.end()) {
        throw Error(
            Messages::tr("%1: missing key \"%2\".")
                .arg(path.isEmpty() ? Messages::tr("the document") : path, QString::fromUtf8(key)));
    }
    return *it;
}

QString string(const Json& object, const char* key, const QString& path, bool allowEmpty)
{
    const Json& value = member(object, key, path);
    if (!value.is_string()) {
        typeError(childPath(path, key), Messages::tr("a string"));
    }
    const QString text = QString::fromStdString(value.get<std::string>());
    if (!allowEmpty && text.trimmed().isEmpty()) {
        typeError(childPath(path, key), Messages::tr("a non-empty string"));
    }
    return text;
}

std::optional<QString> nullableString(const Json& object, const char* key, const QString& path)
{
    const Json& value = member(object, key, path);
    if (value.is_null()) {
        return std::nullopt;
    }
    if (!value.is_string() || value.get<std::string>().empty()) {
        typeError(childPath(path, key), Messages::tr("a non-empty string or null"));
    }
    return QString::fromStdString(value.get<std::string>());
}

qint64 integer(const Json& object, const char* key, const QString& path)
{
    const Json& value = member(object, key, path);
    if (!value.is_number_integer()) {
        typeError(childPath(path, key), Messages::tr("a whole number"));
    }
    return value.get<qint64>();
}

double number(const Json& object, const char* key, const QString& path)
{
    const Json& value = member(object, key, path);
    if (!value.is_number()) {
        typeError(childPath(path, key), Messages::tr("a number"));
    }
    return value.get<double>();
}

bool boolean(const Json& object, const char* key, const QString& path)
{
    const Json& value = member(object, key, path);
    if (!value.is_boolean()) {
        typeError(childPath(path, key), Messages::tr("true or false"));
    }
    return value.get<bool>();
}

const Json& array(const Json& object, const char* key, const QString& path)
{
    const Json& value = member(object, key, path);
    if (!value.is_array()) {
        typeError(childPath(path, key), Messages::tr("an array"));
    }
    return value;
}

QStringList stringArray(const Json& object, const char* key, const QString& path)
{
    const Json& values = array(object, key, path);
    QStringList out;
    const QString here = childPath(path, key);
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!values[i].is_string() ||
            QString::fromStdString(values[i].get<std::string>()).trimmed().isEmpty()) {
            typeError(itemPath(here, i), Messages::tr("a non-empty string"));
        }
        out.append(QString::fromStdString(values[i].get<std::string>()));
    }
    return out;
}

std::optional<QDate> parseIsoDate(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    if (!pattern.match(text).hasMatch()) {
        return std::nullopt;
    }
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

std::optional<QDateTime> parseUtcTimestamp(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$"));
    if (!pattern.match(text).hasMatch()) {
        return std::nullopt;
    }
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    // Reject what Qt silently normalises (e.g. 24:00 or a 61st second).
    if (!time.isValid() || timestampText(time) != text) {
        return std::nullopt;
    }
    return time.toUTC();
}

QString dateText(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QString timestampText(const QDateTime& utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QDate date(const Json& object, const char* key, const QString& path)
{
    const QString text = string(object, key, path, true);
    const auto parsed = parseIsoDate(text);
    if (!parsed) {
        throw Error(Messages::tr("%1: \"%2\" is not a real date written YYYY-MM-DD.")
                        .arg(childPath(path, key), text));
    }
    return *parsed;
}

std::optional<QDate> nullableDate(const Json& object, const char* key, const QString& path)
{
    if (member(object, key, path).is_null()) {
        return std::nullopt;
    }
    return date(object, key, path);
}

QDateTime timestamp(const Json& object, const char* key, const QString& path)
{
    const QString text = string(object, key, path, true);
    const auto parsed = parseUtcTimestamp(text);
    if (!parsed) {
        throw Error(
            Messages::tr("%1: \"%2\" is not a real UTC time written YYYY-MM-DDTHH:MM:SS.mmmZ.")
                .arg(childPath(path, key), text));
    }
    return *parsed;
}

} // namespace pml::json
