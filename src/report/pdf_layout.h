#pragma once

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QList>
#include <QPaintDevice>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

class QPainter;

namespace pml {

// A small flow layout for paginated documents. Content is laid out once into a list of
// pages of drawing items; then the pages are painted, so page decorations can say
// "page N of M" and the cover can list the page of each section. Measurements use the
// target device's metrics, so what is laid out is exactly what is painted.
class PdfLayout {
public:
    enum class Style {
        Title,
        Subtitle,
        Heading1,
        Heading2,
        Body,
        BodyBold,
        Small,
        Cell,
        CellBold,
        Big
    };

    struct Column {
        Column(QString header, double weight = 1, Qt::Alignment align = Qt::AlignLeft)
            : header(std::move(header))
            , weight(weight)
            , align(align)
        {
        }
        QString header;
        double weight = 1; // share of the table width
        Qt::Alignment align = Qt::AlignLeft;
    };
    struct Cell {
        Cell(QString text = {}, QColor color = {}, QColor fill = {}, bool bold = false)
            : text(std::move(text))
            , color(color)
            , fill(fill)
            , bold(bold)
        {
        }
        QString text;
        QColor color; // invalid: default text colour
        QColor fill;  // invalid: no background
        bool bold = false;
    };
    using Row = QList<Cell>;

    struct Bar {
        QString label;
        std::optional<double> actual;
        std::optional<double> planned;
    };

    struct Page {
        struct Item {
            enum class Kind { Text, Rect, Line, Image };
            Kind kind = Kind::Text;
            QRectF rect;
            QString text;
            Style style = Style::Body;
            int flags = 0;
            QColor color;
            QColor fill;
            double penWidth = 0;
            QImage image;
        };
        QList<Item> items;
    };

    // The device gives the resolution; margins in millimetres.
    PdfLayout(QPaintDevice& device, QSizeF pageSizeMm, double marginMm, double topMm,
              double bottomMm);

    double mm(double millimetres) const { return millimetres * m_dotsPerMm; }
    QFont font(Style style) const;
    const QFontMetricsF& metrics(Style style) const;
    QRectF contentRect() const { return m_content; }
    QSizeF pageSize() const { return m_pageSize; }
    int pageCount() const { return int(m_pages.size()); }
    int currentPage() const { return int(m_pages.size()) - 1; }
    double y() const { return m_y; }
    void setY(double y) { m_y = y; }

    void newPage();
    // Starts a new page unless `height` still fits on this one.
    void ensure(double height);
    void space(double height) { m_y += height; }

    // The height `text` takes in `style` wrapped to `width`.
    double textHeight(const QString& text, Style style, double width, int flags = 0) const;
    // Wrapped text across the content width (or from x with width), advancing y.
    void paragraph(const QString& text, Style style, const QColor& color = {}, double x = -1,
                   double width = -1);
    // A heading kept with at least `keepWithNext` of what follows.
    void heading(const QString& text, Style style, double keepWithNext);

    // A table that breaks between rows and repeats its header on each new page.
    void table(const QList<Column>& columns, const QList<Row>& rows, double x = -1,
               double width = -1);
    double tableHeight(const QList<Column>& columns, const QList<Row>& rows, double width) const;

    // Horizontal bars: planned (light) above actual (dark), 0–100 scale, labelled values.
    // `percent` formats a value; `noData` is shown for a null actual.
    void barChart(const QList<Bar>& bars, const std::function<QString(double)>& percent,
                  const std::function<QString(int)>& tick, const QString& noData,
                  const QString& actualLabel, const QString& plannedLabel);
    double barChartHeight(int bars) const;

    // Raw items on the current page (or on `page`).
    void text(const QRectF& rect, const QString& text, Style style, int flags,
              const QColor& color = {}, int page = -1);
    void rect(const QRectF& rect, const QColor& fill, const QColor& pen = {}, double penWidth = 0);
    void line(const QPointF& from, const QPointF& to, const QColor& color, double width);
    void image(const QRectF& rect, const QImage& image);

    // Paints one page's items (index from 0).
    void renderPage(QPainter& painter, int index) const;
    void drawText(QPainter& painter, const QRectF& rect, const QString& text, Style style,
                  int flags, const QColor& color) const;

private:
    double rowHeight(const QList<Column>& columns, const Row& row, const QList<double>& widths,
                     bool header) const;
    void drawRow(const QList<Column>& columns, const Row& row, const QList<double>& widths,
                 double x, double height, bool header);
    QList<double> columnWidths(const QList<Column>& columns, const QList<Row>& rows,
                               double width) const;

    QPaintDevice& m_device;
    double m_dotsPerMm;
    QSizeF m_pageSize;
    QRectF m_content;
    double m_y = 0;
    QList<Page> m_pages;
    QList<QFont> m_fonts;
    QList<QFontMetricsF> m_metrics;
};

} // namespace pml
