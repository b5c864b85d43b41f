#include "pdf_layout.h"

#include "writer_support.h"

#include <QPainter>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace pml {
namespace {

const QColor ink(0x21, 0x21, 0x21);
const QColor accent(0x1b, 0x4f, 0x72);
const QColor rule(0xcf, 0xd8, 0xdc);
const QColor stripe(0xf3, 0xf6, 0xf8);
const QColor plannedColor(0xb0, 0xbe, 0xc5);
const QColor muted(0x61, 0x61, 0x61);

constexpr int wrapFlags = Qt::TextWordWrap;

} // namespace

PdfLayout::PdfLayout(QPaintDevice& device, QSizeF pageSizeMm, double marginMm, double topMm,
                     double bottomMm)
    : m_device(device)
    , m_dotsPerMm(device.logicalDpiY() / 25.4)
{
    m_pageSize = QSizeF(mm(pageSizeMm.width()), mm(pageSizeMm.height()));
    m_content =
        QRectF(QPointF(mm(marginMm), mm(topMm)),
               QPointF(m_pageSize.width() - mm(marginMm), m_pageSize.height() - mm(bottomMm)));
    const struct {
        double points;
        bool bold;
    } specs[] = {{19, true},  {12.5, false}, {14, true}, {11, true}, {9.5, false},
                 {9.5, true}, {7.5, false},  {8, false}, {8, true},  {17, true}};
    for (const auto& spec : specs) {
        QFont font(QStringLiteral("DejaVu Sans"));
        // No shaping: no ligature glyphs, so the PDF's text layer holds the real letters
        // ("fi", not "ﬁ") and a search for "Identificar" finds it.
        font.setStyleHint(QFont::SansSerif, QFont::PreferNoShaping);
        font.setPointSizeF(spec.points);
        font.setBold(spec.bold);
        m_fonts.append(font);
        m_metrics.append(QFontMetricsF(font, &m_device));
    }
    newPage();
}

QFont PdfLayout::font(Style style) const
{
    return m_fonts[int(style)];
}

const QFontMetricsF& PdfLayout::metrics(Style style) const
{
    return m_metrics[int(style)];
}

void PdfLayout::newPage()
{
    m_pages.append(Page{});
    m_y = m_content.top();
}

void PdfLayout::ensure(double height)
{
    if (m_y + height > m_content.bottom() && m_y > m_content.top()) {
        newPage();
    }
}

double PdfLayout::textHeight(const QString& raw, Style style, double width, int flags) const
{
    const QFontMetricsF& fm = metrics(style);
    const QString text = outputText(raw);
    if (text.isEmpty() ||
        (!text.contains(QLatin1Char('\n')) && fm.horizontalAdvance(text) <= width)) {
        return fm.height();
    }
    return fm.boundingRect(QRectF(0, 0, width, 1e7), flags | wrapFlags, text).height();
}

void PdfLayout::paragraph(const QString& text, Style style, const QColor& color, double x,
                          double width)
{
    if (x < 0) {
        x = m_content.left();
    }
    if (width < 0) {
        width = m_content.right() - x;
    }
    const double height = textHeight(text, style, width);
    ensure(height);
    this->text(QRectF(x, m_y, width, height), text, style, Qt::AlignLeft | Qt::AlignTop | wrapFlags,
               color);
    m_y += height;
}

void PdfLayout::heading(const QString& text, Style style, double keepWithNext)
{
    const double height = textHeight(text, style, m_content.width());
    ensure(height + mm(2) + keepWithNext);
    this->text(QRectF(m_content.left(), m_y, m_content.width(), height), text, style,
               Qt::AlignLeft | Qt::AlignTop | wrapFlags, accent);
    m_y += height + mm(0.8);
    if (style == Style::Heading1) {
        line(QPointF(m_content.left(), m_y), QPointF(m_content.right(), m_y), accent, mm(0.5));
        m_y += mm(3);
    } else {
        m_y += mm(1.2);
    }
}

