// ReviewView: reading the line's quarter from the store and showing it.
#include "core/error.h"
#include "gui/document/tracker_document.h"
#include "gui/review/evidence_panel.h"
#include "gui/review/review_presenter.h"
#include "gui/review/review_view.h"
#include "gui/widgets/date_text.h"
#include "gui/widgets/message_banner.h"

#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>

namespace pml {

void ReviewView::fillQuarters()
{
    // From the quarter the schedule starts in to the current one, newest first, and any
    // quarter already reviewed; the default is the quarter just ended (under review).
    const QDate today = m_document->today();
    const Quarter current = quarterOf(today);
    QList<Quarter> quarters = quartersSince(m_document->latestSnapshot().settings.start, today);
    try {
        for (const ReviewTransition& t : m_document->reader().allReviewTransitions()) {
            if (!quarters.contains(t.quarter))
                quarters.append(t.quarter);
        }
    } catch (const Error&) {
        // The states themselves are read (and reported) by refresh().
    }
    if (!quarters.contains(current.previous()))
        quarters.append(current.previous());
    std::sort(quarters.begin(), quarters.end(), std::greater<>());
    const QString chosen = m_quarterCombo->count() > 0 ? quarter().key() : current.previous().key();
    const QSignalBlocker blocker(m_quarterCombo);
    m_quarterCombo->clear();
    for (const Quarter& q : quarters) {
        m_quarterCombo->addItem(
            tr("%1 (%2 – %3)").arg(quarterText(q), dateText(q.firstDay()), dateText(q.lastDay())),
            q.key());
    }
    m_quarterCombo->setCurrentIndex(qMax(0, m_quarterCombo->findData(chosen)));
}

void ReviewView::fillLines()
{
    const int chosen = m_lineCombo->count() > 0 ? line() : 1;
    const QSignalBlocker blocker(m_lineCombo);
    m_lineCombo->clear();
    for (const Line& l : m_document->latestSnapshot().strategy.lines)
        m_lineCombo->addItem(tr("%1. %2").arg(l.number).arg(l.name), l.number);
    m_lineCombo->setCurrentIndex(qMax(0, m_lineCombo->findData(chosen)));
}

Quarter ReviewView::quarter() const
{
    return quarterFromKey(m_quarterCombo->currentData().toString()).value_or(Quarter{});
}

int ReviewView::line() const
{
    return m_lineCombo->currentData().toInt();
}

void ReviewView::showLineQuarter(const Quarter& quarter, int line)
{
    if (m_quarterCombo->findData(quarter.key()) < 0)
        fillQuarters();
    const QSignalBlocker quarterBlocker(m_quarterCombo);
    const QSignalBlocker lineBlocker(m_lineCombo);
    m_quarterCombo->setCurrentIndex(qMax(0, m_quarterCombo->findData(quarter.key())));
    m_lineCombo->setCurrentIndex(qMax(0, m_lineCombo->findData(line)));
    refresh();
}

ReviewState ReviewView::state() const
{
    return m_presenter->state();
}

void ReviewView::refresh()
{
    const Quarter q = quarter();
    const int l = line();
    if (!q.isValid() || l <= 0)
        return;
    m_presenter->setTarget(q, l);
    if (m_presenter->targetChanged())
        m_message->clearMessage(); // a message is about the step just taken, not the next one
    if (!m_presenter->readError().isEmpty())
        showMessage(m_presenter->readError(), true);
    showCycle();
    showNarrative();
    updateButtons();
    m_figuresCaption->setText(m_presenter->figuresCaption());
    m_presenter->requestFigures();
}

void ReviewView::showCycle()
{
    m_stateLabel->setText(m_presenter->stateText());
    m_returned->showMessage(m_presenter->returnedNote(), MessageBanner::Kind::Warning);
    m_history->setHtml(m_presenter->historyHtml());
}

} // namespace pml
