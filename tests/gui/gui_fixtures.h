#pragma once

#include "gui/document/tracker_document.h"

#include <QDesktopServices>
#include <QObject>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>
#include <memory>

namespace pml::test {

// A tracker created from the bundled strategy in a temporary folder; its schedule
// starts two years ago, so planned figures are well under way today.
struct TempTracker {
    TempTracker();
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<TrackerDocument> open(OpenMode mode = OpenMode::ReadWrite) const;
};

// The document's store itself, for tests that check what was written; the window's views
// read through TrackerDocument::reader() and cannot reach it.
struct DocumentProbe {
    static TrackerStore& store(TrackerDocument& document) { return document.store(); }
};
inline TrackerStore& storeOf(TrackerDocument& document)
{
    return DocumentProbe::store(document);
}

// Processes events until `done` holds or `milliseconds` pass; returns `done()`.
bool waitFor(const std::function<bool()>& done, int milliseconds = 10000);

// One update request for `code`, recorded today.
UpdateRequest updateRequest(const QString& code, Status status, std::optional<int> percent,
                            const QString& note = {});

// The figures the engine gives for what is stored in the tracker now.
Progress storedProgress(TrackerStore& store, const QDate& asOf);

// Lists `name` in the document's tracker with `roles`, as its creator (the system
// user, an admin) would; the document keeps its acting user.
void addPerson(TrackerDocument& document, const QString& name,
               const QList<Role>& roles = allRoles());
// Lists `name` with `roles` and makes them the document's acting user.
void actAs(TrackerDocument& document, const QString& name, const QList<Role>& roles = allRoles());

// Catches what the program asks the desktop to open (QDesktopServices::openUrl) for
// file, http and https addresses while it lives, so no application starts in tests.
class OpenedUrls : public QObject {
    Q_OBJECT
public:
    OpenedUrls();
    ~OpenedUrls() override;
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl& url) { urls.append(url); }
};

} // namespace pml::test