// Column shares follow the weights, but no column is narrower than its longest header
// word or, for narrow columns (codes, percents, dates, statuses), its longest cell word:
// those never break mid-word. The wide text columns give up the difference.
QList<double> PdfLayout::columnWidths(const QList<Column>& columns, const QList<Row>& rows,
                                      double width) const
{
    const double total =
        std::accumulate(columns.begin(), columns.end(), 0.0,
                        [](double sum, const Column& c) { return sum + c.weight; });
    const double padding = 2 * mm(1.2) + mm(0.3);
    const auto longestWord = [this](const QString& text, Style style) {
        double widest = 0;
        for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            widest = std::max(widest, metrics(style).horizontalAdvance(word));
        }
        return widest;
    };
    QList<double> widths;
    QList<double> minimums;
    for (int i = 0; i < columns.size(); ++i) {
        const double share = width * columns[i].weight / total;
        double minimum = longestWord(columns[i].header, Style::CellBold);
        if (columns[i].weight / total <= 0.16) {
            QSet<QString> seen;
            for (const Row& row : rows) {
                if (i < row.size() && !seen.contains(row[i].text)) {
                    seen.insert(row[i].text);
                    minimum =
                        std::max(minimum, longestWord(row[i].text,
                                                      row[i].bold ? Style::CellBold : Style::Cell));
                }
            }
        }
        minimum = std::min(minimum + padding, width / 2);
        minimums.append(minimum);
        widths.append(std::max(share, minimum));
    }
    const double used = std::accumulate(widths.begin(), widths.end(), 0.0);
    if (used > width) {
        double slack = 0;
        for (int i = 0; i < widths.size(); ++i) {
            slack += widths[i] - minimums[i];
        }
        const double excess = used - width;
        for (int i = 0; i < widths.size(); ++i) {
            widths[i] = slack > excess ? widths[i] - excess * (widths[i] - minimums[i]) / slack
                                       : widths[i] * width / used;
        }
    }
    return widths;
}

double PdfLayout::rowHeight(const QList<Column>& columns, const Row& row,
                            const QList<double>& widths, bool header) const
{
    const double padX = mm(1.2);
    const double padY = mm(0.9);
    double height = 0;
    for (int i = 0; i < columns.size() && i < row.size(); ++i) {
        const Style style = header || row[i].bold ? Style::CellBold : Style::Cell;
        height = std::max(height, textHeight(row[i].text, style, widths[i] - 2 * padX));
    }
    return height + 2 * padY;
}

void PdfLayout::drawRow(const QList<Column>& columns, const Row& row, const QList<double>& widths,
                        double x, double height, bool header)
{
    const double padX = mm(1.2);
    const double padY = mm(0.9);
    double left = x;
    for (int i = 0; i < columns.size() && i < row.size(); ++i) {
        const QRectF cell(left, m_y, widths[i], height);
        const Cell& c = row[i];
        if (header) {
            rect(cell, accent, accent, mm(0.15));
        } else {
            rect(cell, c.fill.isValid() ? c.fill : QColor(), rule, mm(0.15));
        }
        const Style style = header || c.bold ? Style::CellBold : Style::Cell;
        const QColor color = header ? QColor(Qt::white) : (c.color.isValid() ? c.color : ink);
        text(cell.adjusted(padX, padY, -padX, -padY), c.text, style,
             int(columns[i].align) | Qt::AlignTop | wrapFlags, color);
        left += widths[i];
    }
}

double PdfLayout::tableHeight(const QList<Column>& columns, const QList<Row>& rows,
                              double width) const
{
    const QList<double> widths = columnWidths(columns, rows, width);
    Row header;
    for (const Column& column : columns) {
        header.append({column.header, {}, {}, true});
    }
    double height = rowHeight(columns, header, widths, true);
    for (const Row& row : rows) {
        height += rowHeight(columns, row, widths, false);
    }
    return height;
}

