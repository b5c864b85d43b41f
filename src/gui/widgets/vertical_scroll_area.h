#pragma once

#include <QScrollArea>

namespace pml {

// A scroll area that scrolls its content up and down only: it asks its layout for the
// content's minimum width (and room for its scroll bar), so what does not fit sideways
// makes room elsewhere on the page instead of being cut or hidden behind a scroll bar.
class VerticalScrollArea : public QScrollArea {
public:
    explicit VerticalScrollArea(QWidget* content, QWidget* parent = nullptr);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace pml
