#include "core/audit.h"
#include "report/report_text.h"
#include "report/report_writers.h"
#include "report_fixture.h"
#include "review_fixture.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <catch2/catch.hpp>
#include <numeric>

using namespace pml;
using namespace pml::test;

namespace {

QJsonObject json(const ReportModel& model)
{
    return QJsonDocument::fromJson(written(model, ReportFormat::Json)).object();
}

QString html(const ReportModel& model)
{
    return QString::fromUtf8(written(model, ReportFormat::Html));
}

QJsonObject lineOf(const QJsonObject& root, int number)
{
    for (const QJsonValue& line : root.value(QLatin1String("lines")).toArray()) {
        if (line.toObject().value(QLatin1String("number")).toInt() == number) {
            return line.toObject();
        }
    }
    return {};
}

QStringList actions(const QJsonObject& review)
{
    QStringList keys;
    for (const QJsonValue& t : review.value(QLatin1String("transitions")).toArray()) {
        keys.append(t.toObject().value(QLatin1String("action")).toString());
    }
    return keys;
}

} // namespace

TEST_CASE("A tracker's report has each line's review state, narrative and evidence",
          "[report][review]")
{
    auto tracker = approvedLine2Tracker();
    TrackerStore& store = *tracker->store;
    reviewStep(store, 4, ReviewAction::Submit, monitorName, {},
               {QStringLiteral("Logros 4"), {}, {}});
    reviewStep(store, 5, ReviewAction::Submit, monitorName, {},
               {QStringLiteral("Logros 5"), {}, {}});
    reviewStep(store, 5, ReviewAction::Return, reviewerName, QStringLiteral("Falta evidencia"));
    const ReportModel model = q2Report(store, std::nullopt, QStringLiteral("en"));

    REQUIRE(model.reviews.size() == 5);
    QList<ReviewState> states;
    for (const LineReview& review : model.reviews) {
        states.append(review.state);
    }
    REQUIRE(states == QList<ReviewState>{ReviewState::Open, ReviewState::Approved,
                                         ReviewState::Open, ReviewState::Submitted,
                                         ReviewState::Returned});
    const LineReview& two = *model.review(2);
    REQUIRE(two.frozen);
    REQUIRE(two.approvedBy == reviewerName);
    REQUIRE(two.approvedAt.isValid());
    REQUIRE_FALSE(two.reopened);
    REQUIRE(two.submittedBy == monitorName);
    REQUIRE(two.narrative.achievements == line2Narrative().achievements);
    REQUIRE(two.narrative.difficulties == line2Narrative().difficulties);
    REQUIRE(two.narrative.nextSteps == line2Narrative().nextSteps);
    REQUIRE(two.transitions.size() == 2);
    REQUIRE(two.evidence.size() == 2); // the quarter's link, then the update's file
    REQUIRE(two.evidence[0].kind == Evidence::Kind::Link);
    REQUIRE(two.evidence[1].activity == QStringLiteral("11.C1"));
    const QByteArray sha =
        QCryptographicHash::hash(QByteArray(3000, 'x'), QCryptographicHash::Sha256).toHex();
    REQUIRE(two.evidence[1].sha256 == sha);
    REQUIRE(model.review(5)->returnNote == QStringLiteral("Falta evidencia"));
    REQUIRE_FALSE(model.review(3)->frozen);
    REQUIRE(model.review(3)->evidence.isEmpty());
    // Counts follow the rows, frozen line included.
    REQUIRE(std::accumulate(model.statusCounts.begin(), model.statusCounts.end(), 0) ==
            model.activityCount);
    REQUIRE(model.updatesInQuarter == model.updates.size());
    REQUIRE(model.updatesInQuarter == 3); // 11.C1, 14.C1, 12.C1 in date order
    REQUIRE(model.updates[2].code == QStringLiteral("12.C1"));
    // The whole report's line 2 is the line report's.
    REQUIRE(lineOf(json(model), 2) == lineOf(json(q2Report(store, 2, QStringLiteral("en"))), 2));

    const ReportText t(QStringLiteral("en"));
    const QString approvedOn = t.date(two.approvedAt.toLocalTime().date());
    const QString page = html(model);
    REQUIRE(page.contains(
        QStringLiteral("<b>Line of action 2:</b> approved by Ana Revisora on %1").arg(approvedOn)));
    REQUIRE(page.contains(QStringLiteral("<b>Line of action 4:</b> submitted, under review")));
    REQUIRE(page.contains(QStringLiteral("<b>Line of action 5:</b> returned")));
    // The note is closed as a sentence so that the next one does not run into it.
    REQUIRE(page.contains(QStringLiteral("<p>Reviewer's note: Falta evidencia.</p>")));
    REQUIRE(ReportText::closed(QStringLiteral(" ¿Y el acta? ")) == QStringLiteral("¿Y el acta?"));
    REQUIRE(ReportText::closed(QStringLiteral("Listo.")) == QStringLiteral("Listo."));
    REQUIRE(
        page.contains(QStringLiteral("<p>Approved by Ana Revisora on %1.</p>").arg(approvedOn)));
    REQUIRE(page.contains(QStringLiteral(
        "<dd>Se identificaron socios &lt;tecnológicos&gt; &amp; sectores prioritarios.</dd>")));
    REQUIRE(
        page.contains(QStringLiteral("<dd>Retraso en los convenios.<br>Falta de presupuesto.")));
    REQUIRE(page.contains(
        QStringLiteral("<li><a href=\"https://example.org/informes/t2?linea=2&amp;v=1\">"
                       "https://example.org/informes/t2?linea=2&amp;v=1</a></li>")));
    REQUIRE(page.contains(QStringLiteral("<li>11.C1: acta-taller.pdf (3\u00a0KB, SHA-256 %1…)</li>")
                              .arg(QString::fromLatin1(sha.left(16)))));
    REQUIRE(page.contains(t(Phrase::NoNarrative))); // lines 1 and 3

    const QJsonObject review = lineOf(json(model), 2).value(QLatin1String("review")).toObject();
    REQUIRE(review.value(QLatin1String("state")).toString() == QStringLiteral("approved"));
    REQUIRE(review.value(QLatin1String("approved_by")).toString() == reviewerName);
    REQUIRE(review.value(QLatin1String("reopened")) == QJsonValue(false));
    REQUIRE(
        review.value(QLatin1String("narrative")).toObject().value(QLatin1String("next_steps")) ==
        QJsonValue(line2Narrative().nextSteps));
    REQUIRE(review.value(QLatin1String("evidence")).toArray().size() == 2);
    REQUIRE(actions(review) == QStringList{QStringLiteral("submit"), QStringLiteral("approve")});
    REQUIRE(lineOf(json(model), 5)
                .value(QLatin1String("review"))
                .toObject()
                .value(QLatin1String("transitions"))
                .toArray()[1]
                .toObject()
                .value(QLatin1String("text")) == QJsonValue(QStringLiteral("Falta evidencia")));

    QTemporaryDir dir;
    const QString pdf = saved(dir, model, ReportFormat::Pdf, QStringLiteral("r.pdf"));
    if (const auto text = pdfText(pdf)) {
        for (const QString& expected :
             {QStringLiteral("Line of action 2: approved by Ana Revisora on %1").arg(approvedOn),
              QStringLiteral("Line of action 5: returned"), t(Phrase::Achievements),
              QStringLiteral("Reviewer's note: Falta evidencia."),
              QStringLiteral("Firmar dos convenios en el T3."),
              QStringLiteral("https://example.org/informes/t2?linea=2&v=1"),
              QStringLiteral("acta-taller.pdf")}) {
            INFO(expected.toStdString());
            REQUIRE(text->contains(expected));
        }
    }
    const QString xlsx = saved(dir, model, ReportFormat::Xlsx, QStringLiteral("r.xlsx"));
    const QString workbook = zipEntry(xlsx, QStringLiteral("xl/workbook.xml"));
    if (!workbook.isEmpty()) {
        REQUIRE(workbook.contains(QLatin1String("<sheet name=\"Review\"")));
        const QString strings = zipEntry(xlsx, QStringLiteral("xl/sharedStrings.xml"));
        REQUIRE(strings.contains(QStringLiteral("Firmar dos convenios en el T3.")));
        REQUIRE(strings.contains(QStringLiteral("Line of action 4: submitted, under review")));
    }
}

