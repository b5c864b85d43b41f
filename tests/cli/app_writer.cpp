// The application's edit path without a person at the keyboard, for fault tests: opens a
// tracker as the window does (TrackerDocument) and records updates through its undo
// commands, or reads it as the window's loader does, printing each step when it is done.
//   pml_app_writer write DB COUNT PREFIX   prints "recorded PREFIX-N" after each update
//   pml_app_writer read DB COUNT           loads the snapshot COUNT times
#include "core/error.h"
#include "gui/document/tracker_document.h"
#include "storage/tracker_store.h"

#include <QApplication>
#include <QTextStream>

#include <iostream>

using namespace pml;

namespace {

int write(TrackerDocument& document, int count, const QString& prefix)
{
    int refused = 0;
    const QStringList codes{"14.C1", "6.C7", "21.C1", "1.ML2", "20.L2"};
    for (int i = 0; i < count && refused == 0; ++i) {
        UpdateRequest request;
        request.activity = codes.at(i % codes.size());
        request.effectiveDate = document.today();
        request.status = Status::InProgress;
        request.percent = 1 + i % 99;
        request.note = QStringLiteral("%1-%2").arg(prefix).arg(i);
        request.recordedBy = QStringLiteral("tester"); // the fixture tracker's creator
        if (const EditResult result = document.recordUpdates({request}); !result.done()) {
            std::cerr << "refused: " << result.refusal.toStdString() << std::endl;
            ++refused;
        }
        if (refused == 0) {
            std::cout << "recorded " << request.note.toStdString() << std::endl;
        }
    }
    return refused == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::cerr << "usage: pml_app_writer write|read DB COUNT [PREFIX]" << std::endl;
        return 2;
    }
    try {
        const int count = args.at(3).toInt();
        if (args.at(1) == QLatin1String("read")) {
            auto store = openTrackerFile(args.at(2), OpenMode::ReadOnly);
            for (int i = 0; i < count; ++i) {
                store->loadSnapshot(true);
            }
            return 0;
        }
        TrackerDocument document(openTrackerFile(args.at(2), OpenMode::ReadWrite));
        document.setUserName(QStringLiteral("app"));
        return write(document, count, args.value(4, QStringLiteral("app")));
    } catch (const Error& e) {
        std::cerr << "error: " << e.message().toStdString() << std::endl;
        return 1;
    }
}
