// EvidencePanel's writes and opening evidence: files in and out of the tracker, links.
#include "core/error.h"
#include "files/atomic_file.h"
#include "files/input_file.h"
#include "files/system_error.h"
#include "gui/review/desktop_applications.h"
#include "gui/review/evidence_panel.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPushButton>
#include <QStandardPaths>
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
    // One folder per evidence keeps the original name (viewers choose by its extension);
    // only its last component, so a stored name never chooses where the copy goes.
    const QString folder = evidenceFolder().filePath(QString::number(evidence.id));
    const QString path = QDir(folder).filePath(evidenceFileName(evidence));
    if (QFileInfo(path).isFile() && !QFileInfo(path).isSymLink())
        return path; // the content never changes: evidence is never edited
    const QByteArray content = tracker.evidenceContent(evidence.id); // checks its SHA-256
    if (!QDir().mkpath(folder))
        throw Error(EvidencePanel::tr("Cannot write the temporary copy %1.")
                        .arg(QDir::toNativeSeparators(path)));
    files::writeNewFile(path, content);
    // Read-only: an edit in the viewer would not reach the tracker, so none is offered.
    QFile::setPermissions(path, QFileDevice::ReadOwner);
    return path;
}

EditResult EvidencePanel::addFile(const QString& path)
{
    EvidenceRequest request;
    request.name = QFileInfo(path).fileName();
    try {
        request.content = files::readEvidenceFile(path);
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
    m_unopenable = 0;
    try {
        const Evidence evidence = m_document->reader().evidence(id);
        if (evidence.kind == Evidence::Kind::Link) {
            // Checked again: the tracker file may have been written by other means.
            if (const auto problem = evidenceLinkProblem(evidence.url))
                return tr("Evidence %1 is not opened: %2.").arg(id).arg(*problem);
            if (!(m_confirmLink ? m_confirmLink(evidence.url) : askToOpenLink(evidence.url)))
                return {};
        }
        if (evidence.kind == Evidence::Kind::File) {
            const QMimeType type = QMimeDatabase().mimeTypeForFileNameAndData(
                evidenceFileName(evidence), QByteArray());
            if (!(m_hasApplication ? m_hasApplication(type) : hasApplicationFor(type))) {
                m_unopenable = id;
                return tr("No application on this computer opens %1 (%2). Save a copy and "
                          "open it on a computer that has one.")
                    .arg(evidenceFileName(evidence), type.comment());
            }
        }
        const QUrl url = evidence.kind == Evidence::Kind::Link
                             ? QUrl(evidence.url, QUrl::StrictMode)
                             : QUrl::fromLocalFile(extractEvidence(m_document->reader(), evidence));
        if (!QDesktopServices::openUrl(url)) {
            m_unopenable = evidence.kind == Evidence::Kind::File ? id : 0;
            return tr("No application could open %1.").arg(url.toDisplayString());
        }
    } catch (const Error& error) {
        return error.message();
    }
    return {};
}

void EvidencePanel::setApplicationCheck(std::function<bool(const QMimeType&)> check)
{
    m_hasApplication = std::move(check);
}

QString EvidencePanel::saveCopy(qint64 id, const QString& path)
{
    try {
        files::AtomicFile::write(path, m_document->reader().evidenceContent(id),
                                 m_document->location().filesToProtect());
    } catch (const Error& error) {
        return error.message();
    }
    return {};
}

void EvidencePanel::offerCopy(qint64 id, const QString& why)
{
    QMessageBox box(QMessageBox::Information, tr("Open Evidence"), why, QMessageBox::Close, this);
    QPushButton* save = box.addButton(tr("&Save a Copy…"), QMessageBox::AcceptRole);
    box.setDefaultButton(save);
    box.exec();
    if (box.clickedButton() != save)
        return;
    QString name;
    try {
        name = evidenceFileName(m_document->reader().evidence(id));
    } catch (const Error&) {
        name = QStringLiteral("evidence-%1").arg(id);
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a Copy of the Evidence"),
                                                      QDir(folder).filePath(name));
    if (path.isEmpty())
        return;
    const QString refusal = saveCopy(id, path);
    showResult({refusal}, tr("Saved a copy as %1.").arg(QDir::toNativeSeparators(path)));
}

void EvidencePanel::setLinkConfirmation(std::function<bool(const QString&)> confirm)
{
    m_confirmLink = std::move(confirm);
}

bool EvidencePanel::askToOpenLink(const QString& address)
{
    // The whole address, as stored, so the person sees which site they are sent to.
    return QMessageBox::question(this, tr("Open Link"),
                                 tr("Open this address in the web browser?\n\n%1").arg(address),
                                 QMessageBox::Open | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Open;
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
