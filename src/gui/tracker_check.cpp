#include "gui/tracker_check.h"

#include "core/error.h"
#include "gui/application.h"
#include "storage/tracker_check.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace pml {
namespace {

constexpr int kShownProblems = 8;

// The translation context of this file's sentences.
class TrackerCheck {
    Q_DECLARE_TR_FUNCTIONS(pml::TrackerCheck)
};

void showResult(QWidget* parent, const QString& name, const TrackerCheckResult& result)
{
    auto* box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("trackerCheckBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(TrackerCheck::tr("Check Tracker"));
    if (!result.failure.isEmpty()) {
        box->setIcon(QMessageBox::Warning);
        box->setText(TrackerCheck::tr("%1 could not be checked: %2").arg(name, result.failure));
    } else if (result.problems.isEmpty()) {
        box->setIcon(QMessageBox::Information);
        box->setText(TrackerCheck::tr("%1: no problems found. Its history, review steps, evidence "
                                      "and audit log are as the program wrote them.")
                         .arg(name));
    } else {
        box->setIcon(QMessageBox::Warning);
        const QStringList shown = result.problems.mid(0, kShownProblems);
        QString text =
            TrackerCheck::tr("%1: %n problem(s) found.", nullptr, int(result.problems.size()))
                .arg(name) +
            QStringLiteral("\n\n• ") + shown.join(QStringLiteral("\n• "));
        if (result.problems.size() > kShownProblems)
            text += QStringLiteral("\n\n") +
                    TrackerCheck::tr("All of them are under \"Show Details…\".");
        box->setText(text);
        box->setDetailedText(result.problems.join(QLatin1Char('\n')));
    }
    box->show();
}

} // namespace

QFuture<TrackerCheckResult> checkTrackerInBackground(const TrackerLocation& location,
                                                     const QDate& today)
{
    return QtConcurrent::run([location, today] {
        TrackerCheckResult result;
        try {
            // A connection belongs to the thread that opened it.
            auto store = openTracker(location, OpenMode::ReadOnly);
            ChainWitness witness;
            result.problems = trackerProblems(*store, witness, today);
        } catch (const Error& error) {
            result.failure = error.message();
        } catch (...) {
            logUnexpectedError(currentExceptionDetails());
            result.failure = unexpectedErrorSentence();
        }
        return result;
    });
}

void checkTrackerInWindow(QWidget* parent, const TrackerLocation& location, const QDate& today)
{
    auto* progress = new QProgressDialog(
        TrackerCheck::tr("Checking %1…").arg(location.displayName()), QString(), 0, 0, parent);
    progress->setWindowTitle(TrackerCheck::tr("Check Tracker"));
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(300);
    auto* watcher = new QFutureWatcher<TrackerCheckResult>(progress);
    const QString name = location.displayName();
    QObject::connect(watcher, &QFutureWatcherBase::finished, progress, [=] {
        showResult(parent, name, watcher->result());
        progress->close();
    });
    watcher->setFuture(checkTrackerInBackground(location, today));
}

} // namespace pml
