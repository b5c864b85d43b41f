#include "json_support.h"

#include "core/error.h"
#include "core/messages.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <functional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace pml::json {
namespace {

[[noreturn]] void typeError(const QString& path, const QString& expected)
{
    throw Error(Messages::tr("%1: expected %2.").arg(path, expected));
}

// What nlohmann's parse error means, in plain words. Its message is English and names
// its own tokens ("... - unexpected ','; expected string literal", or a lexer error
// "... - invalid literal; last read: 'x'"); it is read here only to choose one of our
// sentences, and is kept whole in the error's details.
const char* lexerProblem(const std::string& what)
{
    // The token read so far is user text: only what comes before it is looked at.
    const std::string head = what.substr(0, what.find("; last read"));
    const std::pair<const char*, const char*> problems[] = {
        {"invalid literal",
         QT_TRANSLATE_NOOP("pml", "there is a word that is not a JSON value (text goes between "
                                  "double quotes; true, false and null in lower case)")},
        {"invalid number", QT_TRANSLATE_NOOP("pml", "a number is written incorrectly")},
        {"missing closing quote",
         QT_TRANSLATE_NOOP("pml", "a text in quotes has no closing quotation mark")},
        {"control character",
         QT_TRANSLATE_NOOP("pml", "a text in quotes holds a line break or a tab, which must be "
                                  "written as an escape")},
        {"UTF-8", QT_TRANSLATE_NOOP("pml", "the file is not in UTF-8 encoding")},
        {"BOM", QT_TRANSLATE_NOOP("pml", "the file is not in UTF-8 encoding")},
        {"invalid string",
         QT_TRANSLATE_NOOP("pml", "a backslash in a text in quotes starts no valid escape")},
        {"unexpected end of input",
         QT_TRANSLATE_NOOP("pml", "the file ends before the JSON is complete (a closing bracket "
                                  "or brace may be missing)")},
    };
    for (const auto& [marker, problem] : problems) {
        if (head.find(marker) != std::string::npos) {
            return problem;
        }
    }
    return nullptr;
}

// What the parser expected instead of the token it found.
const char* expectedProblem(const std::string& what)
{
    const std::string separator = "; expected ";
    const std::size_t at = what.rfind(separator);
    const std::string expected =
        at == std::string::npos ? std::string() : what.substr(at + separator.size());
    const std::pair<const char*, const char*> problems[] = {
        {"end of input", QT_TRANSLATE_NOOP("pml", "there is more text after the end of the JSON")},
        {"string literal", QT_TRANSLATE_NOOP("pml", "a key between double quotes is missing")},
        {"':'", QT_TRANSLATE_NOOP("pml", "a colon (:) is missing after a key")},
        {"'}'", QT_TRANSLATE_NOOP("pml", "a comma or a closing brace (}) is missing")},
        {"']'", QT_TRANSLATE_NOOP("pml", "a comma or a closing bracket (]) is missing")},
        {"'[', '{', or a literal", QT_TRANSLATE_NOOP("pml", "a value is missing")},
    };
    for (const auto& [token, problem] : problems) {
        if (expected == token) {
            return problem;
        }
    }
    return nullptr;
}

QString parseProblem(const std::string& what)
{
    const char* problem = lexerProblem(what);
    if (!problem) {
        problem = expectedProblem(what);
    }
    return problem ? Messages::tr(problem) : Messages::tr("the text cannot be read as JSON");
}

// "The file X is not valid JSON: <what>."
QString notValidJson(const QString& source, const QString& what)
{
    return source.isEmpty() ? Messages::tr("The document is not valid JSON: %1.").arg(what)
                            : Messages::tr("The file %1 is not valid JSON: %2.").arg(source, what);
}

bool blank(const QByteArray& bytes)
{
    return bytes.trimmed().isEmpty();
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

Json parseDocument(const QByteArray& bytes, const QString& source)
{
    try {
        DuplicateKeyGuard guard;
        return Json::parse(bytes.constBegin(), bytes.constEnd(), std::ref(guard));
    } catch (const DuplicateKey& duplicate) {
        const QString message = Messages::tr("The key \"%1\" appears twice in the same object; "
                                             "each key may appear only once.")
                                    .arg(QString::fromStdString(duplicate.path));
        throw Error(source.isEmpty() ? message : Messages::tr("%1: %2").arg(source, message));
    } catch (const nlohmann::json::parse_error& e) {
        const QString details = QString::fromUtf8(e.what());
        if (blank(bytes)) {
            throw Error(source.isEmpty()
                            ? Messages::tr("The document is empty; it holds no JSON.")
                            : Messages::tr("The file %1 is empty; it holds no JSON.").arg(source),
                        details);
        }
        int line = 0;
        int column = 0;
        // e.byte counts the bytes read, including the offending one.
        lineAndColumn(bytes, e.byte > 0 ? e.byte - 1 : 0, line, column);
        throw Error(notValidJson(source, Messages::tr("at line %1, column %2, %3")
                                             .arg(line)
                                             .arg(column)
                                             .arg(parseProblem(e.what()))),
                    details);
    } catch (const nlohmann::json::out_of_range& e) {
        // The only range error of parsing: a number beyond a double (e.g. 1e400).
        throw Error(notValidJson(source, Messages::tr("a number is too large to be represented")),
                    QString::fromUtf8(e.what()));
    } catch (const nlohmann::json::exception& e) {
        throw Error(notValidJson(source, Messages::tr("the text cannot be read as JSON")),
                    QString::fromUtf8(e.what()));
    }
}

void rethrowNaming(const QString& source, const Error& error)
{
    if (source.isEmpty()) {
        throw error;
    }
    throw Error(Messages::tr("%1: %2").arg(source, error.message()), error.details());
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
