#include "core/settings.h"

#include <catch2/catch.hpp>

using namespace pml;

namespace {

Settings valid()
{
    Settings s;
    s.start = QDate(2024, 1, 1);
    return s;
}

// Applies and checks that a refusal names `mention` and leaves the settings unchanged.
void refused(const QString& key, const QString& value, const QString& mention)
{
    Settings s = valid();
    const Settings before = s;
    const auto error = applySetting(s, key, value);
    INFO(key.toStdString() << " = " << value.toStdString());
    REQUIRE(error);
    CHECK(error->contains(mention));
    CHECK(s == before);
}

} // namespace

TEST_CASE("setting keys and their default values", "[settings]")
{
    CHECK(settingKeys() == QStringList{"rollup.mode", "schedule.start", "schedule.short_years",
                                       "schedule.medium_years", "schedule.long_years",
                                       "schedule.at_risk_gap", "schedule.late_gap",
                                       "report.institution", "report.logo"});
    const Settings s = valid();
    CHECK(settingValue(s, "rollup.mode") == "objectives");
    CHECK(settingValue(s, "schedule.start") == "2024-01-01");
    CHECK(settingValue(s, "schedule.short_years") == "2");
    CHECK(settingValue(s, "schedule.medium_years") == "5");
    CHECK(settingValue(s, "schedule.long_years") == "10");
    CHECK(settingValue(s, "schedule.at_risk_gap") == "10");
    CHECK(settingValue(s, "schedule.late_gap") == "25");
    CHECK(settingValue(s, "no.such.key").isEmpty());
    // The optional report settings are empty by default.
    CHECK(settingValue(s, "report.institution").isEmpty());
    CHECK(settingValue(s, "report.logo").isEmpty());
    CHECK_FALSE(validateSettings(s));
}

TEST_CASE("report settings: the institution and a small PNG or JPEG logo", "[settings]")
{
    Settings s = valid();
    CHECK_FALSE(applySetting(s, "report.institution", "  Ministerio del Ambiente "));
    CHECK(s.institution == "Ministerio del Ambiente");
    const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, 'x');
    CHECK_FALSE(applySetting(s, "report.logo", QString::fromLatin1(png.toBase64())));
    CHECK(s.logo == png);
    CHECK(logoFormat(png) == "PNG");
    CHECK(logoFormat(QByteArray("\xff\xd8\xff\xe0", 4)) == "JPEG");
    CHECK(settingValue(s, "report.logo") == QString::fromLatin1(png.toBase64()));
    CHECK_FALSE(applySetting(s, "report.logo", ""));
    CHECK(s.logo.isEmpty());

    refused("report.logo", "not base64!", "report.logo");
    refused("report.logo", QString::fromLatin1(QByteArray("GIF89a").toBase64()), "PNG or JPEG");
    const QByteArray large = png + QByteArray(kMaxLogoBytes, 'x');
    refused("report.logo", QString::fromLatin1(large.toBase64()), "512 KB");
    refused("report.institution", QString(kMaxInstitutionLength + 1, QLatin1Char('a')),
            "report.institution");
    refused("report.institution", "Ministerio\nDirección", "report.institution");
}

TEST_CASE("applying each setting", "[settings]")
{
    Settings s = valid();
    CHECK_FALSE(applySetting(s, "rollup.mode", "activities"));
    CHECK(s.mode == RollupMode::Activities);
    CHECK_FALSE(applySetting(s, "schedule.start", "2023-02-28"));
    CHECK(s.start == QDate(2023, 2, 28));
    CHECK_FALSE(applySetting(s, "schedule.long_years", "12"));
    CHECK_FALSE(applySetting(s, "schedule.medium_years", "6"));
    CHECK_FALSE(applySetting(s, "schedule.short_years", "3"));
    CHECK((s.shortYears == 3 && s.mediumYears == 6 && s.longYears == 12));
    CHECK_FALSE(applySetting(s, "schedule.late_gap", "30.5"));
    CHECK_FALSE(applySetting(s, "schedule.at_risk_gap", "0"));
    CHECK(s.lateGap == 30.5);
    CHECK(s.atRiskGap == 0);
    CHECK(settingValue(s, "schedule.late_gap") == "30.5");
    CHECK_FALSE(applySetting(s, "schedule.at_risk_gap", "30.5")); // equal gaps are allowed
    for (const QString& key : settingKeys()) {
        Settings copy = s;
        CHECK_FALSE(applySetting(copy, key, settingValue(s, key))); // values round-trip
        CHECK(copy == s);
    }
}

TEST_CASE("bad setting values are refused, naming key and value", "[settings]")
{
    refused("rollup.mode", "Objectives", "Objectives");
    refused("rollup.mode", "", "rollup.mode");
    refused("schedule.start", "2024-02-30", "2024-02-30");
    refused("schedule.start", "2024-2-3", "2024-2-3");
    refused("schedule.start", "01/02/2024", "01/02/2024");
    refused("schedule.start", "2024-01-01T00:00", "2024-01-01T00:00");
    refused("schedule.start", " 2024-01-01", "schedule.start");
    refused("schedule.short_years", "0", "schedule.short_years");
    refused("schedule.short_years", "-1", "-1");
    refused("schedule.short_years", "1.5", "1.5");
    refused("schedule.short_years", "two", "two");
    refused("schedule.medium_years", "+3", "+3");
    refused("schedule.long_years", "99999999999", "99999999999");
    refused("schedule.at_risk_gap", "-1", "-1");
    refused("schedule.at_risk_gap", "abc", "abc");
    refused("schedule.at_risk_gap", "nan", "nan");
    refused("schedule.late_gap", "inf", "inf");
    refused("schedule.late_gap", "1e2", "1e2");
    refused("schedule.late_gap", "", "schedule.late_gap");
    refused("schedule.colour", "red", "schedule.colour");
}

TEST_CASE("a value that breaks the whole set is refused and changes nothing", "[settings]")
{
    refused("schedule.short_years", "5", "schedule.short_years"); // short == medium
    refused("schedule.short_years", "7", "schedule.medium_years");
    refused("schedule.medium_years", "10", "schedule.long_years");
    refused("schedule.long_years", "4", "schedule.long_years");
    refused("schedule.at_risk_gap", "25.5", "schedule.late_gap");
    refused("schedule.late_gap", "9", "schedule.at_risk_gap");
}

TEST_CASE("validateSettings checks order, gaps and start", "[settings]")
{
    Settings s = valid();
    s.start = QDate();
    CHECK(validateSettings(s));
    s = valid();
    s.shortYears = 0;
    CHECK(validateSettings(s));
    s = valid();
    s.mediumYears = 2;
    CHECK(validateSettings(s));
    s = valid();
    s.longYears = 5;
    CHECK(validateSettings(s));
    s = valid();
    s.atRiskGap = -0.5;
    s.lateGap = 5;
    CHECK(validateSettings(s));
    s = valid();
    s.atRiskGap = 26;
    CHECK(validateSettings(s));
    s = valid();
    s.atRiskGap = 25;
    CHECK_FALSE(validateSettings(s));
}
