#pragma once

#include "review.h"

#include <QByteArray>
#include <QDateTime>
#include <QFileInfo>
#include <QString>

#include <optional>

namespace pml {

// A file kept inside the tracker, or a link, supporting an update or a line's quarter
// (its narrative). Never deleted: a wrong one is withdrawn, with a reason.
struct Evidence {
    enum class Kind { File, Link };
    qint64 id = 0;
    Kind kind = Kind::File;
    std::optional<qint64> update;   // the update it supports, or
    QString activity;               // (that update's activity, for display)
    std::optional<Quarter> quarter; // the line's quarter it supports
    int line = 0;
    QString name; // the file's name, or the link itself
    QString url;  // links only
    QString mime; // files only
    qint64 size = 0;
    QByteArray sha256; // hex, files only
    QDateTime recordedAt;
    QString recordedBy;
    bool withdrawn = false;
    QString withdrawalReason;
};

// The largest file kept as evidence: 20 MiB. Larger documents are linked instead, so a
// tracker stays small enough to copy and send.
qint64 maxEvidenceBytes();
// Exact figures, in bytes formatted for the user's locale.
std::optional<QString> evidenceSizeProblem(const QString& name, qint64 size);
// A link must be an absolute http, https or ftp address with a host, and nothing that
// makes it read as another address: no user information ("site@other") and no control
// or direction-changing characters. Checked when adding and again before every opening,
// since a tracker file can be written by anyone.
std::optional<QString> evidenceLinkProblem(const QString& url);
// A file name kept with evidence: the name only, no folders, "." or "..", control or
// direction-changing characters.
std::optional<QString> evidenceNameProblem(const QString& name);
// The name to give a file copied out of the tracker: never a path, whatever is stored.
// The stored name's last component when it is a proper name, else "evidence-ID".
QString evidenceFileName(const Evidence& evidence);
// A file offered as evidence, before it is read: a symbolic link (named with its
// target), anything but an ordinary file, or a file over the limit is refused.
std::optional<QString> evidenceFileProblem(const QFileInfo& file);
// After reading: an ordinary file holds what the system says it holds; a system file
// (such as those under /proc) reports one size and reads another.
std::optional<QString> evidenceReadProblem(const QFileInfo& file, qint64 bytesRead);
// Why the evidence of a line's narrative for `quarter` cannot change in `state`: only
// while the quarter is open or returned (what was submitted stays as submitted). None
// when it can.
std::optional<QString> quarterEvidenceProblem(int line, const Quarter& quarter, ReviewState state);

} // namespace pml
