#include "core/error.h"
#include "pdf_closing.h"
#include "pdf_finish.h"
#include "pdf_layout.h"
#include "pdf_review.h"
#include "report_text.h"
#include "report_writers.h"
#include "writer_support.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace pml {
namespace {

using Style = PdfLayout::Style;
using Column = PdfLayout::Column;
using Cell = PdfLayout::Cell;
using Row = PdfLayout::Row;

const QColor accent(0x1b, 0x4f, 0x72);
const QColor muted(0x61, 0x61, 0x61);

constexpr int resolution = 300; // dots per inch: fine enough for text metrics and vectors

class PdfReport {
public:
    // `device` gives the resolution and font metrics the pages are laid out with.
    PdfReport(const ReportModel& model, QPaintDevice& device)
        : m(model)
        , t(model.options.language)
        , layout(device, QSizeF(210, 297), 18, 24, 20)
    {
    }

    void build()
    {
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
        section(t(Phrase::Definitions));
        layOutClosing(layout, m, t);
        contents();
    }

    int pageCount() const { return layout.pageCount(); }
    QSizeF pageSize() const { return layout.pageSize(); }

    void renderPage(QPainter& painter, int index) const
    {
        layout.renderPage(painter, index);
        decorate(painter, index, layout.pageCount());
    }

    void render(QPagedPaintDevice& device) const
    {
        QPainter painter;
        if (!painter.begin(&device)) {
            throw Error(QCoreApplication::translate("pml", "Could not start the PDF document."));
        }
        for (int index = 0; index < pageCount(); ++index) {
            if (index > 0) {
                device.newPage();
            }
            renderPage(painter, index);
        }
        painter.end();
    }

private:
    Cell scheduleCell(Schedule schedule) const
    {
        return {t.schedule(schedule), scheduleInk(schedule), scheduleTint(schedule), true};
    }

    // Sections start on a new page and are listed on the cover.
    void section(const QString& title)
    {
        if (layout.y() > layout.contentRect().top()) {
            layout.newPage();
        }
        sections.append({title, layout.currentPage()});
        layout.heading(title, Style::Heading1, layout.mm(20));
    }

    // The institution's logo and name above the band, when the tracker has them.
    void institution(const QImage& logo)
    {
        const QRectF content = layout.contentRect();
        double x = content.left();
        const double height = layout.mm(16);
        if (!logo.isNull()) {
            const double width = std::min(height * logo.width() / logo.height(), layout.mm(60));
            layout.image(QRectF(x, layout.mm(12), width, width * logo.height() / logo.width()),
                         logo);
            x += width + layout.mm(5);
        }
        if (!m.institution.isEmpty()) {
            layout.text(QRectF(x, layout.mm(12), content.right() - x, height), m.institution,
                        Style::Heading2, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                        accent);
        }
    }

    void cover()
    {
        const QRectF content = layout.contentRect();
        const QImage logo = reportLogo(m);
        const bool hasInstitution = !m.institution.isEmpty() || !logo.isNull();
        const double band = hasInstitution ? layout.mm(31) : layout.mm(14);
        if (hasInstitution) {
            institution(logo);
        }
        layout.rect(QRectF(content.left(), band, content.width(), layout.mm(2.2)), accent);
        layout.setY(band + layout.mm(hasInstitution ? 14 : 26));
        layout.paragraph(m.strategyTitle, Style::Subtitle, muted);
        layout.space(layout.mm(8));
        layout.paragraph(t.title(m.quarter), Style::Title, accent);
        layout.space(layout.mm(5));
        if (m.subjectLine) {
            layout.paragraph(t(Phrase::LineReportTitle), Style::Subtitle);
            layout.paragraph(t.lineHeading(*m.subjectLine, m.subjectName), Style::Heading2);
            layout.space(layout.mm(3));
        }
        layout.paragraph(t.cutOff(m.asOf), Style::Subtitle);
        if (m.provisional) {
            provisionalBox();
        }
        layout.space(layout.mm(12));
        definition(t(Phrase::TrackerFile), displayFileName(m.meta.trackerFile));
        definition(t(Phrase::ProducedAt), t.dateTime(m.meta.producedAt));
        definition(t(Phrase::ProducedBy), m.meta.producedBy);
        if (!m.meta.reviewedBy.isEmpty()) {
            definition(t(Phrase::ReviewedBy), m.meta.reviewedBy);
        }
        definition(t(Phrase::RollupMode), t.rollupMode(m.mode));
        if (!m.fingerprint.isEmpty()) {
            definition(t(Phrase::Fingerprint), t.fingerprint(m.fingerprint));
        }
        // The committee sees first where each line's quarter stands.
        layout.space(layout.mm(8));
        layOutReviewOverview(layout, m, t);
        layout.space(layout.mm(4));
        layout.heading(t(Phrase::Contents), Style::Heading2, 0);
        contentsTop = layout.y();
    }

