#pragma once

#include <QApplication>

#include <exception>

namespace pml {

// The desktop application. Its one addition is a last resort, as the command line has
// (src/cli/main.cpp): an exception that no slot or event handler caught ends at notify()
// instead of ending the program. The user gets one sentence (the exception's own text
// goes only into the details and the log); every write is one transaction, so what
// failed half-way was rolled back and the tracker holds only whole changes; the window
// goes on working.
class Application : public QApplication {
    Q_OBJECT
public:
    Application(int& argc, char** argv);
    bool notify(QObject* receiver, QEvent* event) override;
};

// The sentence shown for an unexpected failure.
QString unexpectedErrorSentence();
// Logs `details` and shows unexpectedErrorSentence() in a message box (objectName
// "unexpectedErrorBox", not modal, so nothing waits on it) with `details` in its
// details part. Another failure while it is open adds to the same box.
void reportUnexpectedError(const QString& details);
// Only logs `details`: for worker threads, which show nothing themselves.
void logUnexpectedError(const QString& details);
// The details of the exception being handled (inside a catch block).
QString currentExceptionDetails();

} // namespace pml
