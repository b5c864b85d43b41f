// ReviewView: the narrative and the steps of the cycle. They are not undoable commands:
// the cycle is append-only, so an approval is undone only by reopening with a reason
// (see TrackerDocument::review()).
#include "gui/document/acting_user.h"
#include "gui/document/tracker_document.h"
#include "gui/review/review_view.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace pml {
namespace {

Narrative narrativeOf(const QPlainTextEdit* a, const QPlainTextEdit* d, const QPlainTextEdit* n)
{
    return {a->toPlainText().trimmed(), d->toPlainText().trimmed(), n->toPlainText().trimmed()};
}

} // namespace

void ReviewView::showNarrative(const QList<ReviewTransition>& transitions, bool targetChanged)
{
    if (!targetChanged)
        return; // keep what the monitor is typing
    // A returned or reopened quarter starts from the last narrative, to be corrected;
    // a submitted or approved one shows what was submitted.
    const ReviewTransition* last = lastSubmission(transitions);
    const Narrative shown = last ? last->narrative : Narrative{};
    m_achievements->setPlainText(shown.achievements);
    m_difficulties->setPlainText(shown.difficulties);
    m_nextSteps->setPlainText(shown.nextSteps);
    m_reviewText->clear();
}

void ReviewView::allowStep(QPushButton* button, ReviewAction action, const QString& tip)
{
    allowFor(button, *m_document, operationFor(action), tip);
    if (!button->isEnabled())
        return; // the tooltip names the role needed
    // Whether the state and the date allow the step (texts are checked when it is taken).
    auto problem = stateProblem(m_state, action);
    if (!problem) {
        problem = quarterNotEndedProblem(quarter(), m_document->today());
    }
    if (problem) {
        button->setEnabled(false);
        button->setToolTip(*problem);
    }
}

void ReviewView::updateButtons()
{
    allowStep(m_submit, ReviewAction::Submit,
              tr("Submit the narrative and the line's figures for review"));
    allowStep(m_approve, ReviewAction::Approve,
              tr("Approve the quarter: its figures and evidence are frozen"));
    allowStep(m_return, ReviewAction::Return,
              tr("Return the quarter to the monitor with the note above"));
    allowStep(m_reopen, ReviewAction::Reopen,
              tr("Reopen the approved quarter with the reason above, so it can be corrected"));
    // The fields follow the buttons: what the user cannot submit, they need not type.
    const bool writable = !stateProblem(m_state, ReviewAction::Submit);
    const bool monitor = !m_document->editBlockedReason(Operation::SubmitQuarter);
    for (QPlainTextEdit* edit : {m_achievements, m_difficulties, m_nextSteps})
        edit->setReadOnly(!writable || !monitor);
    m_reviewText->setReadOnly(m_document->editBlockedReason(Operation::ApproveQuarter).has_value());
}

void ReviewView::act(ReviewAction action, const QString& done)
{
    ReviewRequest request;
    request.quarter = quarter();
    request.line = line();
    request.action = action;
    request.text = m_reviewText->toPlainText().trimmed();
    request.narrative = narrativeOf(m_achievements, m_difficulties, m_nextSteps);
    // The core's own rule, asked first so the field to complete gets the focus.
    if (const auto problem = transitionProblem(m_state, action, request.text, request.narrative)) {
        showMessage(*problem, true);
        (action == ReviewAction::Submit ? static_cast<QWidget*>(m_achievements)
                                        : static_cast<QWidget*>(m_reviewText))
            ->setFocus();
        return;
    }
    const EditResult result = m_document->review(request);
    if (!result.done()) {
        showMessage(result.refusal, true);
        return;
    }
    showMessage(done, false); // the page has read again through reviewChanged
}

void ReviewView::submit()
{
    act(ReviewAction::Submit, tr("Submitted: the reviewers can now approve or return it."));
}

void ReviewView::approve()
{
    act(ReviewAction::Approve, tr("Approved: the line's figures for the quarter are frozen."));
}

void ReviewView::returnQuarter()
{
    act(ReviewAction::Return, tr("Returned to the monitor with your note."));
}

void ReviewView::reopen()
{
    act(ReviewAction::Reopen, tr("Reopened: the quarter can be corrected and submitted again."));
}

void ReviewView::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b71c1c; font-weight: bold;")
                                   : QStringLiteral("color: #1b5e20; font-weight: bold;"));
    m_message->setVisible(!text.isEmpty());
}

} // namespace pml
