#include "xlsx_sheet.h"

#include "core/error.h"
#include "core/messages.h"
#include "writer_support.h"

#include <algorithm>
#include <cmath>

namespace pml::xlsx {
namespace {

lxw_color_t rgb(const QColor& color)
{
    return lxw_color_t(color.rgb() & 0xffffff);
}

constexpr double lineHeight = 15;       // points: one line of the default 11-point font
constexpr double maxWidth = 70;         // characters: the widest an unwrapped column gets
constexpr double headerWidth = 0.5;     // headers wrap on two lines: half their length
constexpr double maxRowHeight = 409;    // points: Excel's tallest row
constexpr qsizetype cellLimit = 32767;  // characters: Excel's longest cell
constexpr qsizetype partLength = 32000; // leaves room in a cell for the continued marker

QStringList splitIntoParts(const QString& text)
{
    QStringList parts;
    for (qsizetype at = 0; at < text.size();) {
        qsizetype length = std::min(partLength, text.size() - at);
        if (at + length < text.size() && text[at + length - 1].isHighSurrogate()) {
            --length; // never split a character in two
        }
        parts.append(text.mid(at, length));
        at += length;
    }
    return parts;
}

qsizetype continuedRows(const Book& book)
{
    qsizetype rows = 0;
    for (const Book::Continuation& c : book.continued) {
        rows += c.parts.size();
    }
    return rows;
}

} // namespace

Book makeBook(lxw_workbook* workbook, const ReportText& t)
{
    Book f;
    f.workbook = workbook;
    f.t = &t;
    f.header = workbook_add_format(workbook);
    format_set_bold(f.header);
    format_set_font_color(f.header, LXW_COLOR_WHITE);
    format_set_bg_color(f.header, 0x1b4f72);
    format_set_text_wrap(f.header);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
    f.text = workbook_add_format(workbook);
    format_set_align(f.text, LXW_ALIGN_VERTICAL_TOP);
    f.wrap = workbook_add_format(workbook);
    format_set_align(f.wrap, LXW_ALIGN_VERTICAL_TOP);
    format_set_text_wrap(f.wrap);
    f.bold = workbook_add_format(workbook);
    format_set_bold(f.bold);
    format_set_align(f.bold, LXW_ALIGN_VERTICAL_TOP);
    const bool spanish = t.language() == ReportLanguage::Spanish;
    const auto numeric = [&](const char* code) {
        lxw_format* format = workbook_add_format(workbook);
        format_set_num_format(format, code);
        format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
        return format;
    };
    f.percent = numeric("0.0%");
    f.points = numeric(spanish ? "+0.0\" p. p.\";-0.0\" p. p.\";0.0\" p. p.\""
                               : "+0.0\" pp\";-0.0\" pp\";0.0\" pp\"");
    f.number = numeric("0.###");
    f.integer = numeric("0");
    // Codes (line and objective numbers) and dates are centred: right-aligned, they
    // would run into the text of the next column.
    f.code = numeric("0");
    format_set_align(f.code, LXW_ALIGN_CENTER);
    const char* date = spanish ? "dd/mm/yyyy" : "yyyy-mm-dd";
    const char* dateTime = spanish ? "dd/mm/yyyy hh:mm" : "yyyy-mm-dd hh:mm";
    f.date = numeric(date);
    format_set_align(f.date, LXW_ALIGN_CENTER);
    f.dateTime = numeric(dateTime);
    format_set_align(f.dateTime, LXW_ALIGN_CENTER);
    f.leftDate = numeric(date);
    format_set_align(f.leftDate, LXW_ALIGN_LEFT);
    f.leftDateTime = numeric(dateTime);
    format_set_align(f.leftDateTime, LXW_ALIGN_LEFT);
    for (Schedule s : allSchedules()) {
        lxw_format* format = workbook_add_format(workbook);
        format_set_font_color(format, rgb(scheduleInk(s)));
        format_set_bg_color(format, rgb(scheduleTint(s)));
        format_set_bold(format);
        format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
        f.schedule.insert(s, format);
    }
    return f;
}

void continuedSheet(const Book& book)
{
    if (book.continued.isEmpty()) {
        return;
    }
    const ReportText& t = *book.t;
    Sheet sheet(
        book, t(Phrase::ContinuedSheet),
        {Column(t(Phrase::Cell)), Column(t(Phrase::Part)), Column(t(Phrase::ContinuedSheet), 100)});
    for (const Book::Continuation& c : book.continued) {
        for (qsizetype i = 0; i < c.parts.size(); ++i) {
            sheet.text(0, c.cell);
            sheet.text(1, QStringLiteral("%1/%2").arg(i + 2).arg(c.parts.size() + 1));
            sheet.text(2, c.parts[i]);
            sheet.nextRow();
        }
    }
    sheet.finish();
}

QString headerText(const QString& text)
{
    QString escaped = outputText(text);
    return escaped.replace(QLatin1Char('&'), QLatin1String("&&"));
}

int wrappedLines(const QString& text, double width)
{
    // A width unit is one digit of the default font; text averages narrower letters, so
    // about 1.1 of them fit (measured in LibreOffice with Carlito, Excel's Calibri twin).
    const int capacity = std::max(1, int(std::floor(width * 1.1)) - 1);
    int lines = 0;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        int used = 0;
        lines += 1;
        for (const QString& word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const int length = int(word.size());
            if (used > 0 && used + 1 + length > capacity) {
                lines += 1;
                used = 0;
            }
            // A word longer than a line breaks wherever the line ends.
            lines += std::max(0, (length - 1) / capacity);
            used = (used > 0 ? used + 1 : 0) + (length - 1) % capacity + 1;
        }
    }
    return std::max(lines, 1);
}

