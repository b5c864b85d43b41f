// ReviewView: reading the line's quarter from the store and showing it.
#include "core/error.h"
#include "gui/document/tracker_document.h"
#include "gui/review/evidence_panel.h"
#include "gui/review/review_figures.h"
#include "gui/review/review_view.h"
#include "gui/widgets/date_text.h"

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
        for (const ReviewTransition& t : m_document->store().allReviewTransitions()) {
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
            tr("%1 (%2 – %3)").arg(q.key(), dateText(q.firstDay()), dateText(q.lastDay())),
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

void ReviewView::refresh()
{
    const Quarter q = quarter();
    const int l = line();
    if (!q.isValid() || l <= 0)
        return;
    QList<ReviewTransition> transitions;
    try {
        transitions = m_document->store().reviewTransitions(q, l);
    } catch (const Error& error) {
        showMessage(error.message(), true);
    }
    const QString key = QStringLiteral("%1/%2/%3").arg(q.key()).arg(l).arg(transitions.size());
    const bool targetChanged = key != m_shownKey;
    m_shownKey = key;
    if (targetChanged)
        m_message->hide(); // a message is about the step just taken, not the next one
    m_state = reviewStateAfter(transitions);
    showState(transitions);
    showNarrative(transitions, targetChanged);
    fillHistory(transitions);
    updateButtons();
    requestFigures(transitions);
}

void ReviewView::showState(const QList<ReviewTransition>& transitions)
{
    const QString state = reviewStateName(m_state);
    if (transitions.isEmpty()) {
        m_stateLabel->setText(tr("%1 of line %2: %3").arg(quarter().key()).arg(line()).arg(state));
    } else {
        const ReviewTransition& last = transitions.constLast();
        m_stateLabel->setText(
            tr("%1 of line %2: %3, by %4 on %5")
                .arg(quarter().key())
                .arg(line())
                .arg(state, last.recordedBy, dateTimeText(last.recordedAt.toLocalTime())));
    }
    const bool returned = m_state == ReviewState::Returned && !transitions.isEmpty();
    m_returned->setVisible(returned);
    if (returned) {
        const ReviewTransition& last = transitions.constLast();
        m_returned->setText(
            tr("Returned by %1 on %2 — correct and submit again:\n%3")
                .arg(last.recordedBy, dateTimeText(last.recordedAt.toLocalTime()), last.text));
    }
}

void ReviewView::fillHistory(const QList<ReviewTransition>& transitions)
{
    QString html;
    for (auto t = transitions.crbegin(); t != transitions.crend(); ++t) {
        html += QStringLiteral("<p><b>%1</b> · %2<br>%3")
                    .arg(dateTimeText(t->recordedAt.toLocalTime()).toHtmlEscaped(),
                         t->recordedBy.toHtmlEscaped(),
                         tr("%1 → %2")
                             .arg(reviewStateName(t->from), reviewStateName(t->to))
                             .toHtmlEscaped());
        // A submission's narrative, part by part; a return's note or a reopening's reason.
        const std::pair<QString, QString> parts[] = {
            {tr("Achievements"), t->narrative.achievements},
            {tr("Difficulties"), t->narrative.difficulties},
            {tr("Next steps"), t->narrative.nextSteps},
            {t->action == ReviewAction::Return ? tr("Note") : tr("Reason"), t->text}};
        for (const auto& [title, text] : parts) {
            if (!text.trimmed().isEmpty()) {
                html +=
                    QStringLiteral("<br><i>%1:</i> %2")
                        .arg(title.toHtmlEscaped(), text.toHtmlEscaped().replace(
                                                        QLatin1Char('\n'), QLatin1String("<br>")));
            }
        }
        html += QStringLiteral("</p>");
    }
    m_history->setHtml(html.isEmpty() ? tr("<p><i>No step yet: the quarter is open.</i></p>")
                                      : html);
}

} // namespace pml
