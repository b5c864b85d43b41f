#pragma once

#include "core/error.h"

namespace pml::xlsx {

// libxlsxwriter's failure to finish a workbook as a sentence for the user: `code` is
// its lxw_error and `systemCode` the errno it left. The library's own text is kept only
// in the error's details.
Error closeError(int code, int systemCode);

} // namespace pml::xlsx