Sheet::Sheet(const Book& book, const QString& name, const QList<Column>& columns,
             const Layout& layout)
    : m_sheet(workbook_add_worksheet(book.workbook, name.toUtf8().constData()))
    , m_name(name)
    , m_book(book)
    , m_columns(columns)
    , m_layout(layout)
{
    if (!m_sheet) {
        throw Error(Messages::tr("Could not create the worksheet \"%1\".").arg(name));
    }
    m_widths.fill(8.0, columns.size());
    // A long header wraps on two lines rather than widening its column beyond its
    // longest word or half its length.
    worksheet_set_row(m_sheet, 0, 2 * lineHeight + 1, nullptr);
    for (int column = 0; column < columns.size(); ++column) {
        const QString& header = columns[column].header;
        qsizetype longestWord = 0;
        for (const QString& word : header.split(QLatin1Char(' '))) {
            longestWord = std::max(longestWord, word.size());
        }
        put(column, header, m_book.header);
        const double filterButton = layout.autofilter ? 3 : 1;
        fit(column,
            double(std::max(longestWord, qsizetype(std::ceil(header.size() * headerWidth)))) +
                filterButton);
    }
    m_row = 1;
}

void Sheet::nextRow()
{
    if (m_rowLines > 1) {
        worksheet_set_row(m_sheet, lxw_row_t(m_row),
                          std::min(m_rowLines * lineHeight + 2, maxRowHeight), nullptr);
    }
    m_rowLines = 1;
    ++m_row;
}

void Sheet::finish()
{
    for (int column = 0; column < m_columns.size(); ++column) {
        worksheet_set_column(m_sheet, lxw_col_t(column), lxw_col_t(column),
                             std::min(m_widths[column], maxWidth), nullptr);
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    if (m_layout.autofilter) {
        worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(std::max(m_row - 1, 0)),
                             lxw_col_t(m_columns.size() - 1));
    }
    pageSetup(m_layout);
}

void Sheet::pageSetup(const Layout& layout)
{
    worksheet_set_paper(m_sheet, 9); // A4
    if (layout.landscape) {
        worksheet_set_landscape(m_sheet);
    }
    worksheet_set_margins(m_sheet, 0.4, 0.4, 0.8, 0.7); // inches
    worksheet_fit_to_pages(m_sheet, 1, 0);              // one page wide, as tall as needed
    worksheet_repeat_rows(m_sheet, 0, 0);
    worksheet_gridlines(m_sheet, LXW_SHOW_ALL_GRIDLINES);
    worksheet_set_header(m_sheet, m_book.pageHeader.constData());
    worksheet_set_footer(m_sheet, m_book.pageFooter.constData());
}

