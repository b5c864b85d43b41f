#pragma once

#include "storage/tracker_store.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace pml::test {

// The bundled strategy with a start date, no assignments and no history.
TrackerContent freshContent();
// freshContent() plus a few updates, a withdrawal and assignments, with fixed times.
TrackerContent sampleContent();

QByteArray readBytes(const QString& file);
void writeBytes(const QString& file, const QByteArray& bytes);
// Files in a folder, sorted (to prove nothing was left behind).
QStringList folderEntries(const QString& folder);

// A tracker database at schema version 1, written with migration 1 only.
void createVersion1Database(const QString& file, const TrackerContent& content);

UpdateRequest request(const QString& code, Status status, std::optional<int> percent,
                      const QDate& date, const QString& note = {});

// Runs `body` and returns the pml::Error message it threw (fails the test if none).
template <typename Body>
QString errorOf(Body&& body);

} // namespace pml::test

#include "core/error.h"

#include <catch2/catch.hpp>

template <typename Body>
QString pml::test::errorOf(Body&& body)
{
    try {
        body();
    } catch (const pml::Error& e) {
        return e.message();
    }
    FAIL("expected a pml::Error");
    return {};
}