    // "Informe provisional: el trimestre termina el …" in an amber box.
    void provisionalBox()
    {
        const QRectF content = layout.contentRect();
        const QColor ink = scheduleInk(Schedule::AtRisk);
        const double pad = layout.mm(3);
        const double height =
            layout.textHeight(t.provisionalNote(m), Style::BodyBold, content.width() - 2 * pad);
        layout.space(layout.mm(5));
        const QRectF box(content.left(), layout.y(), content.width(), height + 2 * pad);
        layout.rect(box, scheduleTint(Schedule::AtRisk), ink, layout.mm(0.4));
        layout.text(box.adjusted(pad, pad, -pad, -pad), t.provisionalNote(m), Style::BodyBold,
                    Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, ink);
        layout.setY(box.bottom());
    }

    void definition(const QString& label, const QString& value)
    {
        const QRectF content = layout.contentRect();
        const double labelWidth = layout.mm(48);
        const double height =
            std::max(layout.textHeight(value, Style::Body, content.width() - labelWidth),
                     layout.textHeight(label, Style::BodyBold, labelWidth));
        layout.text(QRectF(content.left(), layout.y(), labelWidth, height), label, Style::BodyBold,
                    Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, muted);
        layout.text(
            QRectF(content.left() + labelWidth, layout.y(), content.width() - labelWidth, height),
            value.isEmpty() ? QStringLiteral("—") : value, Style::Body,
            Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
        layout.space(height + layout.mm(1.5));
    }

    // Fills the cover's contents once every section's page is known.
    void contents()
    {
        const QRectF content = layout.contentRect();
        double y = contentsTop;
        const double height = layout.metrics(Style::Body).height() + layout.mm(1.2);
        for (const auto& [title, page] : sections) {
            layout.text(QRectF(content.left(), y, content.width() - layout.mm(15), height), title,
                        Style::Body, Qt::AlignLeft | Qt::AlignVCenter, {}, 0);
            layout.text(QRectF(content.right() - layout.mm(15), y, layout.mm(15), height),
                        QString::number(page + 1), Style::Body, Qt::AlignRight | Qt::AlignVCenter,
                        {}, 0);
            y += height;
        }
    }

    void kpis(const Trend& trend)
    {
        const QRectF content = layout.contentRect();
        const double gap = layout.mm(3);
        const double width = (content.width() - 3 * gap) / 4;
        const double height = layout.mm(17);
        layout.ensure(height);
        struct Box {
            QString label;
            QString value;
            QColor color;
            QColor fill;
        };
        const Schedule schedule = trend.current.schedule;
        const Box boxes[] = {
            {t(Phrase::Actual), t.percent(trend.current.actual), accent, QColor(0xf3, 0xf6, 0xf8)},
            {t(Phrase::Planned), t.percent(trend.current.planned), accent,
             QColor(0xf3, 0xf6, 0xf8)},
            {t(Phrase::Schedule), t.schedule(schedule), scheduleInk(schedule),
             scheduleTint(schedule)},
            {t(Phrase::ChangeInQuarter), t.points(trend.change), accent, QColor(0xf3, 0xf6, 0xf8)},
        };
        double x = content.left();
        const double top = layout.y();
        for (const Box& box : boxes) {
            const QRectF r(x, top, width, height);
            layout.rect(r, box.fill, QColor(0xcf, 0xd8, 0xdc), layout.mm(0.2));
            layout.text(r.adjusted(layout.mm(2.5), layout.mm(2), -layout.mm(2), 0), box.label,
                        Style::Small, Qt::AlignLeft | Qt::AlignTop, muted);
            layout.text(r.adjusted(layout.mm(2.5), layout.mm(6.5), -layout.mm(2), -layout.mm(1)),
                        box.value, Style::Heading1, Qt::AlignLeft | Qt::AlignVCenter, box.color);
            x += width + gap;
        }
        layout.setY(top + height + layout.mm(5));
    }

    std::function<QString(double)> percentFormat() const
    {
        return [this](double value) {
            return t.percent(value);
        };
    }

    std::function<QString(int)> tickFormat() const
    {
        return [this](int value) {
            return t.wholePercent(value);
        };
    }

    void chart(const QList<PdfLayout::Bar>& bars)
    {
        layout.barChart(bars, percentFormat(), tickFormat(), t(Phrase::NoData), t(Phrase::Actual),
                        t(Phrase::Planned));
        layout.space(layout.mm(4));
    }

    void summary()
    {
        section(t(Phrase::Summary));
        layout.paragraph(t(m.subjectLine ? Phrase::LineSummaryIntro : Phrase::SummaryIntro),
                         Style::Body);
        layout.space(layout.mm(4));
        if (m.subjectLine) {
            layout.paragraph(t.lineHeading(*m.subjectLine, m.subjectName), Style::Heading2, accent);
            layout.space(layout.mm(2));
        }
        kpis(m.subject);
        if (m.frozenSubject()) {
            layout.paragraph(t(Phrase::StrategyLeftOut), Style::Small, muted);
            layout.space(layout.mm(4));
        } else if (m.subjectLine) {
            layout.paragraph(QStringLiteral("%1: %2 %3 · %4 %5 · %6 %7")
                                 .arg(t(Phrase::WholeStrategy), t(Phrase::Actual),
                                      t.percent(m.strategy.current.actual), t(Phrase::Planned),
                                      t.percent(m.strategy.current.planned), t(Phrase::Schedule),
                                      t.schedule(m.strategy.current.schedule)),
                             Style::Small, muted);
            layout.space(layout.mm(4));
        }
        counts();
        layout.space(layout.mm(4));
        layout.paragraph(
            QStringLiteral("%1: %2").arg(t(Phrase::UpdatesInQuarter)).arg(m.updatesInQuarter),
            Style::BodyBold);
        layout.paragraph(t(Phrase::UpdatesInQuarterNote), Style::Small, muted);
        layout.space(layout.mm(5));
        if (!m.subjectLine) {
            layout.heading(t(Phrase::LinesOverview), Style::Heading2,
                           layout.barChartHeight(int(m.lines.size())));
            QList<PdfLayout::Bar> bars;
            for (const LineSection& line : m.lines) {
                bars.append({QStringLiteral("%1 %2").arg(t(Phrase::Line)).arg(line.number),
                             line.trend.current.actual, line.trend.current.planned});
            }
            chart(bars);
            QList<Row> rows;
            for (const LineSection& line : m.lines) {
                rows.append(Row{{QStringLiteral("%1. %2").arg(line.number).arg(line.name)},
                                {t.percent(line.trend.current.actual)},
                                {t.percent(line.trend.current.planned)},
                                {t.points(line.trend.change)},
                                scheduleCell(line.trend.current.schedule)});
            }
            layout.table({{t(Phrase::Line), 40},
                          {t(Phrase::Actual), 14, Qt::AlignRight},
                          {t(Phrase::Planned), 14, Qt::AlignRight},
                          {t(Phrase::Change), 16, Qt::AlignRight},
                          {t(Phrase::Schedule), 14}},
                         rows);
            layout.space(layout.mm(5));
        }
    }

    // Activities by status and by schedule status, side by side.
    void counts()
    {
        const QRectF content = layout.contentRect();
        const double gap = layout.mm(8);
        const double width = (content.width() - gap) / 2;
        QList<Row> byStatus;
        for (auto it = m.statusCounts.begin(); it != m.statusCounts.end(); ++it) {
            byStatus.append(Row{{t.status(it.key())}, {QString::number(it.value())}});
        }
        byStatus.append(Row{{t(Phrase::TotalActivities), {}, {}, true},
                            {QString::number(m.activityCount), {}, {}, true}});
        QList<Row> bySchedule;
        for (auto it = m.scheduleCounts.begin(); it != m.scheduleCounts.end(); ++it) {
            bySchedule.append(Row{scheduleCell(it.key()), {QString::number(it.value())}});
        }
        const QList<Column> statusColumns{{t(Phrase::Status), 3},
                                          {t(Phrase::Count), 1, Qt::AlignRight}};
        const QList<Column> scheduleColumns{{t(Phrase::Schedule), 3},
                                            {t(Phrase::Count), 1, Qt::AlignRight}};
        const double titleHeight = layout.metrics(Style::Heading2).height() + layout.mm(2);
        const double height =
            titleHeight + std::max(layout.tableHeight(statusColumns, byStatus, width),
                                   layout.tableHeight(scheduleColumns, bySchedule, width));
        layout.ensure(height);
        const double top = layout.y();
        layout.text(QRectF(content.left(), top, width, titleHeight), t(Phrase::ActivitiesByStatus),
                    Style::Heading2, Qt::AlignLeft | Qt::AlignTop, accent);
        layout.text(QRectF(content.left() + width + gap, top, width, titleHeight),
                    t(Phrase::ActivitiesBySchedule), Style::Heading2, Qt::AlignLeft | Qt::AlignTop,
                    accent);
        layout.setY(top + titleHeight);
        layout.table(statusColumns, byStatus, content.left(), width);
        const double left = layout.y();
        layout.setY(top + titleHeight);
        layout.table(scheduleColumns, bySchedule, content.left() + width + gap, width);
        layout.setY(std::max(left, layout.y()));
    }

    void lineSection(const LineSection& line)
    {
        const QString title = t.lineHeading(line.number, line.name);
        QList<Row> rows;
        for (const ObjectiveRow& objective : line.objectives) {
            rows.append(Row{{QString::number(objective.number)},
                            {objective.text},
                            {t.percent(objective.trend.current.actual)},
                            {t.percent(objective.trend.current.planned)},
                            {t.points(objective.gap)},
                            {t.points(objective.trend.change)},
                            scheduleCell(objective.trend.current.schedule)});
        }
        const QList<Column> columns{{QStringLiteral("N.º"), 6, Qt::AlignRight},
                                    {t(Phrase::Objective), 38},
                                    {t(Phrase::Actual), 11, Qt::AlignRight},
                                    {t(Phrase::Planned), 11, Qt::AlignRight},
                                    {t(Phrase::Gap), 11, Qt::AlignRight},
                                    {t(Phrase::Change), 11, Qt::AlignRight},
                                    {t(Phrase::Schedule), 12}};
        // Lines flow one after another; a line's figures, chart and table stay on one
        // page when they fit on one, else at least its figures and chart do.
        const LineReview* review = m.review(line.number);
        const double chartHeight =
            layout.barChartHeight(int(line.objectives.size())) + (review ? layout.mm(22) : 0);
        const double whole = layout.mm(40) + chartHeight +
                             layout.tableHeight(columns, rows, layout.contentRect().width());
        const double keep =
            whole < layout.contentRect().height() * 0.9 ? whole : layout.mm(30) + chartHeight;
        if (&line == &m.lines.first()) {
            layout.newPage();
        }
        sections.append({title, -1});
        layout.heading(title, Style::Heading1, keep);
        sections.last().second = layout.currentPage();
        if (!m.subjectLine) { // a line report shows them in its summary already
            kpis(line.trend);
        }
        if (review) {
            layOutReviewState(layout, m, *review, t);
        }
        layout.heading(t(Phrase::ObjectivesChart), Style::Heading2,
                       layout.barChartHeight(int(line.objectives.size())));
        QList<PdfLayout::Bar> bars;
        for (const ObjectiveRow& objective : line.objectives) {
            bars.append({t.objectiveLabel(objective.number), objective.trend.current.actual,
                         objective.trend.current.planned});
        }
        chart(bars);
        layout.table(columns, rows);
        layout.space(layout.mm(8));
        if (review) {
            layOutNarrative(layout, *review, t);
        }
    }

    void updates()
    {
        section(t(Phrase::UpdatedActivities));
        layout.paragraph(t(Phrase::UpdatedActivitiesIntro), Style::Body);
        layout.space(layout.mm(3));
        if (m.updates.isEmpty()) {
            layout.paragraph(t(Phrase::NoUpdates), Style::Body, muted);
            return;
        }
        QList<Row> rows;
        for (const UpdateRow& u : m.updates) {
            rows.append(Row{{t.date(u.effectiveDate)},
                            {u.code, {}, {}, true},
                            {u.text},
                            {t.status(u.oldStatus, u.oldPercent)},
                            {t.status(u.newStatus, u.newPercent)},
                            {u.note},
                            {u.recordedBy}});
        }
        layout.table({{t(Phrase::EffectiveDate), 11},
                      {t(Phrase::Code), 8},
                      {t(Phrase::Activity), 25},
                      {t(Phrase::Before), 13},
                      {t(Phrase::After), 13},
                      {t(Phrase::Note), 19},
                      {t(Phrase::RecordedBy), 11}},
                     rows);
    }

    void attention()
    {
        section(t(Phrase::NeedingAttention));
        layout.paragraph(t(Phrase::NeedingAttentionIntro), Style::Body);
        layout.space(layout.mm(3));
        if (m.attention.isEmpty()) {
            layout.paragraph(t(Phrase::NothingNeedsAttention), Style::Body, muted);
            return;
        }
        layout.paragraph(t.reasonCounts(m.attention), Style::BodyBold);
        layout.space(layout.mm(3));
        QList<Row> rows;
        for (const AttentionRow& item : m.attention) {
            const ReportActivity& a = item.activity;
            rows.append(Row{{a.code, {}, {}, true},
                            {a.text},
                            {t.status(a.status, a.percent)},
                            {t.percent(a.planned)},
                            scheduleCell(a.schedule),
                            {t.reasons(item.reasons, QStringLiteral("\n"))}});
        }
        layout.table({{t(Phrase::Code), 8},
                      {t(Phrase::Activity), 36},
                      {t(Phrase::Status), 17},
                      {t(Phrase::Planned), 10, Qt::AlignRight},
                      {t(Phrase::Schedule), 11},
                      {t(Phrase::Reasons), 18}},
                     rows);
    }

    void appendix()
    {
        section(t(Phrase::Appendix));
        layout.paragraph(t(Phrase::AppendixIntro), Style::Body);
        layout.space(layout.mm(3));
        QList<Row> rows;
        rows.reserve(m.activities.size());
        for (const ReportActivity& a : m.activities) {
            rows.append(Row{{a.code, {}, {}, true},
                            {a.text},
                            {t.status(a.status, a.percent)},
                            {t.percent(a.planned)},
                            scheduleCell(a.schedule),
                            {t.actors(a.actors)},
                            {t.date(a.lastUpdate)}});
        }
        layout.table({{t(Phrase::Code), 8},
                      {t(Phrase::Activity), 32},
                      {t(Phrase::Status), 16},
                      {t(Phrase::Planned), 10, Qt::AlignRight},
                      {t(Phrase::Schedule), 11},
                      {t(Phrase::ResponsibleActors), 13},
                      {t(Phrase::LastUpdate), 11}},
                     rows);
    }

    // The running header: the strategy's full title (wrapped, never cut), then the report
    // and, while the quarter runs, "Informe provisional".
    void decorateHeader(QPainter& painter) const
    {
        const QRectF content = layout.contentRect();
        const QFontMetricsF& small = layout.metrics(Style::Small);
        const double bottom = content.top() - layout.mm(4);
        QString report = t.title(m.quarter);
        if (m.subjectLine) {
            report += QStringLiteral(" · %1 %2").arg(t(Phrase::Line)).arg(*m.subjectLine);
        }
        const double titleHeight =
            layout.textHeight(m.strategyTitle, Style::Small, content.width());
        const double top = bottom - titleHeight - small.height();
        const int wrap = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
        layout.drawText(painter, QRectF(content.left(), top, content.width(), titleHeight),
                        m.strategyTitle, Style::Small, wrap, muted);
        const QRectF second(content.left(), top + titleHeight, content.width(), small.height());
        layout.drawText(painter, second, report, Style::Small, Qt::AlignLeft | Qt::AlignVCenter,
                        muted);
        if (m.provisional) {
            layout.drawText(painter, second, t(Phrase::Provisional), Style::CellBold,
                            Qt::AlignRight | Qt::AlignVCenter, scheduleInk(Schedule::AtRisk));
        }
        painter.setPen(QPen(QColor(0xcf, 0xd8, 0xdc), layout.mm(0.25)));
        painter.drawLine(QPointF(content.left(), bottom + layout.mm(1)),
                         QPointF(content.right(), bottom + layout.mm(1)));
    }

    void decorate(QPainter& painter, int page, int pages) const
    {
        const QRectF content = layout.contentRect();
        const QFontMetricsF& small = layout.metrics(Style::Small);
        if (page > 0) {
            decorateHeader(painter);
        }
        const double y = content.bottom() + layout.mm(7);
        painter.setPen(QPen(QColor(0xcf, 0xd8, 0xdc), layout.mm(0.25)));
        painter.drawLine(QPointF(content.left(), y - layout.mm(1.5)),
                         QPointF(content.right(), y - layout.mm(1.5)));
        QString left = t.cutOff(m.asOf);
        if (m.provisional) {
            left += QStringLiteral(" (%1)").arg(t(Phrase::Provisional));
        }
        const QString file = displayFileName(m.meta.trackerFile);
        if (!file.isEmpty()) {
            left += QStringLiteral(" · ") + file;
        }
        if (!m.fingerprint.isEmpty()) {
            left += QStringLiteral(" · %1 %2")
                        .arg(t(Phrase::Fingerprint), t.fingerprint(m.fingerprint));
        }
        layout.drawText(painter, QRectF(content.left(), y, content.width() * 0.75, small.height()),
                        small.elidedText(left, Qt::ElideMiddle, content.width() * 0.75),
                        Style::Small, Qt::AlignLeft | Qt::AlignVCenter, muted);
        layout.drawText(painter, QRectF(content.left(), y, content.width(), small.height()),
                        t.pageOf(page + 1, pages), Style::Small, Qt::AlignRight | Qt::AlignVCenter,
                        muted);
    }

    const ReportModel& m;
    const ReportText t;
    PdfLayout layout;
    QList<std::pair<QString, int>> sections;
    double contentsTop = 0;
};

void requireGuiApplication()
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        // Fonts need a QGuiApplication (QT_QPA_PLATFORM=offscreen is enough).
        throw Error(QCoreApplication::translate(
            "pml", "Writing a PDF needs a QGuiApplication (set QT_QPA_PLATFORM=offscreen)."));
    }
}