TEST_CASE("A line report on an approved line leaves the live strategy out", "[report][review]")
{
    auto tracker = approvedLine2Tracker();
    const ReportModel model = q2Report(*tracker->store, 2, QStringLiteral("en"));
    REQUIRE(model.frozenSubject());
    REQUIRE(model.reviews.size() == 1);
    const QJsonObject strategy = json(model).value(QLatin1String("strategy")).toObject();
    REQUIRE(strategy.value(QLatin1String("actual")).isNull());
    const ReportText t(QStringLiteral("en"));
    REQUIRE(html(model).contains(t(Phrase::StrategyLeftOut)));
    REQUIRE_FALSE(q2Report(*tracker->store, 3).frozenSubject());
}

TEST_CASE("A reopened quarter approved again says so and shows what was corrected",
          "[report][review]")
{
    auto tracker = approvedLine2Tracker();
    TrackerStore& store = *tracker->store;
    reviewStep(store, 2, ReviewAction::Reopen, reviewerName,
               QStringLiteral("Falta el avance de 13.C1"));
    const ReportModel reopened = q2Report(store, 2, QStringLiteral("en"));
    REQUIRE(reopened.review(2)->state == ReviewState::Open);
    REQUIRE_FALSE(reopened.review(2)->frozen);
    REQUIRE_FALSE(reopened.review(2)->reopened);

    store.recordUpdates(
        {updateRequest(QStringLiteral("13.C1"), Status::InProgress, 20, QDate(2026, 6, 1))},
        testToday());
    reviewStep(store, 2, ReviewAction::Submit, monitorName, {},
               {QStringLiteral("Segunda versión"), {}, {}});
    reviewStep(store, 2, ReviewAction::Approve, reviewerName);
    const ReportModel model = q2Report(store, 2, QStringLiteral("en"));
    const LineReview& review = *model.review(2);
    REQUIRE(review.state == ReviewState::Approved);
    REQUIRE(review.frozen);
    REQUIRE(review.reopened);
    REQUIRE(review.narrative.achievements == QStringLiteral("Segunda versión"));
    REQUIRE(std::any_of(model.updates.begin(), model.updates.end(),
                        [](const UpdateRow& row) { return row.code == QStringLiteral("13.C1"); }));

    const ReportText t(QStringLiteral("en"));
    const QString approved = t.reviewSummary(review);
    REQUIRE(approved.endsWith(QStringLiteral("(reopened and approved again)")));
    REQUIRE(html(model).contains(ReportText::sentence(approved)));
    const QJsonObject object = lineOf(json(model), 2).value(QLatin1String("review")).toObject();
    REQUIRE(object.value(QLatin1String("reopened")) == QJsonValue(true));
    REQUIRE(actions(object) == QStringList{QStringLiteral("submit"), QStringLiteral("approve"),
                                           QStringLiteral("reopen"), QStringLiteral("submit"),
                                           QStringLiteral("approve")});
    REQUIRE(object.value(QLatin1String("transitions"))
                .toArray()[2]
                .toObject()
                .value(QLatin1String("text")) ==
            QJsonValue(QStringLiteral("Falta el avance de 13.C1")));
    REQUIRE(QString::fromUtf8(written(model, ReportFormat::Csv))
                .contains(QStringLiteral("(reopened and approved again)")));
    QTemporaryDir dir;
    if (const auto text = pdfText(saved(dir, model, ReportFormat::Pdf, QStringLiteral("r.pdf")))) {
        REQUIRE(text->contains(QStringLiteral("reopened and approved again")));
    }
}

