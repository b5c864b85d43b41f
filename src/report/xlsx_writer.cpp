#include "core/error.h"
#include "core/messages.h"
#include "files/system_error.h"
#include "report_text.h"
#include "report_writers.h"
#include "writer_support.h"
#include "xlsx_error.h"
#include "xlsx_review.h"
#include "xlsx_sheet.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>

#include <algorithm>
#include <cerrno>
#include <xlsxwriter.h>

namespace pml {
namespace {

using xlsx::Book;
using xlsx::Column;
using xlsx::Sheet;

QString sheetName(const ReportText& t, const char* spanish, const char* english)
{
    return QString::fromUtf8(t.language() == ReportLanguage::Spanish ? spanish : english);
}

// Label and value pairs, one per row; long values wrap.
class Summary {
public:
    Summary(const Book& book, const ReportText& t)
        : sheet(book, sheetName(t, "Resumen", "Summary"),
                {Column(t(Phrase::Item), 40), Column(t(Phrase::Value), 76)}, {false, false, false})
    {
    }
    // Writes the label; the caller writes the value in column 1.
    Sheet& row(const QString& label)
    {
        if (started) {
            sheet.nextRow();
        }
        started = true;
        sheet.text(0, label);
        return sheet;
    }
    void text(const QString& label, const QString& value) { row(label).text(1, value); }
    void finish()
    {
        sheet.nextRow();
        sheet.finish();
    }
    Sheet sheet;

private:
    bool started = false;
};

void summaryHead(Summary& s, const ReportModel& m, const ReportText& t)
{
    if (!m.institution.isEmpty()) {
        s.text(t(Phrase::Institution), m.institution);
    }
    s.text(t(Phrase::Strategy), m.strategyTitle);
    s.text(t(Phrase::Quarter), t.quarter(m.quarter));
    if (m.subjectLine) {
        s.text(t(Phrase::Line), t.lineHeading(*m.subjectLine, m.subjectName));
    }
    s.row(t(Phrase::PeriodStart)).date(1, m.periodStart);
    s.row(t(Phrase::PeriodEnd)).date(1, m.periodEnd);
    s.row(t(Phrase::AsOf)).date(1, m.asOf);
    s.text(t(Phrase::Provisional), m.provisional ? t.provisionalNote(m) : t(Phrase::No));
    s.text(t(Phrase::TrackerFile), displayFileName(m.meta.trackerFile));
    s.row(t(Phrase::ProducedAt)).dateTime(1, m.meta.producedAt);
    s.text(t(Phrase::PreparedBy), m.meta.producedBy);
    s.text(t(Phrase::ReviewedBy), m.meta.reviewedBy);
    s.text(t(Phrase::RollupMode), t.rollupMode(m.mode));
    if (!m.fingerprint.isEmpty()) {
        s.text(t(Phrase::Fingerprint), t.fingerprint(m.fingerprint));
    }
    for (int i = 0; i < m.reviews.size(); ++i) {
        s.text(i == 0 ? t(Phrase::ReviewOfLines) : QString(), t.lineReviewSummary(m.reviews[i]));
    }
}

void summarySheet(const Book& book, const ReportModel& m, const ReportText& t)
{
    Summary s(book, t);
    summaryHead(s, m, t);
    s.row(t(Phrase::Actual)).percent(1, m.subject.current.actual);
    s.row(t(Phrase::Planned)).percent(1, m.subject.current.planned);
    s.row(t(Phrase::Schedule)).schedule(1, m.subject.current.schedule, t);
    s.row(t(Phrase::ChangeInQuarter)).points(1, m.subject.change);
    if (m.frozenSubject()) {
        s.text(t(Phrase::WholeStrategy), t(Phrase::StrategyLeftOut));
    } else if (m.subjectLine) {
        s.row(t(Phrase::WholeStrategy) + QStringLiteral(" — ") + t(Phrase::Actual))
            .percent(1, m.strategy.current.actual);
    }
    s.row(t(Phrase::TotalActivities)).integer(1, m.activityCount);
    for (auto it = m.statusCounts.begin(); it != m.statusCounts.end(); ++it) {
        s.row(t(Phrase::Status) + QStringLiteral(": ") + t.status(it.key())).integer(1, it.value());
    }
    for (auto it = m.scheduleCounts.begin(); it != m.scheduleCounts.end(); ++it) {
        s.row(t(Phrase::Schedule) + QStringLiteral(": ") + t.schedule(it.key()))
            .integer(1, it.value());
    }
    s.row(t(Phrase::UpdatesInQuarter)).integer(1, m.updatesInQuarter);
    s.row(t(Phrase::NeedingAttention)).integer(1, m.attention.size());
    const QStringList method = t.methodNote(m);
    for (int i = 0; i < method.size(); ++i) {
        s.text(i == 0 ? t(Phrase::Definitions) : QString(), method[i]);
    }
    s.finish();
}

void linesSheet(const Book& book, const ReportModel& m, const ReportText& t)
{
    Sheet sheet(book, sheetName(t, "Líneas", "Lines"),
                {QStringLiteral("N.º"), Column(t(Phrase::Line), 45), t(Phrase::Actual),
                 t(Phrase::Planned), t(Phrase::Gap), t(Phrase::ChangeInQuarter),
                 t(Phrase::Schedule), t(Phrase::PreviousQuarterEnd),
                 Column(t(Phrase::ReviewColumn), 34)});
    for (const LineSection& line : m.lines) {
        const Figures& now = line.trend.current;
        sheet.code(0, line.number);
        sheet.text(1, line.name);
        sheet.percent(2, now.actual);
        sheet.percent(3, now.planned);
        sheet.points(4, now.gap());
        sheet.points(5, line.trend.change);
        sheet.schedule(6, now.schedule, t);
        sheet.percent(7, line.trend.previous.actual);
        if (const LineReview* review = m.review(line.number)) {
            sheet.text(8, t.reviewSummary(*review));
        }
        sheet.nextRow();
    }
    sheet.finish();
}

void objectivesSheet(const Book& book, const ReportModel& m, const ReportText& t)
{
    Sheet sheet(book, sheetName(t, "Objetivos", "Objectives"),
                {t(Phrase::Line), QStringLiteral("N.º"), Column(t(Phrase::Objective), 55),
                 t(Phrase::Actual), t(Phrase::Planned), t(Phrase::Gap), t(Phrase::ChangeInQuarter),
                 t(Phrase::Schedule)});
    for (const LineSection& line : m.lines) {
        for (const ObjectiveRow& objective : line.objectives) {
            sheet.code(0, line.number);
            sheet.code(1, objective.number);
            sheet.text(2, objective.text);
            sheet.percent(3, objective.trend.current.actual);
            sheet.percent(4, objective.trend.current.planned);
            sheet.points(5, objective.gap);
            sheet.points(6, objective.trend.change);
            sheet.schedule(7, objective.trend.current.schedule, t);
            sheet.nextRow();
        }
    }
    sheet.finish();
}

void activitiesSheet(const Book& book, const ReportModel& m, const ReportText& t)
{
    Sheet sheet(book, sheetName(t, "Actividades", "Activities"),
                {t(Phrase::Code), Column(t(Phrase::Activity), 48), t(Phrase::Line),
                 t(Phrase::Objectives), t(Phrase::Horizon), t(Phrase::Status), t(Phrase::Percent),
                 t(Phrase::Weight), t(Phrase::Planned), t(Phrase::Schedule),
                 t(Phrase::PlannedStart), t(Phrase::PlannedEnd), Column(t(Phrase::Lead), 16),
                 Column(t(Phrase::Support), 22), t(Phrase::LastUpdate),
                 Column(t(Phrase::Reasons), 30)});
    QHash<QString, const AttentionRow*> attention;
    for (const AttentionRow& row : m.attention) {
        attention.insert(row.activity.code, &row);
    }
    for (const ReportActivity& a : m.activities) {
        QStringList leads;
        QStringList supports;
        for (const ActorRef& actor : a.actors) {
            (actor.role == ActorRole::Lead ? leads : supports).append(actor.name);
        }
        sheet.text(0, a.code);
        sheet.text(1, a.text);
        sheet.code(2, a.line);
        // One objective is a number (it sorts and filters as one); "21, 22" stays text.
        if (a.objectives.size() == 1) {
            sheet.code(3, a.objectives.first());
        } else {
            sheet.text(3, numberList(a.objectives));
        }
        sheet.text(4, t.horizon(a.horizon));
        sheet.text(5, t.status(a.status));
        sheet.percent(6, double(a.percent));
        sheet.number(7, a.weight, book.number, 6);
        sheet.percent(8, a.planned);
        sheet.schedule(9, a.schedule, t);
        sheet.date(10, a.plannedStart);
        sheet.date(11, a.plannedEnd);
        sheet.text(12, leads.join(QStringLiteral(", ")));
        sheet.text(13, supports.join(QStringLiteral(", ")));
        sheet.date(14, a.lastUpdate);
        if (const AttentionRow* row = attention.value(a.code)) {
            sheet.text(15, t.reasons(row->reasons));
        }
        sheet.nextRow();
    }
    sheet.finish();
}

void updatesSheet(const Book& book, const ReportModel& m, const ReportText& t)
{
    Sheet sheet(book, sheetName(t, "Actualizaciones", "Updates"),
                {t(Phrase::EffectiveDate), t(Phrase::Code), Column(t(Phrase::Activity), 40),
                 t(Phrase::Before) + QStringLiteral(": ") + t(Phrase::Status),
                 t(Phrase::Before) + QStringLiteral(": ") + t(Phrase::Percent),
                 t(Phrase::After) + QStringLiteral(": ") + t(Phrase::Status),
                 t(Phrase::After) + QStringLiteral(": ") + t(Phrase::Percent),
                 Column(t(Phrase::Note), 40), Column(t(Phrase::RecordedBy), 18),
                 t(Phrase::RecordedAt)});
    for (const UpdateRow& u : m.updates) {
        sheet.date(0, u.effectiveDate);
        sheet.text(1, u.code);
        sheet.text(2, u.text);
        sheet.text(3, t.status(u.oldStatus));
        sheet.percent(4, double(u.oldPercent));
        sheet.text(5, t.status(u.newStatus));
        sheet.percent(6, double(u.newPercent));
        sheet.text(7, u.note);
        sheet.text(8, u.recordedBy);
        sheet.dateTime(9, u.recordedAt);
        sheet.nextRow();
    }
    sheet.finish();
}

// Every printed page names the strategy and the report (provisional or not), the
// institution, the cut-off and the page number.
void setPageHeader(Book& book, const ReportModel& m, const ReportText& t)
{
    // Excel takes at most 255 characters per page header or footer: a part that would
    // exceed them is left out whole (the institution first, then the strategy), never cut.
    constexpr qsizetype limit = 255;
    const QString report = QStringLiteral("&L&8") + xlsx::headerText(t.documentTitle(m));
    QString header = QStringLiteral("&L&8") + xlsx::headerText(m.strategyTitle) +
                     QLatin1Char('\n') + xlsx::headerText(t.documentTitle(m));
    if (header.size() > limit) {
        header = report;
    }
    const QString institution = QStringLiteral("&R&8") + xlsx::headerText(m.institution);
    if (!m.institution.isEmpty() && header.size() + institution.size() <= limit) {
        header += institution;
    }
    QString footer = QStringLiteral("&L&8") + xlsx::headerText(t.cutOff(m.asOf));
    const QString file = displayFileName(m.meta.trackerFile);
    if (!file.isEmpty() && file.size() < 120) {
        footer += QStringLiteral(" · ") + xlsx::headerText(file);
    }
    footer +=
        QStringLiteral("&R&8") + t(Phrase::Page).arg(QStringLiteral("&P"), QStringLiteral("&N"));
    book.pageHeader = header.toUtf8();
    book.pageFooter = footer.toUtf8();
}

} // namespace

void writeXlsx(const ReportModel& model, QIODevice& device)
{
    // libxlsxwriter writes only to a file name: build the workbook in a private
    // temporary folder, then copy it into the device.
    QTemporaryDir folder;
    if (!folder.isValid()) {
        throw Error(Messages::tr("Could not create a temporary folder for the spreadsheet: %1.")
                        .arg(files::problemText(files::problemOfErrorText(folder.errorString()))),
                    folder.errorString());
    }
    const QString path = folder.filePath(QStringLiteral("report.xlsx"));
    QByteArray tmpdir = QFile::encodeName(folder.path());
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = tmpdir.data();
    options.use_zip64 = LXW_TRUE;
    lxw_workbook* book = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    if (!book) {
        throw Error(Messages::tr("Could not create the spreadsheet."));
    }
    const ReportText t(model.options.language);
    QByteArray title = outputText(t.documentTitle(model)).toUtf8();
    QByteArray subject = outputText(model.strategyTitle).toUtf8();
    QByteArray author = outputText(model.meta.producedBy).toUtf8();
    lxw_doc_properties properties{};
    properties.title = title.data();
    properties.subject = subject.data();
    properties.author = author.data();
    QByteArray company = outputText(model.institution).toUtf8();
    properties.company = company.data();
    // Created when the report was produced: the same model gives the same bytes.
    if (model.meta.producedAt.isValid()) {
        properties.created = time_t(model.meta.producedAt.toSecsSinceEpoch());
    }
    workbook_set_properties(book, &properties);
    try {
        Book formats = xlsx::makeBook(book, t);
        setPageHeader(formats, model, t);
        summarySheet(formats, model, t);
        linesSheet(formats, model, t);
        objectivesSheet(formats, model, t);
        activitiesSheet(formats, model, t);
        updatesSheet(formats, model, t);
        xlsx::reviewSheet(formats, model, t);
        xlsx::continuedSheet(formats);
    } catch (...) {
        workbook_close(book);
        throw;
    }
    errno = 0;
    const lxw_error result = workbook_close(book);
    if (result != LXW_NO_ERROR) {
        throw xlsx::closeError(result, errno);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(Messages::tr("Could not read the spreadsheet back: %1.")
                        .arg(files::problemText(files::problemOf(file))),
                    file.errorString());
    }
    writeAll(device, file.readAll());
}

} // namespace pml