void PdfLayout::table(const QList<Column>& columns, const QList<Row>& rows, double x, double width)
{
    if (x < 0) {
        x = m_content.left();
    }
    if (width < 0) {
        width = m_content.right() - x;
    }
    const QList<double> widths = columnWidths(columns, rows, width);
    Row header;
    for (const Column& column : columns) {
        header.append({column.header, {}, {}, true});
    }
    const double headerHeight = rowHeight(columns, header, widths, true);
    const double firstRow = rows.isEmpty() ? 0 : rowHeight(columns, rows.first(), widths, false);
    ensure(headerHeight + firstRow); // never a header alone at the foot of a page
    drawRow(columns, header, widths, x, headerHeight, true);
    m_y += headerHeight;
    int rowsOnPage = 0;
    for (int i = 0; i < rows.size(); ++i) {
        double height = i == 0 ? firstRow : rowHeight(columns, rows[i], widths, false);
        if (m_y + height > m_content.bottom() && rowsOnPage > 0) {
            newPage();
            drawRow(columns, header, widths, x, headerHeight, true);
            m_y += headerHeight;
            rowsOnPage = 0;
        }
        // A row taller than a whole page is cut at the page's foot.
        height = std::min(height, m_content.bottom() - m_y);
        ++rowsOnPage;
        Row row = rows[i];
        if (i % 2 == 1) {
            for (Cell& cell : row) {
                if (!cell.fill.isValid()) {
                    cell.fill = stripe;
                }
            }
        }
        drawRow(columns, row, widths, x, height, false);
        m_y += height;
    }
}

double PdfLayout::barChartHeight(int bars) const
{
    return mm(6) + bars * mm(9) + mm(8);
}

void PdfLayout::barChart(const QList<Bar>& bars, const std::function<QString(double)>& percent,
                         const std::function<QString(int)>& tickLabel, const QString& noData,
                         const QString& actualLabel, const QString& plannedLabel)
{
    const double height = barChartHeight(int(bars.size()));
    ensure(height);
    const double labelWidth = mm(28);
    const double left = m_content.left() + labelWidth + mm(2);
    const double plotWidth = m_content.width() - labelWidth - mm(22);
    const double top = m_y + mm(5);
    const double rowHeight = mm(9);
    const double barHeight = mm(3);
    const double bottom = top + rowHeight * bars.size();
    const QFontMetricsF& small = metrics(Style::Small);
    for (int tick = 0; tick <= 100; tick += 25) {
        const double x = left + plotWidth * tick / 100.0;
        line(QPointF(x, top), QPointF(x, bottom), rule, mm(0.2));
        text(QRectF(x - mm(8), m_y, mm(16), small.height()), tickLabel(tick), Style::Small,
             Qt::AlignHCenter | Qt::AlignTop, muted);
    }
    for (int i = 0; i < bars.size(); ++i) {
        const Bar& bar = bars[i];
        const double y = top + i * rowHeight;
        text(QRectF(m_content.left(), y, labelWidth, rowHeight), bar.label, Style::Cell,
             Qt::AlignRight | Qt::AlignVCenter, ink);
        if (!bar.actual) {
            text(QRectF(left + mm(1), y, plotWidth, rowHeight), noData, Style::Small,
                 Qt::AlignLeft | Qt::AlignVCenter, muted);
            continue;
        }
        const double planned = bar.planned.value_or(0);
        const double plannedY = y + rowHeight / 2 - barHeight - mm(0.2);
        const double actualY = y + rowHeight / 2 + mm(0.2);
        rect(QRectF(left, plannedY, plotWidth * planned / 100, barHeight), plannedColor);
        rect(QRectF(left, actualY, plotWidth * *bar.actual / 100, barHeight), accent);
        text(QRectF(left + plotWidth * planned / 100 + mm(1), plannedY - mm(0.5), mm(20),
                    barHeight + mm(1)),
             percent(planned), Style::Small, Qt::AlignLeft | Qt::AlignVCenter, muted);
        text(QRectF(left + plotWidth * *bar.actual / 100 + mm(1), actualY - mm(0.5), mm(20),
                    barHeight + mm(1)),
             percent(*bar.actual), Style::Small, Qt::AlignLeft | Qt::AlignVCenter, ink);
    }
    // Legend.
    const double legendY = bottom + mm(2.5);
    double x = left;
    rect(QRectF(x, legendY + mm(0.6), mm(3), mm(3)), accent);
    x += mm(4.5);
    const double actualWidth = small.horizontalAdvance(actualLabel) + mm(1);
    text(QRectF(x, legendY, actualWidth, mm(4.2)), actualLabel, Style::Small,
         Qt::AlignLeft | Qt::AlignVCenter, ink);
    x += actualWidth + mm(6);
    rect(QRectF(x, legendY + mm(0.6), mm(3), mm(3)), plannedColor);
    x += mm(4.5);
    text(QRectF(x, legendY, small.horizontalAdvance(plannedLabel) + mm(1), mm(4.2)), plannedLabel,
         Style::Small, Qt::AlignLeft | Qt::AlignVCenter, ink);
    m_y += height;
}

