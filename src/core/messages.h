#pragma once

#include <QCoreApplication>

namespace pml {

// Translation context "pml" for messages written outside QObject classes (storage,
// engine, command line). lupdate reads the declared context, so the catalogue and the
// lookup at run time agree whatever namespace or class the call sits in.
class Messages {
    Q_DECLARE_TR_FUNCTIONS(pml)
};

} // namespace pml
