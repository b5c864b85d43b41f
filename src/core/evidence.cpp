#include "evidence.h"

#include "messages.h"

#include <QUrl>

namespace pml {

qint64 maxEvidenceBytes()
{
    return 20 * 1024 * 1024;
}

std::optional<QString> evidenceSizeProblem(const QString& name, qint64 size)
{
    if (size > maxEvidenceBytes()) {
        return Messages::tr("%1 is %2 MiB; evidence files are kept inside the tracker up to "
                            "%3 MiB. Put it on a shared site and add a link to it instead.")
            .arg(name)
            .arg(double(size) / (1024 * 1024), 0, 'f', 1)
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
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || parsed.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https") &&
         scheme != QLatin1String("ftp"))) {
        return Messages::tr("\"%1\" is not a web address: a link must start with http://, "
                            "https:// or ftp:// and name a site")
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
        name.contains(QLatin1Char('\\'))) {
        return Messages::tr("\"%1\" is not a file name").arg(name);
    }
    for (QChar c : name) {
        if (c.category() == QChar::Other_Control) {
            return Messages::tr("the file name \"%1\" contains a control character").arg(name);
        }
    }
    return std::nullopt;
}

} // namespace pml
