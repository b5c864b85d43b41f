#include "xlsx_error.h"

#include "core/messages.h"
#include "files/system_error.h"

#include <xlsxwriter.h>

namespace pml::xlsx {
namespace {

bool isFileStep(int code)
{
    switch (code) {
    case LXW_ERROR_CREATING_XLSX_FILE:
    case LXW_ERROR_CREATING_TMPFILE:
    case LXW_ERROR_READING_TMPFILE:
    case LXW_ERROR_ZIP_FILE_OPERATION:
    case LXW_ERROR_ZIP_FILE_ADD:
    case LXW_ERROR_ZIP_CLOSE:
        return true;
    default:
        return false;
    }
}

QString problemOf(int code, int systemCode)
{
    if (code == LXW_ERROR_MEMORY_MALLOC_FAILED) {
        return Messages::tr("there was not enough memory");
    }
    if (!isFileStep(code)) {
        return Messages::tr("the spreadsheet could not be completed (internal error %1)").arg(code);
    }
    const files::FileProblem problem = files::problemOfErrno(systemCode);
    return problem == files::FileProblem::Other
               ? Messages::tr("its temporary files could not be written; the disk may be full")
               : files::problemText(problem);
}

} // namespace

Error closeError(int code, int systemCode)
{
    QString details = QString::fromUtf8(lxw_strerror(lxw_error(code)));
    if (systemCode != 0) {
        details += QStringLiteral(" (") + qt_error_string(systemCode) + QLatin1Char(')');
    }
    return Error(
        Messages::tr("Could not write the spreadsheet: %1.").arg(problemOf(code, systemCode)),
        details);
}

} // namespace pml::xlsx
