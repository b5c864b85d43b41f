#include "gui/widgets/vertical_scroll_area.h"

#include <QEvent>
#include <QScrollBar>

namespace pml {

VerticalScrollArea::VerticalScrollArea(QWidget* content, QWidget* parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWidget(content);
    content->installEventFilter(this);
}

QSize VerticalScrollArea::minimumSizeHint() const
{
    const QSize content = widget() ? widget()->minimumSizeHint() : QSize();
    const int bar = verticalScrollBar()->sizeHint().width();
    return {content.width() + bar + 2 * frameWidth(), QScrollArea::minimumSizeHint().height()};
}

QSize VerticalScrollArea::sizeHint() const
{
    QSize hint = QScrollArea::sizeHint();
    hint.setWidth(qMax(hint.width(), minimumSizeHint().width()));
    return hint;
}

bool VerticalScrollArea::eventFilter(QObject* watched, QEvent* event)
{
    // The content's minimum changed (a longer text, another language): ask for it anew.
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}

} // namespace pml
