#include "core/error.h"
#include "core/messages.h"
#include "report_text.h"
#include "report_writers.h"
#include "writer_support.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>

#include <algorithm>
#include <xlsxwriter.h>

namespace pml {
namespace {

lxw_color_t rgb(const QColor& color)
{
    return lxw_color_t(color.rgb() & 0xffffff);
}

struct Formats {
    lxw_format* header = nullptr;
    lxw_format* text = nullptr;
    lxw_format* bold = nullptr;
    lxw_format* percent = nullptr; // 0.123 shown as 12.3%
    lxw_format* points = nullptr;  // change in percentage points
    lxw_format* number = nullptr;
    lxw_format* integer = nullptr;
    lxw_format* date = nullptr;
    lxw_format* dateTime = nullptr;
    QHash<Schedule, lxw_format*> schedule;
};

// One worksheet: a header row, then data rows; remembers the widest cell per column so
// the widths fit, and ends with frozen header row and autofilter.
class Sheet {
public:
    Sheet(lxw_workbook* book, const Formats& formats, const QString& name,
          const QStringList& headers)
        : m_sheet(workbook_add_worksheet(book, name.toUtf8().constData()))
        , m_formats(formats)
        , m_columns(int(headers.size()))
    {
        if (!m_sheet) {
            throw Error(Messages::tr("Could not create the worksheet \"%1\".").arg(name));
        }
        m_widths.fill(8.0, m_columns);
        // Headers wrap on two lines (the row is made tall enough), so a long header does
        // not widen its column more than its longest word or half its length needs.
        worksheet_set_row(m_sheet, 0, 31, nullptr);
        for (int column = 0; column < m_columns; ++column) {
            const QString& header = headers[column];
            qsizetype longestWord = 0;
            for (const QString& word : header.split(QLatin1Char(' '))) {
                longestWord = std::max(longestWord, word.size());
            }
            put(column, header, m_formats.header);
            fit(column, std::max(longestWord, (header.size() + 1) / 2) + 3); // + filter button
        }
        m_row = 1;
    }

    void finish()
    {
        for (int column = 0; column < m_columns; ++column) {
            worksheet_set_column(m_sheet, lxw_col_t(column), lxw_col_t(column),
                                 std::min(m_widths[column], 70.0), nullptr);
        }
        worksheet_freeze_panes(m_sheet, 1, 0);
        worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(std::max(m_row - 1, 0)),
                             lxw_col_t(m_columns - 1));
    }

    void nextRow() { ++m_row; }

    void text(int column, const QString& value, lxw_format* format = nullptr)
    {
        const QString safe = neutraliseFormula(value);
        put(column, safe, format ? format : m_formats.text);
        fit(column, safe.size() + 1);
    }
    void schedule(int column, Schedule value, const ReportText& t)
    {
        text(column, t.schedule(value), m_formats.schedule.value(value));
    }
    void number(int column, double value, lxw_format* format, int width = 9)
    {
        worksheet_write_number(m_sheet, lxw_row_t(m_row), lxw_col_t(column), value, format);
        fit(column, width);
    }
    // Percent figures (0–100) are stored as fractions with a percent format.
    void percent(int column, const std::optional<double>& value)
    {
        if (value) {
            number(column, *value / 100.0, m_formats.percent);
        }
    }
    void points(int column, const std::optional<double>& value)
    {
        if (value) {
            number(column, *value, m_formats.points, 11);
        }
    }
    void integer(int column, qint64 value) { number(column, double(value), m_formats.integer); }
    void date(int column, const QDate& value)
    {
        if (!value.isValid()) {
            return;
        }
        lxw_datetime when{value.year(), value.month(), value.day(), 0, 0, 0};
        worksheet_write_datetime(m_sheet, lxw_row_t(m_row), lxw_col_t(column), &when,
                                 m_formats.date);
        fit(column, 12);
    }
    void dateTime(int column, const QDateTime& value)
    {
        if (!value.isValid()) {
            return;
        }
        const QDateTime local = value.toLocalTime();
        lxw_datetime when{local.date().year(),   local.date().month(),
                          local.date().day(),    local.time().hour(),
                          local.time().minute(), double(local.time().second())};
        worksheet_write_datetime(m_sheet, lxw_row_t(m_row), lxw_col_t(column), &when,
                                 m_formats.dateTime);
        fit(column, 18);
    }

private:
    void put(int column, const QString& value, lxw_format* format)
    {
        worksheet_write_string(m_sheet, lxw_row_t(m_row), lxw_col_t(column),
                               value.toUtf8().constData(), format);
    }
    void fit(int column, qsizetype width)
    {
        m_widths[column] = std::max(m_widths[column], double(width));
    }

