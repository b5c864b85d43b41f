#pragma once

#include "core/enums.h"
#include "report_text.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <xlsxwriter.h>

namespace pml::xlsx {

// The workbook's shared cell formats and its printed page header and footer.
struct Book {
    lxw_workbook* workbook = nullptr;
    lxw_format* header = nullptr;
    lxw_format* text = nullptr;
    lxw_format* wrap = nullptr; // long text, wrapped in its column
    lxw_format* bold = nullptr;
    lxw_format* percent = nullptr; // 0.123 shown as 12.3%
    lxw_format* points = nullptr;  // change in percentage points
    lxw_format* number = nullptr;
    lxw_format* integer = nullptr;
    lxw_format* code = nullptr; // a line or objective number, centred
    lxw_format* date = nullptr; // centred, as codes, between columns of text
    lxw_format* dateTime = nullptr;
    lxw_format* leftDate = nullptr; // in a column of values of every kind
    lxw_format* leftDateTime = nullptr;
    QHash<Schedule, lxw_format*> schedule;
    QByteArray pageHeader; // Excel header/footer codes (&L, &R, &P, &N)
    QByteArray pageFooter;
    const ReportText* t = nullptr;
    // A text too long for one cell: where it starts and the parts that did not fit.
    struct Continuation {
        QString cell; // "Updates!H12"
        QStringList parts;
    };
    // Filled while sheets are written (their Book is shared and const), written last.
    mutable QList<Continuation> continued;
};

Book makeBook(lxw_workbook* workbook, const ReportText& t);
// The sheet of continued texts, after every other sheet; none when nothing was too long.
void continuedSheet(const Book& book);
// "&&" for each "&", so user text in a page header stays text.
QString headerText(const QString& text);

// A column: its header and, for long text, the width at which it wraps.
struct Column {
    Column(QString header, double wrapWidth = 0)
        : header(std::move(header))
        , wrapWidth(wrapWidth)
    {
    }
    QString header;
    double wrapWidth = 0; // 0: one line, as wide as its widest cell (up to 70)
};

// How a sheet prints: wide sheets go landscape; every sheet is one page wide, repeats
// its header row on each page and carries the workbook's page header and footer.
struct Layout {
    bool landscape = true;
    bool autofilter = true;   // not on the two-column summary
    bool centredDates = true; // not in the summary's column of values
};

// One worksheet: a header row, then data rows. It remembers the widest cell of each
// column and the lines each row's wrapped text needs, so widths and heights fit.
class Sheet {
public:
    Sheet(const Book& book, const QString& name, const QList<Column>& columns,
          const Layout& layout = {});

    void nextRow();
    void finish();

    // Written exactly as given: a string cell is never evaluated as a formula.
    void text(int column, const QString& value, lxw_format* format = nullptr);
    void schedule(int column, Schedule value, const ReportText& t);
    void number(int column, double value, lxw_format* format, int width = 9);
    // Percent figures (0–100) are stored as fractions with a percent format.
    void percent(int column, const std::optional<double>& value);
    void points(int column, const std::optional<double>& value);
    void integer(int column, qint64 value);
    void code(int column, qint64 value); // a number that names something: centred
    void date(int column, const QDate& value);
    void dateTime(int column, const QDateTime& value);

private:
    void put(int column, const QString& value, lxw_format* format);
    QString withinCellLimit(int column, const QString& text);
    void fit(int column, double width);
    void pageSetup(const Layout& layout);

    lxw_worksheet* m_sheet;
    QString m_name;
    const Book& m_book;
    QList<Column> m_columns;
    Layout m_layout;
    int m_row = 0;
    int m_rowLines = 1; // lines the current row needs
    QList<double> m_widths;
};

// The lines `text` takes wrapped at `width` characters (a conservative estimate: the
// sheet's font is proportional and its metrics unknown here).
int wrappedLines(const QString& text, double width);

} // namespace pml::xlsx
