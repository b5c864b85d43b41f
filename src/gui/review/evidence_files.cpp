// EvidencePanel's writes and opening evidence: files in and out of the tracker, links.
#include "core/error.h"
#include "files/input_file.h"
#include "files/system_error.h"
#include "gui/review/evidence_panel.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QUrl>

namespace pml {
namespace {

// One private folder for the whole session: a viewer may still be reading a file when
// its panel goes away, so the files stay until the program ends.
QTemporaryDir& evidenceFolder()
{
    static QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/pml-evidence-XXXXXX"));
    return folder;
}

} // namespace

QString extractEvidence(const TrackerReader& tracker, const Evidence& evidence)
{
    if (!evidenceFolder().isValid())
        throw Error(EvidencePanel::tr("Cannot create a temporary folder to open the file in."));
    // One folder per evidence keeps the original name (viewers choose by its extension).
    const QString folder = evidenceFolder().filePath(QString::number(evidence.id));
    const bool usable = !evidenceNameProblem(evidence.name) &&
                        evidence.name != QLatin1String(".") && evidence.name != QLatin1String("..");
    const QString name = usable ? evidence.name : QStringLiteral("evidence-%1").arg(evidence.id);
    const QString path = QDir(folder).filePath(name);
    if (QFileInfo::exists(path))
        return path; // the content never changes: evidence is never edited
    const QByteArray content = tracker.evidenceContent(evidence.id); // checks its SHA-256
    QSaveFile file(path);
    if (!QDir().mkpath(folder) || !file.open(QIODevice::WriteOnly) ||
        file.write(content) != content.size() || !file.commit()) {
        throw Error(
            EvidencePanel::tr("Cannot write the temporary copy %1: %2.")
                .arg(QDir::toNativeSeparators(path), files::problemText(files::problemOf(file))),
            file.errorString());
    }
    // Read-only: an edit in the viewer would not reach the tracker, so none is offered.
    QFile::setPermissions(path, QFileDevice::ReadOwner);
    return path;
}

EditResult EvidencePanel::addFile(const QString& path)
{
    const QFileInfo info(path);
    if (const auto problem = evidenceSizeProblem(info.fileName(), info.size()))
        return {*problem};
    EvidenceRequest request;
    request.name = info.fileName();
    try {
        request.content = files::readInputFile(path, maxEvidenceBytes(), tr("an evidence file"));
    } catch (const Error& error) {
        return {error.message()};
    }
    return submit(request);
}

EditResult EvidencePanel::addLink(const QString& url)
{
    EvidenceRequest request;
    request.url = url;
    return submit(request);
}

EditResult EvidencePanel::withdraw(qint64 evidence, const QString& reason)
{
    const EditResult result = m_document->withdrawEvidence(evidence, reason);
    refresh();
    return result;
}

QString EvidencePanel::open(qint64 id)
{
    try {
        const Evidence evidence = m_document->reader().evidence(id);
        const QUrl url = evidence.kind == Evidence::Kind::Link
                             ? QUrl(evidence.url)
                             : QUrl::fromLocalFile(extractEvidence(m_document->reader(), evidence));
        if (!QDesktopServices::openUrl(url))
            return tr("No application could open %1.").arg(url.toDisplayString());
    } catch (const Error& error) {
        return error.message();
    }
    return {};
}

EditResult EvidencePanel::submit(EvidenceRequest request)
{
    request.update = m_target.addToUpdate;
    if (!request.update) {
        request.quarter = m_target.quarter;
        request.line = m_target.line;
    }
    const EditResult result = m_document->addEvidence(request);
    refresh();
    return result;
}

} // namespace pml
