#include "core/settings.h"
#include "html_review.h"
#include "report_text.h"
#include "report_writers.h"
#include "writer_support.h"

#include <QStringList>

#include <utility>

namespace pml {
namespace {

using html::esc;
using html::lines;

const char* const styleSheet = R"(
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 10pt; color: #212121;
       margin: 2em auto; max-width: 60em; padding: 0 1em; line-height: 1.35; }
h1 { font-size: 16pt; margin: 0 0 .2em; color: #1b4f72; }
h2 { font-size: 13pt; color: #1b4f72; border-bottom: 2px solid #1b4f72; padding-bottom: .15em;
     margin-top: 2em; }
h3 { font-size: 11pt; color: #1b4f72; margin-bottom: .3em; }
.cover { border-bottom: 4px solid #1b4f72; padding-bottom: 1em; margin-bottom: 1em; }
.cover .title { font-size: 20pt; font-weight: bold; margin: .3em 0; }
.cover .subject { font-size: 13pt; margin: .2em 0; }
.institution { display: flex; align-items: center; gap: 1em; margin-bottom: .8em;
               font-size: 13pt; font-weight: bold; color: #1b4f72; }
.institution img { max-height: 64px; max-width: 240px; }
.provisional { border: 2px solid #8a5a00; background: #fdf3e1; color: #6b4500; font-weight: bold;
               padding: .5em .8em; margin: .6em 0; border-radius: 4px; }
.method li { margin: .25em 0; }
.signoff { display: flex; gap: 2em; flex-wrap: wrap; margin-top: 1em; }
.signoff > div { flex: 1; min-width: 16em; border: 1px solid #90a4ae; padding: .6em 1em 1em; }
.signoff .role { font-weight: bold; color: #1b4f72; margin-bottom: .6em; }
.signoff .field { display: flex; gap: .5em; align-items: flex-end; margin-top: 1.4em; }
.signoff .field .label { color: #616161; font-size: 9pt; min-width: 4.5em; }
.signoff .field .line { flex: 1; border-bottom: 1px solid #90a4ae; min-height: 1.2em; }
.muted { color: #616161; }
table { border-collapse: collapse; width: 100%; margin: .5em 0 1em; font-size: 9pt; }
th, td { border: 1px solid #cfd8dc; padding: .25em .45em; vertical-align: top; text-align: left; }
thead th { background: #1b4f72; color: #fff; }
tbody tr:nth-child(even) td { background: #f5f8fa; }
td.num, th.num { text-align: right; } td.num { white-space: nowrap; }
th.wide { min-width: 16em; }
table.meta { width: auto; } table.meta th { background: #eceff1; color: #212121; }
.kpis { display: flex; flex-wrap: wrap; gap: .8em; margin: .8em 0; }
.kpi { border: 1px solid #cfd8dc; border-radius: 4px; padding: .5em .8em; min-width: 9em; }
.kpi .label { font-size: 8.5pt; color: #616161; } .kpi .value { font-size: 15pt; font-weight: bold; }
.badge { display: inline-block; padding: .05em .5em; border-radius: 3px; color: #fff;
         font-size: 8.5pt; white-space: nowrap; }
.chart { margin: .5em 0 1em; }
.side { display: flex; gap: 2em; flex-wrap: wrap; } .side > div { flex: 1; min-width: 16em; }
@media print {
  body { margin: 0; max-width: none; font-size: 9pt; }
  h2 { break-before: page; } .cover + h2 { break-before: auto; }
  h2.signoff-title { break-before: auto; }
  tr, .kpi, svg, .signoff { break-inside: avoid; }
  thead { display: table-header-group; }
}
)";

class Html {
public:
    explicit Html(const ReportModel& model)
        : m(model)
        , t(model.options.language)
    {
    }

    QString build()
    {
        const QString title = t.documentTitle(m);
        out += QStringLiteral(
                   "<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                   "<title>%2</title>\n<style>%3</style>\n</head>\n<body>\n")
                   .arg(esc(m.options.language), esc(title),
                        QString::fromUtf8(styleSheet) + QString::fromUtf8(html::reviewStyle()));
        cover();
        summary();
        for (const LineSection& line : m.lines) {
            lineSection(line);
        }
        updates();
        attention();
        if (m.options.appendix) {
            appendix();
        }
        closing();
        out += QStringLiteral("</body>\n</html>\n");
        return out;
    }

private:
    QString badge(Schedule schedule) const
    {
        return QStringLiteral("<span class=\"badge\" style=\"background:%1\">%2</span>")
            .arg(scheduleInk(schedule).name(), esc(t.schedule(schedule)));
    }

    void institution()
    {
        const QString format = logoFormat(m.logo);
        if (m.institution.isEmpty() && format.isEmpty()) {
            return;
        }
        out += QStringLiteral("<div class=\"institution\">");
        if (!format.isEmpty()) {
            // Inline, so the page stays one self-contained file.
            out += QStringLiteral("<img src=\"data:image/%1;base64,%2\" alt=\"\">")
                       .arg(format.toLower(), QString::fromLatin1(m.logo.toBase64()));
        }
        out += QStringLiteral("<span>%1</span></div>\n").arg(esc(m.institution));
    }

    void cover()
    {
        out += QStringLiteral("<div class=\"cover\">\n");
        institution();
        out += QStringLiteral("<h1>%1</h1>\n<div class=\"title\">%2</div>\n")
                   .arg(esc(m.strategyTitle), esc(t.title(m.quarter)));
        if (m.subjectLine) {
            out += QStringLiteral("<div class=\"subject\">%1 — %2</div>\n")
                       .arg(esc(t(Phrase::LineReportTitle)),
                            esc(t.lineHeading(*m.subjectLine, m.subjectName)));
        }
        out += QStringLiteral("<div class=\"subject\">%1</div>\n").arg(esc(t.cutOff(m.asOf)));
        if (m.provisional) {
            out += QStringLiteral("<div class=\"provisional\">%1</div>\n")
                       .arg(esc(t.provisionalNote(m)));
        }
        out += QStringLiteral("<table class=\"meta\">\n");
        metaRow(t(Phrase::TrackerFile), displayFileName(m.meta.trackerFile));
        metaRow(t(Phrase::ProducedAt), t.dateTime(m.meta.producedAt));
        metaRow(t(Phrase::ProducedBy), m.meta.producedBy);
        if (!m.meta.reviewedBy.isEmpty()) {
            metaRow(t(Phrase::ReviewedBy), m.meta.reviewedBy);
        }
        metaRow(t(Phrase::RollupMode), t.rollupMode(m.mode));
        if (!m.fingerprint.isEmpty()) {
            metaRow(t(Phrase::Fingerprint), t.fingerprint(m.fingerprint));
        }
        out += QStringLiteral("</table>\n");
        out += html::reviewOverview(m, t);
        out += QStringLiteral("</div>\n");
    }

    void metaRow(const QString& label, const QString& value)
    {
        out += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(esc(label), esc(value));
    }

    void kpi(const QString& label, const QString& valueHtml)
    {
        out += QStringLiteral("<div class=\"kpi\"><div class=\"label\">%1</div>"
                              "<div class=\"value\">%2</div></div>\n")
                   .arg(esc(label), valueHtml);
    }

    void kpis(const Trend& trend)
    {
        out += QStringLiteral("<div class=\"kpis\">\n");
        kpi(t(Phrase::Actual), esc(t.percent(trend.current.actual)));
        kpi(t(Phrase::Planned), esc(t.percent(trend.current.planned)));
        kpi(t(Phrase::Schedule), badge(trend.current.schedule));
        kpi(t(Phrase::ChangeInQuarter), esc(t.points(trend.change)));
        out += QStringLiteral("</div>\n");
    }

    void summary()
    {
        out += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
                   .arg(esc(t(Phrase::Summary)),
                        esc(t(m.subjectLine ? Phrase::LineSummaryIntro : Phrase::SummaryIntro)));
        kpis(m.subject);
        if (m.frozenSubject()) {
            out +=
                QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(t(Phrase::StrategyLeftOut)));
        } else if (m.subjectLine) {
            out += QStringLiteral("<p class=\"muted\">%1: %2 %3, %4 %5.</p>\n")
                       .arg(esc(t(Phrase::WholeStrategy)), esc(t(Phrase::Actual)),
                            esc(t.percent(m.strategy.current.actual)), esc(t(Phrase::Planned)),
                            esc(t.percent(m.strategy.current.planned)));
        }
        out += QStringLiteral("<div class=\"side\">\n<div>\n<h3>%1</h3>\n")
                   .arg(esc(t(Phrase::ActivitiesByStatus)));
        beginTable({t(Phrase::Status), t(Phrase::Count)}, {1});
        for (auto it = m.statusCounts.begin(); it != m.statusCounts.end(); ++it) {
            row({esc(t.status(it.key())), QString::number(it.value())}, {1});
        }
        row({QStringLiteral("<b>%1</b>").arg(esc(t(Phrase::TotalActivities))),
             QStringLiteral("<b>%1</b>").arg(m.activityCount)},
            {1});
        endTable();
        out += QStringLiteral("</div>\n<div>\n<h3>%1</h3>\n")
                   .arg(esc(t(Phrase::ActivitiesBySchedule)));
        beginTable({t(Phrase::Schedule), t(Phrase::Count)}, {1});
        for (auto it = m.scheduleCounts.begin(); it != m.scheduleCounts.end(); ++it) {
            row({badge(it.key()), QString::number(it.value())}, {1});
        }
        endTable();
        out += QStringLiteral("</div>\n</div>\n");
        out += QStringLiteral("<p><b>%1:</b> %2<br><span class=\"muted\">%3</span></p>\n")
                   .arg(esc(t(Phrase::UpdatesInQuarter)))
                   .arg(m.updatesInQuarter)
                   .arg(esc(t(Phrase::UpdatesInQuarterNote)));
        if (m.subjectLine) {
            return;
        }
        out += QStringLiteral("<h3>%1</h3>\n").arg(esc(t(Phrase::LinesOverview)));
        QList<Bar> bars;
        for (const LineSection& line : m.lines) {
            bars.append({QStringLiteral("%1 %2").arg(t(Phrase::Line)).arg(line.number),
                         line.trend.current.actual, line.trend.current.planned});
        }
        chart(bars);
        beginTable({t(Phrase::Line), t(Phrase::Actual), t(Phrase::Planned),
                    t(Phrase::ChangeInQuarter), t(Phrase::Schedule)},
                   {1, 2, 3}, 0);
        for (const LineSection& line : m.lines) {
            row({esc(QStringLiteral("%1. %2").arg(line.number).arg(line.name)),
                 esc(t.percent(line.trend.current.actual)),
                 esc(t.percent(line.trend.current.planned)), esc(t.points(line.trend.change)),
                 badge(line.trend.current.schedule)},
                {1, 2, 3});
        }
        endTable();
    }

    struct Bar {
        QString label;
        std::optional<double> actual;
        std::optional<double> planned;
    };

    // Horizontal bars, actual (solid) over planned (light), on a 0–100 scale.
    void chart(const QList<Bar>& bars)
    {
        const int labelWidth = 110;
        const int plotWidth = 460;
        const int rowHeight = 30;
        const int top = 22;
        const int width = labelWidth + plotWidth + 70;
        const int height = top + rowHeight * int(bars.size()) + 8;
        QString svg =
            QStringLiteral("<div class=\"chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" "
                           "width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" "
                           "font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"11\">\n")
                .arg(width)
                .arg(height);
        for (int tick = 0; tick <= 100; tick += 25) {
            const double x = labelWidth + plotWidth * tick / 100.0;
            svg +=
                QStringLiteral(
                    "<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#cfd8dc\"/>"
                    "<text x=\"%1\" y=\"%4\" text-anchor=\"middle\" fill=\"#616161\">%5</text>\n")
                    .arg(x)
                    .arg(top - 4)
                    .arg(height - 6)
                    .arg(top - 8)
                    .arg(esc(t.wholePercent(tick)));
        }
        for (int i = 0; i < bars.size(); ++i) {
            const Bar& bar = bars[i];
            const int y = top + i * rowHeight;
            svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\">%3</text>\n")
                       .arg(labelWidth - 8)
                       .arg(y + 17)
                       .arg(esc(bar.label));
            if (!bar.actual) {
                svg += QStringLiteral("<text x=\"%1\" y=\"%2\" fill=\"#616161\">%3</text>\n")
                           .arg(labelWidth + 4)
                           .arg(y + 17)
                           .arg(esc(t(Phrase::NoData)));
                continue;
            }
            const double planned = bar.planned.value_or(0);
            svg += QStringLiteral(
                       "<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"10\" fill=\"#b0bec5\"/>\n")
                       .arg(labelWidth)
                       .arg(y + 4)
                       .arg(plotWidth * planned / 100.0, 0, 'f', 1);
            svg += QStringLiteral(
                       "<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"10\" fill=\"#1b4f72\"/>\n")
                       .arg(labelWidth)
                       .arg(y + 15)
                       .arg(plotWidth * *bar.actual / 100.0, 0, 'f', 1);
            svg += QStringLiteral(
                       "<text x=\"%1\" y=\"%2\" font-size=\"9\" fill=\"#455a64\">%3</text>\n")
                       .arg(labelWidth + plotWidth * planned / 100.0 + 4, 0, 'f', 1)
                       .arg(y + 13)
                       .arg(esc(t.percent(planned)));
            svg += QStringLiteral(
                       "<text x=\"%1\" y=\"%2\" font-size=\"9\" font-weight=\"bold\">%3</text>\n")
                       .arg(labelWidth + plotWidth * *bar.actual / 100.0 + 4, 0, 'f', 1)
                       .arg(y + 24)
                       .arg(esc(t.percent(bar.actual)));
        }
        svg +=
            QStringLiteral("</svg>\n<div class=\"muted\"><span style=\"color:#1b4f72\">■</span> %1 "
                           "&nbsp; <span style=\"color:#b0bec5\">■</span> %2</div></div>\n")
                .arg(esc(t(Phrase::Actual)), esc(t(Phrase::Planned)));
        out += svg;
    }

    void lineSection(const LineSection& line)
    {
        out += QStringLiteral("<h2>%1</h2>\n").arg(esc(t.lineHeading(line.number, line.name)));
        if (!m.subjectLine) { // a line report shows them in its summary already
            kpis(line.trend);
        }
        if (const LineReview* review = m.review(line.number)) {
            out += html::lineReview(m, *review, t);
        }
        out += QStringLiteral("<h3>%1</h3>\n").arg(esc(t(Phrase::ObjectivesChart)));
        QList<Bar> bars;
        for (const ObjectiveRow& objective : line.objectives) {
            bars.append({t.objectiveLabel(objective.number), objective.trend.current.actual,
                         objective.trend.current.planned});
        }
        chart(bars);
        out += QStringLiteral("<h3>%1</h3>\n").arg(esc(t(Phrase::ObjectivesTable)));
        beginTable({QStringLiteral("N.º"), t(Phrase::Objective), t(Phrase::Actual),
                    t(Phrase::Planned), t(Phrase::Gap), t(Phrase::ChangeInQuarter),
                    t(Phrase::Schedule)},
                   {0, 2, 3, 4, 5}, 1);
        for (const ObjectiveRow& objective : line.objectives) {
            row({QString::number(objective.number), lines(objective.text),
                 esc(t.percent(objective.trend.current.actual)),
                 esc(t.percent(objective.trend.current.planned)), esc(t.points(objective.gap)),
                 esc(t.points(objective.trend.change)), badge(objective.trend.current.schedule)},
                {0, 2, 3, 4, 5});
        }
        endTable();
    }

    void updates()
    {
        out += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
                   .arg(esc(t(Phrase::UpdatedActivities)), esc(t(Phrase::UpdatedActivitiesIntro)));
        if (m.updates.isEmpty()) {
            out += QStringLiteral("<p><i>%1</i></p>\n").arg(esc(t(Phrase::NoUpdates)));
            return;
        }
        beginTable({t(Phrase::EffectiveDate), t(Phrase::Code), t(Phrase::Activity),
                    t(Phrase::Before), t(Phrase::After), t(Phrase::Note), t(Phrase::RecordedBy)},
                   {});
        for (const UpdateRow& update : m.updates) {
            row({esc(t.date(update.effectiveDate)), esc(update.code), lines(update.text),
                 esc(t.status(update.oldStatus, update.oldPercent)),
                 esc(t.status(update.newStatus, update.newPercent)), lines(update.note),
                 esc(update.recordedBy)},
                {});
        }
        endTable();
    }

    void attention()
    {
        out += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
                   .arg(esc(t(Phrase::NeedingAttention)), esc(t(Phrase::NeedingAttentionIntro)));
        if (m.attention.isEmpty()) {
            out += QStringLiteral("<p><i>%1</i></p>\n").arg(esc(t(Phrase::NothingNeedsAttention)));
            return;
        }
        out += QStringLiteral("<p><b>%1</b></p>\n").arg(esc(t.reasonCounts(m.attention)));
        beginTable({t(Phrase::Code), t(Phrase::Activity), t(Phrase::Status), t(Phrase::Planned),
                    t(Phrase::Schedule), t(Phrase::Reasons)},
                   {3}, 1);
        for (const AttentionRow& item : m.attention) {
            const ReportActivity& a = item.activity;
            row({esc(a.code), lines(a.text), esc(t.status(a.status, a.percent)),
                 esc(t.percent(a.planned)), badge(a.schedule), esc(t.reasons(item.reasons))},
                {3});
        }
        endTable();
    }

    void appendix()
    {
        out += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
                   .arg(esc(t(Phrase::Appendix)), esc(t(Phrase::AppendixIntro)));
        beginTable({t(Phrase::Code), t(Phrase::Activity), t(Phrase::Status), t(Phrase::Planned),
                    t(Phrase::Schedule), t(Phrase::ResponsibleActors), t(Phrase::LastUpdate)},
                   {3}, 1);
        for (const ReportActivity& a : m.activities) {
            row({esc(a.code), lines(a.text), esc(t.status(a.status, a.percent)),
                 esc(t.percent(a.planned)), badge(a.schedule), esc(t.actors(a.actors)),
                 esc(t.date(a.lastUpdate))},
                {3});
        }
        endTable();
    }

    // `wide`: the column of long text, which must not be squeezed by the figures.
    void beginTable(const QStringList& headers, const QList<int>& numeric, int wide = -1)
    {
        out += QStringLiteral("<table>\n<thead><tr>");
        for (int i = 0; i < headers.size(); ++i) {
            out += numeric.contains(i) ? QStringLiteral("<th class=\"num\">")
                   : i == wide         ? QStringLiteral("<th class=\"wide\">")
                                       : QStringLiteral("<th>");
            out += esc(headers[i]) + QStringLiteral("</th>");
        }
        out += QStringLiteral("</tr></thead>\n<tbody>\n");
    }

    // Cells are already HTML: callers escape user text.
    void row(const QStringList& cells, const QList<int>& numeric)
    {
        out += QStringLiteral("<tr>");
        for (int i = 0; i < cells.size(); ++i) {
            out +=
                numeric.contains(i) ? QStringLiteral("<td class=\"num\">") : QStringLiteral("<td>");
            out += cells[i] + QStringLiteral("</td>");
        }
        out += QStringLiteral("</tr>\n");
    }

    void endTable() { out += QStringLiteral("</tbody>\n</table>\n"); }

    // How the figures are computed, then who prepared and who reviewed the report.
    void closing()
    {
        out +=
            QStringLiteral("<h2>%1</h2>\n<ul class=\"method\">\n").arg(esc(t(Phrase::Definitions)));
        for (const QString& item : t.methodNote(m)) {
            out += QStringLiteral("<li>%1</li>\n").arg(esc(item));
        }
        out += QStringLiteral(
                   "</ul>\n<h2 class=\"signoff-title\">%1</h2>\n<p class=\"muted\">%2</p>\n")
                   .arg(esc(t(Phrase::SignOff)), esc(t(Phrase::SignOffIntro)));
        out += QStringLiteral("<div class=\"signoff\">\n");
        signer(t(Phrase::PreparedBy), m.meta.producedBy);
        signer(t(Phrase::ReviewedBy), m.meta.reviewedBy);
        out += QStringLiteral("</div>\n");
        out += html::fingerprint(m, t);
    }

    void signer(const QString& role, const QString& name)
    {
        out += QStringLiteral("<div><div class=\"role\">%1</div>\n").arg(esc(role));
        for (const auto& [label, value] :
             {std::pair{t(Phrase::Name), name}, std::pair{t(Phrase::Signature), QString()},
              std::pair{t(Phrase::Date), QString()}}) {
            out += QStringLiteral("<div class=\"field\"><span class=\"label\">%1:</span>"
                                  "<span class=\"line\">%2</span></div>\n")
                       .arg(esc(label), esc(value));
        }
        out += QStringLiteral("</div>\n");
    }

    const ReportModel& m;
    const ReportText t;
    QString out;
};

} // namespace

void writeHtml(const ReportModel& model, QIODevice& device)
{
    writeAll(device, Html(model).build().toUtf8());
}

} // namespace pml
