#include "evidence.h"

#include "messages.h"

#include <QLocale>
#include <QUrl>

namespace pml {
namespace {

// Characters that change how the text around them reads: the bidirectional embeddings,
// overrides and isolates, and the direction marks.
bool changesDirection(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E ||
           u == 0x200F;
}

bool hasUnsafeCharacter(const QString& text)
{
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control || changesDirection(c)) {
            return true;
        }
    }
    return false;
}

QString bytesText(qint64 bytes)
{
    return QLocale().toString(bytes);
}

} // namespace

qint64 maxEvidenceBytes()
{
    return 20 * 1024 * 1024;
}

std::optional<QString> evidenceSizeProblem(const QString& name, qint64 size)
{
    if (size > maxEvidenceBytes()) {
        return Messages::tr("%1 is %2 bytes; evidence files are kept inside the tracker up to "
                            "%3 bytes (%4 MiB). Put it on a shared site and add a link to it "
                            "instead.")
            .arg(name, bytesText(size), bytesText(maxEvidenceBytes()))
            .arg(maxEvidenceBytes() / (1024 * 1024));
    }
    if (size == 0) {
        return Messages::tr("%1 is empty (0 bytes): there is nothing to keep as evidence.")
            .arg(name);
    }
    return std::nullopt;
}

std::optional<QString> evidenceLinkProblem(const QString& url)
{
    if (hasUnsafeCharacter(url)) {
        return Messages::tr("the link contains a control or text-direction character, which "
                            "could make it read as another address");
    }
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || parsed.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https") &&
         scheme != QLatin1String("ftp"))) {
        return Messages::tr("\"%1\" is not a web address: a link must start with http://, "
                            "https:// or ftp:// and name a site")
            .arg(url);
    }
    if (!parsed.userInfo().isEmpty()) {
        return Messages::tr("\"%1\" names a user before the site (the part before \"@\"), which "
                            "makes it look like another site; give the address without it")
            .arg(url);
    }
    if (url.size() > 2000) {
        return Messages::tr("the link is longer than 2000 characters");
    }
    return std::nullopt;
}

std::optional<QString> evidenceNameProblem(const QString& name)
{
    if (name.trimmed().isEmpty() || name.size() > 255 || name.contains(QLatin1Char('/')) ||
        name.contains(QLatin1Char('\\')) || name == QLatin1String(".") ||
        name == QLatin1String("..")) {
        return Messages::tr("\"%1\" is not a file name").arg(name);
    }
    if (hasUnsafeCharacter(name)) {
        return Messages::tr("the file name \"%1\" contains a control or text-direction character")
            .arg(name);
    }
    return std::nullopt;
}

QString evidenceFileName(const Evidence& evidence)
{
    QString name = evidence.name;
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    name = name.section(QLatin1Char('/'), -1);
    if (evidenceNameProblem(name)) {
        return QStringLiteral("evidence-%1").arg(evidence.id);
    }
    return name;
}

std::optional<QString> evidenceFileProblem(const QFileInfo& file)
{
    const QString name = file.fileName();
    if (file.isSymLink()) {
        return Messages::tr("%1 is a symbolic link to %2; add the file itself, after checking "
                            "that it is the one meant.")
            .arg(name, file.symLinkTarget());
    }
    if (!file.exists()) {
        return std::nullopt; // reading it names the problem
    }
    if (!file.isFile()) {
        return Messages::tr("%1 is not an ordinary file (it is a folder, a pipe or a device); "
                            "evidence must be a file.")
            .arg(name);
    }
    if (file.size() > maxEvidenceBytes()) {
        return evidenceSizeProblem(name, file.size());
    }
    return std::nullopt;
}

std::optional<QString> evidenceReadProblem(const QFileInfo& file, qint64 bytesRead)
{
    if (bytesRead != file.size()) {
        return Messages::tr("%1 is not an ordinary file: the system makes its content as it is "
                            "read, so it cannot be kept as evidence.")
            .arg(file.fileName());
    }
    return evidenceSizeProblem(file.fileName(), bytesRead);
}

std::optional<QString> quarterEvidenceProblem(int line, const Quarter& quarter, ReviewState state)
{
    if (state == ReviewState::Open || state == ReviewState::Returned)
        return std::nullopt;
    return Messages::tr("Line %1, %2 is %3: the evidence of its narrative can change only while "
                        "the quarter is open or returned.")
        .arg(line)
        .arg(quarterText(quarter), reviewStateName(state));
}

} // namespace pml