    lxw_worksheet* m_sheet;
    const Formats& m_formats;
    int m_columns;
    int m_row = 0;
    QList<double> m_widths;
};

Formats makeFormats(lxw_workbook* book, const ReportText& t)
{
    Formats f;
    f.header = workbook_add_format(book);
    format_set_bold(f.header);
    format_set_font_color(f.header, LXW_COLOR_WHITE);
    format_set_bg_color(f.header, 0x1b4f72);
    format_set_text_wrap(f.header);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
    f.text = workbook_add_format(book);
    format_set_align(f.text, LXW_ALIGN_VERTICAL_TOP);
    f.bold = workbook_add_format(book);
    format_set_bold(f.bold);
    f.percent = workbook_add_format(book);
    format_set_num_format(f.percent, "0.0%");
    f.points = workbook_add_format(book);
    format_set_num_format(f.points, t.language() == ReportLanguage::Spanish
                                        ? "+0.0\" p. p.\";-0.0\" p. p.\";0.0\" p. p.\""
                                        : "+0.0\" pp\";-0.0\" pp\";0.0\" pp\"");
    f.number = workbook_add_format(book);
    format_set_num_format(f.number, "0.###");
    f.integer = workbook_add_format(book);
    format_set_num_format(f.integer, "0");
    f.date = workbook_add_format(book);
    format_set_num_format(f.date,
                          t.language() == ReportLanguage::Spanish ? "dd/mm/yyyy" : "yyyy-mm-dd");
    f.dateTime = workbook_add_format(book);
    format_set_num_format(f.dateTime, t.language() == ReportLanguage::Spanish ? "dd/mm/yyyy hh:mm"
                                                                              : "yyyy-mm-dd hh:mm");
    for (Schedule s : {Schedule::NoData, Schedule::NotDue, Schedule::OnTrack, Schedule::AtRisk,
                       Schedule::Late, Schedule::Completed, Schedule::Cancelled}) {
        lxw_format* format = workbook_add_format(book);
        format_set_font_color(format, rgb(scheduleInk(s)));
        format_set_bg_color(format, rgb(scheduleTint(s)));
        format_set_bold(format);
        f.schedule.insert(s, format);
    }
    return f;
}

QString sheetName(const ReportText& t, const char* spanish, const char* english)
{
    return QString::fromUtf8(t.language() == ReportLanguage::Spanish ? spanish : english);
}

void summarySheet(lxw_workbook* book, const Formats& f, const ReportModel& m, const ReportText& t)
{
    Sheet sheet(book, f, sheetName(t, "Resumen", "Summary"), {t(Phrase::Item), t(Phrase::Value)});
    const auto label = [&](const QString& text) {
        sheet.text(0, text);
    };
    label(t(Phrase::Strategy));
    sheet.text(1, m.strategyTitle);
    sheet.nextRow();
    label(t(Phrase::Quarter));
    sheet.text(1, t.quarter(m.quarter));
    sheet.nextRow();
    label(t(Phrase::PeriodStart));
    sheet.date(1, m.periodStart);
    sheet.nextRow();
    label(t(Phrase::AsOf));
    sheet.date(1, m.asOf);
    sheet.nextRow();
    if (m.subjectLine) {
        label(t(Phrase::Line));
        sheet.text(1, t.lineHeading(*m.subjectLine, m.subjectName));
        sheet.nextRow();
    }
    label(t(Phrase::TrackerFile));
    sheet.text(1, displayFileName(m.meta.trackerFile));
    sheet.nextRow();
    label(t(Phrase::ProducedAt));
    sheet.dateTime(1, m.meta.producedAt);
    sheet.nextRow();
    label(t(Phrase::ProducedBy));
    sheet.text(1, m.meta.producedBy);
    sheet.nextRow();
    label(t(Phrase::RollupMode));
    sheet.text(1, t.rollupMode(m.mode));
    sheet.nextRow();
    label(t(Phrase::Actual));
    sheet.percent(1, m.subject.current.actual);
    sheet.nextRow();
    label(t(Phrase::Planned));
    sheet.percent(1, m.subject.current.planned);
    sheet.nextRow();
    label(t(Phrase::Schedule));
    sheet.schedule(1, m.subject.current.schedule, t);
    sheet.nextRow();
    label(t(Phrase::ChangeInQuarter));
    sheet.points(1, m.subject.change);
    sheet.nextRow();
    if (m.subjectLine) {
        label(t(Phrase::WholeStrategy) + QStringLiteral(" — ") + t(Phrase::Actual));
        sheet.percent(1, m.strategy.current.actual);
        sheet.nextRow();
    }
    label(t(Phrase::TotalActivities));
    sheet.integer(1, m.activityCount);
    sheet.nextRow();
    for (auto it = m.statusCounts.begin(); it != m.statusCounts.end(); ++it) {
        label(t(Phrase::Status) + QStringLiteral(": ") + t.status(it.key()));
        sheet.integer(1, it.value());
        sheet.nextRow();
    }
    for (auto it = m.scheduleCounts.begin(); it != m.scheduleCounts.end(); ++it) {
        label(t(Phrase::Schedule) + QStringLiteral(": ") + t.schedule(it.key()));
        sheet.integer(1, it.value());
        sheet.nextRow();
    }
    label(t(Phrase::UpdatesInQuarter));
    sheet.integer(1, m.updatesInQuarter);
    sheet.nextRow();
    sheet.finish();
}

void linesSheet(lxw_workbook* book, const Formats& f, const ReportModel& m, const ReportText& t)
{
    Sheet sheet(book, f, sheetName(t, "Líneas", "Lines"),
                {QStringLiteral("N.º"), t(Phrase::Line), t(Phrase::Actual), t(Phrase::Planned),
                 t(Phrase::Gap), t(Phrase::ChangeInQuarter), t(Phrase::Schedule),
                 t(Phrase::PreviousQuarterEnd)});
    for (const LineSection& line : m.lines) {
        const Figures& now = line.trend.current;
        sheet.integer(0, line.number);
        sheet.text(1, line.name);
        sheet.percent(2, now.actual);
        sheet.percent(3, now.planned);
        if (const auto gap = now.gap()) {
            sheet.points(4, *gap);
        }
        sheet.points(5, line.trend.change);
        sheet.schedule(6, now.schedule, t);
        sheet.percent(7, line.trend.previous.actual);
        sheet.nextRow();
    }
    sheet.finish();
}

void objectivesSheet(lxw_workbook* book, const Formats& f, const ReportModel& m,
                     const ReportText& t)
{
    Sheet sheet(book, f, sheetName(t, "Objetivos", "Objectives"),
                {t(Phrase::Line), QStringLiteral("N.º"), t(Phrase::Objective), t(Phrase::Actual),
                 t(Phrase::Planned), t(Phrase::Gap), t(Phrase::ChangeInQuarter),
                 t(Phrase::Schedule)});
    for (const LineSection& line : m.lines) {
        for (const ObjectiveRow& objective : line.objectives) {
            sheet.integer(0, line.number);
            sheet.integer(1, objective.number);
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

void activitiesSheet(lxw_workbook* book, const Formats& f, const ReportModel& m,
                     const ReportText& t)
{
    Sheet sheet(book, f, sheetName(t, "Actividades", "Activities"),
                {t(Phrase::Code), t(Phrase::Activity), t(Phrase::Line), t(Phrase::Objectives),
                 t(Phrase::Horizon), t(Phrase::Status), t(Phrase::Percent), t(Phrase::Weight),
                 t(Phrase::Planned), t(Phrase::Schedule), t(Phrase::PlannedStart),
                 t(Phrase::PlannedEnd), t(Phrase::Lead), t(Phrase::Support), t(Phrase::LastUpdate),
                 t(Phrase::Reasons)});
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
        sheet.integer(2, a.line);
        sheet.text(3, numberList(a.objectives));
        sheet.text(4, t.horizon(a.horizon));
        sheet.text(5, t.status(a.status));
        sheet.percent(6, double(a.percent));
        sheet.number(7, a.weight, f.number);
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

void updatesSheet(lxw_workbook* book, const Formats& f, const ReportModel& m, const ReportText& t)
{
    Sheet sheet(book, f, sheetName(t, "Actualizaciones", "Updates"),
                {t(Phrase::EffectiveDate), t(Phrase::Code), t(Phrase::Activity),
                 t(Phrase::Before) + QStringLiteral(": ") + t(Phrase::Status),
                 t(Phrase::Before) + QStringLiteral(": ") + t(Phrase::Percent),
                 t(Phrase::After) + QStringLiteral(": ") + t(Phrase::Status),
                 t(Phrase::After) + QStringLiteral(": ") + t(Phrase::Percent), t(Phrase::Note),
                 t(Phrase::RecordedBy), t(Phrase::RecordedAt)});
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

} // namespace

void writeXlsx(const ReportModel& model, QIODevice& device)
{
    // libxlsxwriter writes only to a file name: build the workbook in a private
    // temporary folder, then copy it into the device.
    QTemporaryDir folder;
    if (!folder.isValid()) {
        throw Error(Messages::tr("Could not create a temporary folder for the spreadsheet: %1")
                        .arg(folder.errorString()));
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
    QByteArray title = t.title(model.quarter).toUtf8();
    QByteArray subject = model.strategyTitle.toUtf8();
    QByteArray author = model.meta.producedBy.toUtf8();
    lxw_doc_properties properties{};
    properties.title = title.data();
    properties.subject = subject.data();
    properties.author = author.data();
    workbook_set_properties(book, &properties);
    try {
        const Formats formats = makeFormats(book, t);
        summarySheet(book, formats, model, t);
        linesSheet(book, formats, model, t);
        objectivesSheet(book, formats, model, t);
        activitiesSheet(book, formats, model, t);
        updatesSheet(book, formats, model, t);
    } catch (...) {
        workbook_close(book);
        throw;
    }
    const lxw_error result = workbook_close(book);
    if (result != LXW_NO_ERROR) {
        throw Error(Messages::tr("Could not write the spreadsheet: %1")
                        .arg(QString::fromUtf8(lxw_strerror(result))));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(
            Messages::tr("Could not read the spreadsheet back: %1").arg(file.errorString()));
    }
    writeAll(device, file.readAll());
}

} // namespace pml
