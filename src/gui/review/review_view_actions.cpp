// ReviewView: the narrative and the steps of the cycle. They are not undoable commands:
// the cycle is append-only, so an approval is undone only by reopening with a reason
// (see TrackerDocument::review()).
#include "gui/review/review_presenter.h"
#include "gui/review/review_view.h"
#include "gui/widgets/date_text.h"
#include "gui/widgets/message_banner.h"

#include <QLabel>
#include <QMessageBox>
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

void ReviewView::setApprovalConfirmation(std::function<bool(const QString&)> confirm)
{
    m_confirmApproval = std::move(confirm);
}

bool ReviewView::confirmApproval()
{
    const QString question =
        tr("Approve line %1 for %2?\n\nApproval freezes the line's figures as of %3: the "
           "updates in force then, the planning, responsibilities and settings they were "
           "computed with, and the quarter's evidence. Reports of %2 show them from then on, "
           "and nothing in them can change until a reviewer reopens the quarter, with a reason.")
            .arg(line())
            .arg(quarterText(quarter()), dateText(quarter().lastDay()));
    if (m_confirmApproval)
        return m_confirmApproval(question);
    QMessageBox box(QMessageBox::Question, tr("Approve Quarter"), question, QMessageBox::Cancel,
                    this);
    QPushButton* approveButton = box.addButton(tr("&Approve"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == approveButton;
}

void ReviewView::approve()
{
    if (!m_presenter->step(ReviewAction::Approve).enabled || confirmApproval())
        act(ReviewAction::Approve); // a disabled step still says why, in the banner
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