void PdfLayout::text(const QRectF& rect, const QString& text, Style style, int flags,
                     const QColor& color, int page)
{
    Page::Item item;
    item.kind = Page::Item::Kind::Text;
    item.rect = rect;
    item.text = text;
    item.style = style;
    item.flags = flags;
    item.color = color.isValid() ? color : ink;
    m_pages[page < 0 ? currentPage() : page].items.append(item);
}

void PdfLayout::rect(const QRectF& rect, const QColor& fill, const QColor& pen, double penWidth)
{
    Page::Item item;
    item.kind = Page::Item::Kind::Rect;
    item.rect = rect;
    item.fill = fill;
    item.color = pen;
    item.penWidth = penWidth;
    m_pages.last().items.append(item);
}

void PdfLayout::line(const QPointF& from, const QPointF& to, const QColor& color, double width)
{
    Page::Item item;
    item.kind = Page::Item::Kind::Line;
    item.rect = QRectF(from, to);
    item.color = color;
    item.penWidth = width;
    m_pages.last().items.append(item);
}

void PdfLayout::image(const QRectF& rect, const QImage& image)
{
    Page::Item item;
    item.kind = Page::Item::Kind::Image;
    item.rect = rect;
    item.image = image;
    m_pages.last().items.append(item);
}

void PdfLayout::drawText(QPainter& painter, const QRectF& rect, const QString& text, Style style,
                         int flags, const QColor& color) const
{
    painter.setFont(font(style));
    painter.setPen(color.isValid() ? color : ink);
    painter.drawText(rect, flags, outputText(text));
}

void PdfLayout::renderPage(QPainter& painter, int index) const
{
    for (const Page::Item& item : m_pages[index].items) {
        switch (item.kind) {
        case Page::Item::Kind::Text:
            drawText(painter, item.rect, item.text, item.style, item.flags, item.color);
            break;
        case Page::Item::Kind::Rect:
            painter.setPen(item.color.isValid() ? QPen(item.color, item.penWidth)
                                                : QPen(Qt::NoPen));
            painter.setBrush(item.fill.isValid() ? QBrush(item.fill) : QBrush(Qt::NoBrush));
            painter.drawRect(item.rect);
            break;
        case Page::Item::Kind::Line:
            painter.setPen(QPen(item.color, item.penWidth));
            painter.drawLine(item.rect.topLeft(), item.rect.bottomRight());
            break;
        case Page::Item::Kind::Image:
            painter.drawImage(item.rect, item.image);
            break;
        }
    }
}

} // namespace pml
