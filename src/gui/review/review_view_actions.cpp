// ReviewView: the narrative and the steps of the cycle. They are not undoable commands:
// the cycle is append-only, so an approval is undone only by reopening with a reason
// (see TrackerDocument::review()).
#include "gui/review/review_presenter.h"
#include "gui/review/review_view.h"
#include "gui/widgets/message_banner.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace pml {

void ReviewView::showNarrative()
{
    if (!m_presenter->targetChanged())
        return; // keep what the monitor is typing
    const Narrative shown = m_presenter->startingNarrative();
    m_achievements->setPlainText(shown.achievements);
    m_difficulties->setPlainText(shown.difficulties);
    m_nextSteps->setPlainText(shown.nextSteps);
    m_reviewText->clear();
}

void ReviewView::updateButtons()
{
    const std::pair<QPushButton*, ReviewAction> buttons[] = {{m_submit, ReviewAction::Submit},
                                                             {m_approve, ReviewAction::Approve},
                                                             {m_return, ReviewAction::Return},
                                                             {m_reopen, ReviewAction::Reopen}};
    for (const auto& [button, action] : buttons) {
        const ReviewPresenter::Step step = m_presenter->step(action);
        button->setEnabled(step.enabled);
        button->setToolTip(step.toolTip);
    }
    const bool narrative = m_presenter->narrativeEditable();
    for (QPlainTextEdit* edit : {m_achievements, m_difficulties, m_nextSteps})
        edit->setReadOnly(!narrative);
    m_reviewText->setReadOnly(!m_presenter->reviewTextEditable());
}

void ReviewView::act(ReviewAction action)
{
    const Narrative narrative{m_achievements->toPlainText(), m_difficulties->toPlainText(),
                              m_nextSteps->toPlainText()};
    const ReviewPresenter::Outcome outcome =
        m_presenter->act(action, m_reviewText->toPlainText(), narrative);
    showMessage(outcome.message, !outcome.done);
    if (!outcome.done) {
        (outcome.completeNarrative ? static_cast<QWidget*>(m_achievements)
                                   : static_cast<QWidget*>(m_reviewText))
            ->setFocus();
    }
}

void ReviewView::submit()
{
    act(ReviewAction::Submit);
}

void ReviewView::approve()
{
    act(ReviewAction::Approve);
}

void ReviewView::returnQuarter()
{
    act(ReviewAction::Return);
}

void ReviewView::reopen()
{
    act(ReviewAction::Reopen);
}

void ReviewView::showMessage(const QString& text, bool error)
{
    m_message->showMessage(text, error ? MessageBanner::Kind::Error : MessageBanner::Kind::Info);
}

} // namespace pml
