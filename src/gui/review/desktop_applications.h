#pragma once

#include <QMimeType>
#include <QString>
#include <QStringList>

namespace pml {

// Whether the desktop lists an application for files of `mime` or of a type it derives
// from, as the freedesktop.org lists say (mimeapps.list, mimeinfo.cache under the data and
// configuration folders). Opening a file hands it to the desktop, which never says whether
// anything opened it; asking first lets the window say so and offer to save a copy.
bool hasApplicationFor(const QMimeType& mime);

// The same, reading the lists in these folders (`applicationFolders`: the
// ".../applications" folders; `configFolders`: where mimeapps.list may be).
bool hasApplicationFor(const QMimeType& mime, const QStringList& applicationFolders,
                       const QStringList& configFolders);

} // namespace pml
