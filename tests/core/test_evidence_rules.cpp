// Evidence that is safe to keep and to open, and people's names: core's rules.
#include "core/evidence.h"
#include "core/format.h"
#include "core/review.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace pml;

namespace {

Evidence storedAs(const QString& name)
{
    Evidence e;
    e.id = 7;
    e.name = name;
    return e;
}

} // namespace

TEST_CASE("a stored name is never a path: only its last proper component", "[evidence]")
{
    CHECK(evidenceFileName(storedAs(QStringLiteral("acta.pdf"))) == QStringLiteral("acta.pdf"));
    CHECK(evidenceFileName(storedAs(QStringLiteral("../../x"))) == QStringLiteral("x"));
    CHECK(evidenceFileName(storedAs(QStringLiteral("/etc/passwd"))) == QStringLiteral("passwd"));
    CHECK(evidenceFileName(storedAs(QStringLiteral("..\\..\\y.txt"))) == QStringLiteral("y.txt"));
    CHECK(evidenceFileName(storedAs(QStringLiteral(".."))) == QStringLiteral("evidence-7"));
    CHECK(evidenceFileName(storedAs(QStringLiteral("a/"))) == QStringLiteral("evidence-7"));
    CHECK(evidenceFileName(storedAs(QStringLiteral("fdp.exe") + QChar(0x202E))) ==
          QStringLiteral("evidence-7"));
}

TEST_CASE("names with folders, dots or direction characters are refused", "[evidence]")
{
    CHECK(evidenceNameProblem(QStringLiteral("..")));
    CHECK(evidenceNameProblem(QStringLiteral(".")));
    CHECK(evidenceNameProblem(QStringLiteral("../x")));
    CHECK(evidenceNameProblem(QStringLiteral("fdp") + QChar(0x202E) + QStringLiteral("exe.pdf")));
    CHECK_FALSE(evidenceNameProblem(QStringLiteral("informe..final.pdf")));
}

TEST_CASE("links: user information and control or direction characters are refused", "[evidence]")
{
    CHECK_FALSE(evidenceLinkProblem(QStringLiteral("https://trusted.gob.pe/x")));
    const auto userInfo =
        evidenceLinkProblem(QStringLiteral("https://trusted.gob.pe@evil.example/x"));
    REQUIRE(userInfo);
    CHECK(userInfo->contains(QStringLiteral("user")));
    for (char16_t c : {0x202A, 0x202E, 0x2066, 0x2069, 0x200E, 0x200F, 0x0007, 0x001B}) {
        const QString url =
            QStringLiteral("https://example.org/a") + QChar(c) + QStringLiteral("b");
        CAPTURE(int(c));
        const auto problem = evidenceLinkProblem(url);
        REQUIRE(problem);
        CHECK(problem->contains(QStringLiteral("character")));
    }
    CHECK(evidenceLinkProblem(QStringLiteral("javascript:alert(1)")));
    CHECK(evidenceLinkProblem(QStringLiteral("file:///etc/passwd")));
}

TEST_CASE("the size refusal gives exact figures", "[evidence]")
{
    const auto problem = evidenceSizeProblem(QStringLiteral("big21"), maxEvidenceBytes() + 1);
    REQUIRE(problem);
    CHECK(problem->contains(QLocale().toString(qint64(20971521)) + QStringLiteral(" bytes")));
    CHECK(problem->contains(QLocale().toString(qint64(20971520)) + QStringLiteral(" bytes")));
    CHECK(problem->contains(QStringLiteral("(20 MiB)")));
}

TEST_CASE("a file offered as evidence: links and system files are not ordinary files", "[evidence]")
{
    QTemporaryDir dir;
    const QString real = dir.filePath(QStringLiteral("acta.txt"));
    {
        QFile out(real);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("acta");
    }
    CHECK_FALSE(evidenceFileProblem(QFileInfo(real)));
    const QString link = dir.filePath(QStringLiteral("enlace.txt"));
    REQUIRE(QFile::link(real, link));
    const auto linked = evidenceFileProblem(QFileInfo(link));
    REQUIRE(linked);
    CHECK(linked->contains(QStringLiteral("symbolic link")));
    CHECK(linked->contains(real));
    const auto folder = evidenceFileProblem(QFileInfo(dir.path()));
    REQUIRE(folder);
    CHECK(folder->contains(QStringLiteral("not an ordinary file")));
    // /proc/self/status says it holds 0 bytes, and reads more.
    const QFileInfo status(QStringLiteral("/proc/self/status"));
    const auto read = evidenceReadProblem(status, 900);
    REQUIRE(read);
    CHECK(read->contains(QStringLiteral("not an ordinary file")));
    CHECK_FALSE(read->contains(QStringLiteral("empty")));
}

TEST_CASE("people's names compare in composed form, without regard to case", "[people]")
{
    const QString composed = QStringLiteral("Jos") + QChar(0x00E9);
    const QString decomposed = QStringLiteral("Jose") + QChar(0x0301);
    CHECK(normalizedPersonName(decomposed) == composed);
    CHECK(samePersonName(decomposed, composed));
    CHECK(samePersonName(QStringLiteral("JOS") + QChar(0x00C9), composed));
    const QList<Person> people{{composed, {Role::Monitor}, true},
                               {QStringLiteral("ana"), {Role::Monitor}, true}};
    REQUIRE(findPerson(people, decomposed));
    CHECK(findPerson(people, decomposed)->name == composed);
    CHECK(findPerson(people, QStringLiteral("ANA"))->name == QStringLiteral("ana"));
}

TEST_CASE("a removed person is told they were removed, when and by whom", "[people]")
{
    const QList<Person> people{{QStringLiteral("luis"), {Role::Monitor}, false}};
    const auto problem = permissionProblem(people, QStringLiteral("Luis"), Role::Monitor,
                                           QStringLiteral("record updates"));
    REQUIRE(problem);
    CHECK(problem->contains(QStringLiteral("removed")));
    CHECK_FALSE(problem->contains(QStringLiteral("not among")));
    const QString full =
        removedPersonProblem(QStringLiteral("luis"), QStringLiteral("record updates"),
                             QDateTime(QDate(2026, 5, 4), QTime(10, 30)), QStringLiteral("admin"));
    CHECK(full.contains(dateText(QDate(2026, 5, 4))));
    CHECK(full.contains(QStringLiteral("by admin")));
}
