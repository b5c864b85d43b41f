#define CATCH_CONFIG_RUNNER
#include <QGuiApplication>

#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    // PDF writing needs a QGuiApplication for fonts, never a display; test discovery
    // runs this binary with no environment, so choose the offscreen platform here.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
