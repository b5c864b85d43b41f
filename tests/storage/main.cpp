#define CATCH_CONFIG_RUNNER
#include "durability_child.h"

#include <QCoreApplication>

#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // The durability test runs this binary again as the process it kills.
    if (argc == 3 && QByteArray(argv[1]) == pml::test::kRecordForever) {
        return pml::test::recordForever(QString::fromLocal8Bit(argv[2]));
    }
    return Catch::Session().run(argc, argv);
}