TEST_CASE("The fingerprint is the audit chain head: in full in JSON, short elsewhere",
          "[report][review]")
{
    auto tracker = approvedLine2Tracker();
    TrackerStore& store = *tracker->store;
    const QByteArray head = store.auditHead();
    REQUIRE(head.size() == 64);
    const ReportModel model = q2Report(store);
    REQUIRE(model.fingerprint == head);
    REQUIRE(json(model).value(QLatin1String("fingerprint")).toString() ==
            QString::fromLatin1(head));
    const QString shortForm = shortFingerprint(head);
    REQUIRE(html(model).contains(shortForm));
    const QStringList rows = QString::fromUtf8(written(model, ReportFormat::Csv).mid(3))
                                 .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    for (const QString& row : rows.mid(1)) {
        REQUIRE(row.endsWith(QLatin1Char(',') + shortForm));
    }
    QTemporaryDir dir;
    const QString xlsx = saved(dir, model, ReportFormat::Xlsx, QStringLiteral("r.xlsx"));
    const QString strings = zipEntry(xlsx, QStringLiteral("xl/sharedStrings.xml"));
    if (!strings.isEmpty()) {
        REQUIRE(strings.contains(shortForm));
    }
    if (const auto text = pdfText(saved(dir, model, ReportFormat::Pdf, QStringLiteral("r.pdf")))) {
        REQUIRE(text->contains(shortForm));
        REQUIRE(text->count(shortForm) >= 3); // cover, footers, sign-off
    }
    // A report from a snapshot has none.
    const Snapshot snapshot = reportSnapshot();
    const ReportModel plain =
        buildReport(snapshot, snapshot.updates, quarterOptions(2026, 3), testMeta());
    REQUIRE(json(plain).value(QLatin1String("fingerprint")).isNull());
    REQUIRE_FALSE(html(plain).contains(QStringLiteral("class=\"fingerprint\"")));
}
