#include "core/audit.h"
#include "report/report_writers.h"
#include "report_fixture.h"
#include "review_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace pml;
using namespace pml::test;

namespace {

// The report's bytes with its fingerprint (the audit head when it was produced, which
// every change moves on) replaced: nothing else may differ.
QByteArray normalised(QByteArray bytes, const QByteArray& fingerprint)
{
    bytes.replace(fingerprint, "FINGERPRINT");
    bytes.replace(shortFingerprint(fingerprint).toUtf8(), "FINGERPRINT");
    return bytes;
}

// Every format: JSON, CSV, HTML as written; each part of the XLSX; the PDF's text.
QMap<QString, QByteArray> outputs(const ReportModel& model, const QTemporaryDir& dir,
                                  const QString& tag)
{
    QMap<QString, QByteArray> out;
    for (ReportFormat format : {ReportFormat::Json, ReportFormat::Csv, ReportFormat::Html}) {
        out.insert(reportFormatKey(format), normalised(written(model, format), model.fingerprint));
    }
    const QString xlsx = saved(dir, model, ReportFormat::Xlsx, tag + QStringLiteral(".xlsx"));
    if (const auto listing = runTool(QStringLiteral("unzip"), {QStringLiteral("-Z1"), xlsx})) {
        for (const QString& entry :
             QString::fromUtf8(*listing).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            out.insert(QStringLiteral("xlsx:") + entry,
                       normalised(zipEntry(xlsx, entry).toUtf8(), model.fingerprint));
        }
    }
    const QString pdf = saved(dir, model, ReportFormat::Pdf, tag + QStringLiteral(".pdf"));
    if (const auto text = pdfText(pdf)) {
        // pdftotext's reading order of a table cell that wraps can vary from run to run,
        // so the PDF is compared by its words; the other formats byte for byte.
        QStringList words = QString::fromUtf8(normalised(text->toUtf8(), model.fingerprint))
                                .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        words.sort();
        out.insert(QStringLiteral("pdf"), words.join(QLatin1Char(' ')).toUtf8());
    }
    return out;
}

// What the whole report says of line 2: its section (with its review), its activities,
// their updates and attention rows.
QJsonArray line2Parts(const ReportModel& model)
{
    const QJsonObject root = QJsonDocument::fromJson(written(model, ReportFormat::Json)).object();
    QJsonArray parts;
    QSet<QString> codes;
    for (const QJsonValue& v : root.value(QLatin1String("activities")).toArray()) {
        if (v.toObject().value(QLatin1String("line")).toInt() == 2) {
            codes.insert(v.toObject().value(QLatin1String("code")).toString());
            parts.append(v);
        }
    }
    for (const QJsonValue& v : root.value(QLatin1String("lines")).toArray()) {
        if (v.toObject().value(QLatin1String("number")).toInt() == 2) {
            parts.append(v);
        }
    }
    for (const char* key : {"updates", "attention"}) {
        for (const QJsonValue& v : root.value(QLatin1String(key)).toArray()) {
            if (codes.contains(v.toObject().value(QLatin1String("code")).toString())) {
                parts.append(v);
            }
        }
    }
    return parts;
}

ReportModel liveLine2(TrackerStore& store)
{
    const ReportOptions options = quarterOptions(2026, 2, 2);
    const ReportPeriod period = reportPeriod(options);
    return buildReport(store.loadSnapshotAt(period.figureDates()),
                       store.updatesEffectiveBetween(period.start, period.asOf), options,
                       testMeta());
}

} // namespace

TEST_CASE("Later corrections never change an approved quarter's report", "[report][review]")
{
    auto tracker = approvedLine2Tracker();
    TrackerStore& store = *tracker->store;
    QTemporaryDir dir;
    const ReportModel before = q2Report(store, 2);
    const QMap<QString, QByteArray> approved = outputs(before, dir, QStringLiteral("before"));
    const QJsonArray wholeBefore = line2Parts(q2Report(store));
    const ReportModel line3 = q2Report(store, 3);
    const QByteArray line3Before =
        normalised(written(line3, ReportFormat::Json), line3.fingerprint);
    const ReportModel liveBefore = liveLine2(store);

    // Planning and responsibility of line 2's activities, an update effective in Q1 for
    // one (11.C2) and one in force at Q2's end for another (12.C2, nothing in Q2), the
    // name of an actor leading 11.C1 and 14.C1, and the settings.
    store.setPlanning(QStringLiteral("11.C1"), 3.0, QDate(2026, 1, 1), QDate(2026, 9, 30));
    store.setResponsibility(QStringLiteral("12.C1"), tracker->actor, {});
    store.recordUpdates(
        {updateRequest(QStringLiteral("11.C2"), Status::Completed, 100, QDate(2026, 3, 25)),
         updateRequest(QStringLiteral("12.C2"), Status::InProgress, 50, QDate(2026, 2, 1))},
        testToday());
    Actor actor = *store.exportContent().strategy.actor(tracker->actor);
    actor.name = QStringLiteral("Nombre corregido del actor");
    actor.shortName = QStringLiteral("NCA");
    store.updateActor(actor);
    Settings settings = store.settings();
    settings.atRiskGap = 3;
    settings.lateGap = 6;
    settings.mode = RollupMode::Activities;
    settings.institution = QStringLiteral("Ministerio del Ambiente");
    store.setSettings(settings);

    const ReportModel after = q2Report(store, 2);
    REQUIRE(after.fingerprint != before.fingerprint); // the tracker did change
    const QMap<QString, QByteArray> again = outputs(after, dir, QStringLiteral("after"));
    REQUIRE(again.keys() == approved.keys());
    REQUIRE(approved.contains(QStringLiteral("json")));
    for (auto it = approved.cbegin(); it != approved.cend(); ++it) {
        INFO(it.key().toStdString());
        REQUIRE(again.value(it.key()) == it.value());
    }
    // Line 2 in the whole strategy's report is unchanged too.
    REQUIRE(line2Parts(q2Report(store)) == wholeBefore);

    // The corrections did change the tracker's data: line 2 as it is now, and line 3
    // (open) whose lead actor was renamed and whose schedule uses the new thresholds.
    const ReportModel liveAfter = liveLine2(store);
    REQUIRE_FALSE(liveAfter.lines.first().trend.current == liveBefore.lines.first().trend.current);
    REQUIRE_FALSE(liveAfter.lines.first().trend.previous ==
                  liveBefore.lines.first().trend.previous);
    const ReportModel line3After = q2Report(store, 3);
    REQUIRE(normalised(written(line3After, ReportFormat::Json), line3After.fingerprint) !=
            line3Before);
    REQUIRE(
        QString::fromUtf8(written(line3After, ReportFormat::Csv)).contains(QStringLiteral("NCA")));
    REQUIRE_FALSE(
        QString::fromUtf8(written(after, ReportFormat::Csv)).contains(QStringLiteral("NCA")));
}
