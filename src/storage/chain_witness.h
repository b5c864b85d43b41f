#pragma once

#include "tracker_store.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pml {

// What this computer remembers of the trackers it has opened or checked, outside them (in
// the user's settings, by tracker identity): how far their audit chain went. Every copy of
// the program is so a witness: a tracker rolled back to an older copy, or with the end of
// its history rewritten, is noticed the next time it is opened here.
class ChainWitness {
public:
    // The user's own settings file (pml-tracker/witness.ini in the settings folder), or
    // `file` (tests).
    explicit ChainWitness(const QString& file = {});

    std::optional<ChainMark> seen(const QByteArray& origin) const;
    void remember(const ChainMark& mark, const TrackerLocation& location, const QDate& today);

    struct Entry {
        ChainMark mark;
        QString location; // where it was last seen, as the user named it
    };
    QList<Entry> all() const;
    const QString& file() const { return m_file; }

private:
    QString m_file;
};

// The tamper checks on opening a tracker (TrackerStore::checkOnOpening()) from what
// `witness` remembers of it; a clean chain is remembered for the next time. Returns the
// problems, each a sentence; a tracker with problems is made to refuse every write.
QStringList verifyOnOpening(TrackerStore& store, ChainWitness& witness, const QDate& today);

} // namespace pml