void setUpA4(QPagedPaintDevice& device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
}

} // namespace

void writePdf(const ReportModel& model, QIODevice& device)
{
    requireGuiApplication();
    // Written to memory first: finishPdf() completes what Qt's writer leaves out.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(resolution);
        setUpA4(writer);
        const ReportText t(model.options.language);
        writer.setTitle(t.documentTitle(model));
        writer.setCreator(QStringLiteral("PML Tracker"));
        PdfReport report(model, writer);
        report.build();
        report.render(writer);
    }
    writeAll(device, finishPdf(buffer.data(), model.meta.producedBy));
}

void paintReport(const ReportModel& model, QPagedPaintDevice& device)
{
    requireGuiApplication();
    setUpA4(device);
    PdfReport report(model, device);
    report.build();
    report.render(device);
}

namespace {

// Pages are laid out with a PDF writer's metrics, exactly as in the PDF; it is never
// painted on.
struct LayoutDevice {
    QBuffer unused;
    QPdfWriter writer{&unused};
    LayoutDevice() { writer.setResolution(resolution); }
};

} // namespace

struct ReportPreview::Private {
    LayoutDevice device;
    PdfReport report;
    explicit Private(const ReportModel& model)
        : report(model, device.writer)
    {
        report.build();
    }
};

ReportPreview::ReportPreview(const ReportModel& model)
{
    requireGuiApplication();
    d = std::make_unique<Private>(model);
}

ReportPreview::~ReportPreview() = default;

int ReportPreview::pageCount() const
{
    return d->report.pageCount();
}

QImage ReportPreview::page(int index, int width) const
{
    const QSizeF size = d->report.pageSize(); // in layout dots (300 per inch)
    const double scale = width / size.width();
    QImage image(width, qRound(size.height() * scale), QImage::Format_RGB32);
    // The image claims the layout's resolution so fonts keep the sizes they were measured
    // with; the painter then scales the whole page down to the requested width.
    const int dotsPerMeter = qRound(resolution / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    if (index < 0 || index >= pageCount()) {
        return image;
    }
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    d->report.renderPage(painter, index);
    return image;
}

} // namespace pml
