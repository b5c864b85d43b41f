#pragma once

#include <QLayout>
#include <QList>

namespace pml {

// Lays its items out left to right and starts a new row when the next one does not fit,
// as words wrap in a paragraph: a bar of filters or buttons fits a narrow window in two or
// three rows instead of widening it. Its minimum width is that of its widest item.
class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget* parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem* itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem* takeAt(int index) override;

    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    // Places the items in `rect` (only measures when `apply` is false); returns the height.
    int arrange(const QRect& rect, bool apply) const;
    int gap() const;

    QList<QLayoutItem*> m_items;
};

// A label and its field kept together on one row of a flow.
QWidget* labelled(QWidget* label, QWidget* field, QWidget* parent);

} // namespace pml
