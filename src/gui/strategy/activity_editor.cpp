#include "gui/strategy/activity_editor.h"

#include "gui/document/tracker_document.h"
#include "gui/widgets/message_banner.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QPushButton>

namespace pml {

ActivityEditor::ActivityEditor(TrackerDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_apply(new QPushButton(this))
    , m_message(new MessageBanner(this))
{
    connect(m_apply, &QPushButton::clicked, this, [this] { apply(); });
}

void ActivityEditor::setActivity(const QString& code)
{
    m_code = code;
    m_message->hide();
    refresh();
}

void ActivityEditor::setEditable(bool editable)
{
    m_editable = editable;
    m_apply->setEnabled(editable);
    editableChanged();
}

void ActivityEditor::addApplyRow(QGridLayout* grid, int row, int columns)
{
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addStretch();
    buttons->addWidget(m_apply);
    grid->addLayout(buttons, row, 0, 1, columns);
}

void ActivityEditor::showResult(const EditResult& result, const QString& doneText)
{
    if (!result.done()) {
        m_message->showMessage(result.refusal, MessageBanner::Kind::Error);
    } else {
        m_message->showMessage(doneText, MessageBanner::Kind::Info);
    }
}

void ActivityEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace pml
