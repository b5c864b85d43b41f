#pragma once

#include <QLabel>

namespace pml {

// The one way the window shows a message where the user is working: the outcome of a
// step, a refusal, a problem with what was typed, a note to act on. Word-wrapped,
// selectable, in one palette for the whole program (the kind is told by its colours and
// its accessible name, so a screen reader announces it too). Hidden while empty.
class MessageBanner : public QLabel {
    Q_OBJECT
public:
    enum class Kind { Info, Warning, Error };

    explicit MessageBanner(QWidget* parent = nullptr);

    // Shows `text` as `kind`; an empty text hides the banner.
    void showMessage(const QString& text, Kind kind);
    void showError(const QString& text) { showMessage(text, Kind::Error); }
    void showInfo(const QString& text) { showMessage(text, Kind::Info); }
    void clearMessage();
    Kind kind() const { return m_kind; }
    // The kind's name as read to the user ("Error").
    static QString kindName(Kind kind);

private:
    void applyStyle();
    Kind m_kind = Kind::Info;
};

} // namespace pml
