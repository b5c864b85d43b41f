#include "consistent_copy.h"

#include "core/error.h"
#include "core/messages.h"
#include "files/temporary_file.h"

#include <QDir>

namespace pml {

void writeCopyAtomically(const QString& source, const QString& target, bool replace,
                         const std::function<void(const QString& temporaryFile)>& copyInto)
{
    files::TemporaryFile temp(target);
    try {
        copyInto(temp.path());
    } catch (const Error& e) {
        // The statement's message names the tracker; the copy is what failed.
        throw Error(Messages::tr("%1 could not be copied to %2. %3")
                        .arg(source, QDir::toNativeSeparators(target), e.message()),
                    e.details());
    }
    temp.commitTo(target, replace);
}

} // namespace pml
