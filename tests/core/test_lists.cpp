// The lists every view and report shows, and how figures and dates are written.
#include "core/clock.h"
#include "core/enums.h"
#include "core/format.h"

#include <QLocale>

#include <catch2/catch.hpp>

using namespace pml;

TEST_CASE("every status, schedule and horizon once, in the documented order", "[enums]")
{
    CHECK(allStatuses() == QList<Status>{Status::NotStarted, Status::InProgress, Status::Completed,
                                         Status::Suspended, Status::Cancelled});
    // Worst first, so what needs attention leads; no data last.
    CHECK(allSchedules() == QList<Schedule>{Schedule::Late, Schedule::AtRisk, Schedule::OnTrack,
                                            Schedule::NotDue, Schedule::Completed,
                                            Schedule::Cancelled, Schedule::NoData});
    CHECK(allHorizons() ==
          QList<Horizon>{Horizon::Short, Horizon::Medium, Horizon::Long, Horizon::MediumLong});
    // Each key once: a value added to an enum must be added to its list.
    QStringList keys;
    for (Schedule s : allSchedules()) {
        keys << scheduleKey(s);
    }
    CHECK(keys.removeDuplicates() == 0);
    CHECK(keys.size() == int(Schedule::Cancelled) + 1);
}

TEST_CASE("the languages are Spanish first, then English, each named in itself", "[enums]")
{
    CHECK(languageKeys() == QStringList{QStringLiteral("es"), QStringLiteral("en")});
    CHECK(languageName(QStringLiteral("es")) == QStringLiteral("Español"));
    CHECK(languageName(QStringLiteral("en")) == QStringLiteral("English"));
    CHECK(isLanguage(QStringLiteral("en")));
    CHECK_FALSE(isLanguage(QStringLiteral("fr")));
}

TEST_CASE("percents have one decimal in the locale, a dash when there is none", "[format]")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    CHECK(formatPercent(45.26) == QStringLiteral("45,3 %"));
    CHECK(formatPercent(std::nullopt) == QStringLiteral("—"));
    CHECK(dateText(QDate(2026, 9, 3)) == QStringLiteral("03/09/2026"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(formatPercent(100) == QStringLiteral("100.0 %"));
    QLocale::setDefault(before);
}

TEST_CASE("today is the system's date unless fixed", "[clock]")
{
    {
        const TodayFixed fixed(QDate(2026, 3, 31));
        CHECK(today() == QDate(2026, 3, 31));
        {
            const TodayFixed later(QDate(2026, 4, 1));
            CHECK(today() == QDate(2026, 4, 1));
        }
        CHECK(today() == QDate(2026, 3, 31)); // back to what was fixed before
    }
    setToday(QDate(2030, 1, 2));
    CHECK(today() == QDate(2030, 1, 2));
    setToday({});
    CHECK(today().isValid());
    CHECK(today() != QDate(2030, 1, 2));
}
