#include "gui/widgets/message_banner.h"

#include <QAccessible>

namespace pml {
namespace {

struct Colours {
    const char* background;
    const char* text;
    const char* border;
};

// Dark text on a light tint: contrast above 7:1 for each kind.
Colours coloursOf(MessageBanner::Kind kind)
{
    switch (kind) {
    case MessageBanner::Kind::Info:
        return {"#e8f5e9", "#1b5e20", "#81c784"};
    case MessageBanner::Kind::Warning:
        return {"#fff4ce", "#4a3b00", "#e6c200"};
    case MessageBanner::Kind::Error:
        break;
    }
    return {"#fdecea", "#8e1212", "#e57373"};
}

} // namespace

MessageBanner::MessageBanner(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText); // store and user texts are shown as written
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    applyStyle();
    hide();
}

QString MessageBanner::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Info:
        return tr("Information");
    case Kind::Warning:
        return tr("Warning");
    case Kind::Error:
        break;
    }
    return tr("Error");
}

void MessageBanner::showMessage(const QString& text, Kind kind)
{
    m_kind = kind;
    setText(text);
    applyStyle();
    setAccessibleName(kindName(kind));
    setAccessibleDescription(text);
    setVisible(!text.isEmpty());
    if (!text.isEmpty() && isVisible()) {
        QAccessibleEvent alert(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void MessageBanner::clearMessage()
{
    clear();
    setAccessibleDescription({});
    hide();
}

void MessageBanner::applyStyle()
{
    const Colours c = coloursOf(m_kind);
    setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3;"
                       " border-radius: 3px; padding: 6px; font-weight: bold; }")
            .arg(QLatin1String(c.background), QLatin1String(c.text), QLatin1String(c.border)));
}

} // namespace pml