void Sheet::text(int column, const QString& raw, lxw_format* format)
{
    const QString value = withinCellLimit(column, outputText(raw));
    const double wrap = m_columns[column].wrapWidth;
    if (wrap > 0) {
        put(column, value, format ? format : m_book.wrap);
        const int lines = wrappedLines(value, wrap);
        m_rowLines = std::max(m_rowLines, lines);
        fit(column, lines > 1 ? wrap : double(value.size()) + 1);
        return;
    }
    put(column, value, format ? format : m_book.text);
    fit(column, double(value.size()) + 1);
}

void Sheet::schedule(int column, Schedule value, const ReportText& t)
{
    text(column, t.schedule(value), m_book.schedule.value(value));
}

void Sheet::number(int column, double value, lxw_format* format, int width)
{
    worksheet_write_number(m_sheet, lxw_row_t(m_row), lxw_col_t(column), value, format);
    fit(column, width);
}

void Sheet::percent(int column, const std::optional<double>& value)
{
    if (value) {
        number(column, *value / 100.0, m_book.percent);
    }
}

void Sheet::points(int column, const std::optional<double>& value)
{
    if (value) {
        number(column, *value, m_book.points, 11);
    }
}

void Sheet::integer(int column, qint64 value)
{
    number(column, double(value), m_book.integer, 5);
}

void Sheet::code(int column, qint64 value)
{
    number(column, double(value), m_book.code, 5);
}

void Sheet::date(int column, const QDate& value)
{
    if (!value.isValid()) {
        return;
    }
    lxw_datetime when{value.year(), value.month(), value.day(), 0, 0, 0};
    worksheet_write_datetime(m_sheet, lxw_row_t(m_row), lxw_col_t(column), &when,
                             m_layout.centredDates ? m_book.date : m_book.leftDate);
    fit(column, 12);
}

void Sheet::dateTime(int column, const QDateTime& value)
{
    if (!value.isValid()) {
        return;
    }
    const QDateTime local = value.toLocalTime();
    lxw_datetime when{local.date().year(), local.date().month(),  local.date().day(),
                      local.time().hour(), local.time().minute(), double(local.time().second())};
    worksheet_write_datetime(m_sheet, lxw_row_t(m_row), lxw_col_t(column), &when,
                             m_layout.centredDates ? m_book.dateTime : m_book.leftDateTime);
    fit(column, 18);
}

void Sheet::put(int column, const QString& value, lxw_format* format)
{
    worksheet_write_string(m_sheet, lxw_row_t(m_row), lxw_col_t(column), value.toUtf8().constData(),
                           format);
}

// The part of `text` that fits in a cell, marked as continued in the continued sheet, where
// the rest goes: Excel refuses a longer cell, and the report must not lose a word.
QString Sheet::withinCellLimit(int column, const QString& text)
{
    if (text.size() <= cellLimit) {
        return text;
    }
    QStringList parts = splitIntoParts(text);
    char cell[LXW_MAX_CELL_NAME_LENGTH];
    lxw_rowcol_to_cell(cell, lxw_row_t(m_row), lxw_col_t(column));
    const qsizetype firstRow = continuedRows(m_book) + 2; // after the header row
    const QString first = parts.takeFirst();
    m_book.continued.append({m_name + QLatin1Char('!') + QString::fromLatin1(cell), parts});
    const ReportText& t = *m_book.t;
    return first + QLatin1Char(' ') +
           t(Phrase::ContinuedMarker).arg(t(Phrase::ContinuedSheet)).arg(firstRow);
}

void Sheet::fit(int column, double width)
{
    m_widths[column] = std::max(m_widths[column], width);
}

} // namespace pml::xlsx
