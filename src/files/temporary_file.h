#pragma once

#include <QString>

namespace pml::files {

// A new, empty file beside `target` ("<target>.tmp-XXXXXX"), held by this process with
// an advisory lock for as long as the object lives. Destroying it without commitTo()
// removes it. A crash leaves the file behind, but unheld, and sweepLeftovers() then
// removes it: the next run that writes or opens `target` cleans up.
class TemporaryFile {
public:
    explicit TemporaryFile(const QString& target);
    ~TemporaryFile();
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;

    const QString& path() const { return m_path; }
    // Flushes it to the disk and renames it to `target`: over an existing file when
    // `replace`, otherwise only while the name is free. Throws pml::Error on failure.
    void commitTo(const QString& target, bool replace);

private:
    void removeAll();

    QString m_path;
    int m_fd = -1;
    bool m_committed = false;
};

// Removes leftovers of TemporaryFile beside `target` (with their "-journal"-style
// companions) that no running program holds. Never touches anything else.
void sweepLeftovers(const QString& target);

} // namespace pml::files
