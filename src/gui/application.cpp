#include "gui/application.h"

#include "core/error.h"

#include <QException>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPointer>

#include <new>
#include <typeinfo>

namespace pml {
namespace {

Q_LOGGING_CATEGORY(lcUnexpected, "pml.unexpected")

struct LastResort {
    Q_DECLARE_TR_FUNCTIONS(pml::Application)
};

} // namespace

Application::Application(int& argc, char** argv)
    : QApplication(argc, argv)
{
}

bool Application::notify(QObject* receiver, QEvent* event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (...) {
        // Leaving an exception here would end the program with the user's work on screen.
        reportUnexpectedError(currentExceptionDetails());
    }
    return false;
}

QString unexpectedErrorSentence()
{
    return LastResort::tr("Something went wrong inside PML Tracker and what you were doing "
                          "did not finish. The tracker is safe: each change is saved whole "
                          "or not at all. You can go on working; if this happens again, "
                          "please report it with the details.");
}

QString currentExceptionDetails()
{
    try {
        throw;
    } catch (const QUnhandledException& wrapped) {
        // What a worker thread threw, as QFuture::result() hands it on.
        if (!wrapped.exception())
            return QStringLiteral("an exception in a worker thread");
        try {
            std::rethrow_exception(wrapped.exception());
        } catch (...) {
            return currentExceptionDetails();
        }
    } catch (const Error& error) {
        return error.message();
    } catch (const std::bad_alloc&) {
        return QStringLiteral("out of memory (std::bad_alloc)");
    } catch (const std::exception& error) {
        return QStringLiteral("%1: %2").arg(QString::fromLatin1(typeid(error).name()),
                                            QString::fromLocal8Bit(error.what()));
    } catch (...) {
        return QStringLiteral("an exception of unknown type");
    }
}

void logUnexpectedError(const QString& details)
{
    qCCritical(lcUnexpected).noquote() << "Unexpected exception:" << details;
}

void reportUnexpectedError(const QString& details)
{
    logUnexpectedError(details);
    static QPointer<QMessageBox> box;
    if (box) {
        box->setDetailedText(box->detailedText() + QLatin1Char('\n') + details);
        return;
    }
    box = new QMessageBox(QMessageBox::Warning, LastResort::tr("Unexpected Error"),
                          unexpectedErrorSentence(), QMessageBox::Close);
    box->setObjectName(QStringLiteral("unexpectedErrorBox"));
    box->setDetailedText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->show();
}

} // namespace pml
