#include "core/error.h"
#include "report/report_writers.h"
#include "report/xlsx_error.h"
#include "report_fixture.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <cerrno>
#include <cstring>
#include <functional>
#include <xlsxwriter.h>

using namespace pml;

namespace {

ReportModel fixtureReport()
{
    const Snapshot snapshot = pml::test::reportSnapshot();
    return buildReport(snapshot, snapshot.updates,
                       pml::test::quarterOptions(2026, 3, std::nullopt, QStringLiteral("en")),
                       pml::test::testMeta());
}

Error refusalOf(const std::function<void()>& body)
{
    try {
        body();
    } catch (const Error& error) {
        return error;
    }
    FAIL("expected a pml::Error");
    return Error(QString());
}

// Restores TMPDIR when the test ends, however it ends.
struct TemporaryFolderVariable {
    explicit TemporaryFolderVariable(const QByteArray& value)
        : saved(qgetenv("TMPDIR"))
    {
        qputenv("TMPDIR", value);
    }
    ~TemporaryFolderVariable() { qputenv("TMPDIR", saved); }
    QByteArray saved;
};

} // namespace

TEST_CASE("a spreadsheet that cannot be finished is explained without the library's text",
          "[xlsx][failures]")
{
    const Error full = xlsx::closeError(LXW_ERROR_CREATING_TMPFILE, ENOSPC);
    CHECK(full.message() == "Could not write the spreadsheet: the disk is full.");
    CHECK(full.details().contains(QString::fromUtf8(lxw_strerror(LXW_ERROR_CREATING_TMPFILE))));

    const Error denied = xlsx::closeError(LXW_ERROR_CREATING_XLSX_FILE, EACCES);
    CHECK(denied.message() == "Could not write the spreadsheet: you do not have permission to "
                              "use this file or its folder.");

    const Error zip = xlsx::closeError(LXW_ERROR_ZIP_FILE_OPERATION, 0);
    CHECK(zip.message() == "Could not write the spreadsheet: its temporary files could not be "
                           "written; the disk may be full.");

    const Error memory = xlsx::closeError(LXW_ERROR_MEMORY_MALLOC_FAILED, ENOMEM);
    CHECK(memory.message() == "Could not write the spreadsheet: there was not enough memory.");

    for (const lxw_error code :
         {LXW_ERROR_CREATING_TMPFILE, LXW_ERROR_ZIP_CLOSE, LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED,
          LXW_ERROR_MEMORY_MALLOC_FAILED, LXW_ERROR_PARAMETER_VALIDATION}) {
        const Error error = xlsx::closeError(code, EIO);
        INFO(error.message().toStdString());
        CHECK_FALSE(error.message().contains(QString::fromUtf8(lxw_strerror(code))));
        CHECK_FALSE(error.message().contains(QString::fromLocal8Bit(std::strerror(EIO))));
    }
}

TEST_CASE("a spreadsheet without a temporary folder says why in plain words", "[xlsx][failures]")
{
    const ReportModel model = fixtureReport();
    // A folder that exists but where no one can create anything (Qt falls back to /tmp
    // when TMPDIR is not a folder, and permissions do not stop root).
    const TemporaryFolderVariable proc("/proc");
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Error error = refusalOf([&] { writeReport(model, ReportFormat::Xlsx, buffer); });
    INFO(error.message().toStdString());
    CHECK(error.message().startsWith("Could not create a temporary folder for the spreadsheet: "));
    CHECK_FALSE(error.details().isEmpty());
    CHECK_FALSE(error.message().contains(error.details()));
    CHECK(buffer.size() == 0);
}

TEST_CASE("a report written to a full device says the disk is full", "[writers][failures]")
{
    QFile full(QStringLiteral("/dev/full"));
    REQUIRE(full.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    const ReportModel model = fixtureReport();
    for (const ReportFormat format : {ReportFormat::Csv, ReportFormat::Json, ReportFormat::Html}) {
        const Error error = refusalOf([&] { writeReport(model, format, full); });
        INFO(reportFormatKey(format).toStdString());
        CHECK(error.message() == "Could not write the report: the disk is full.");
        CHECK_FALSE(error.message().contains(QString::fromLocal8Bit(std::strerror(ENOSPC))));
        CHECK(error.details() == QString::fromLocal8Bit(std::strerror(ENOSPC)));
    }
}
