#include "gui/review/review_presenter.h"

#include "core/error.h"
#include "core/permissions.h"
#include "gui/document/tracker_document.h"
#include "gui/widgets/date_text.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QSet>

#include <algorithm>

namespace pml {
namespace {

// The page's texts keep the page's translation context.
struct Page {
    Q_DECLARE_TR_FUNCTIONS(pml::ReviewView)
};

} // namespace

ReviewPresenter::ReviewPresenter(TrackerDocument* document, QObject* parent)
    : QObject(parent)
    , m_document(document)
{
}

void ReviewPresenter::setTarget(const Quarter& quarter, int line)
{
    if (quarter != m_quarter || line != m_line)
        m_figures.reset();
    m_quarter = quarter;
    m_line = line;
    read();
}

void ReviewPresenter::read()
{
    m_readError.clear();
    m_transitions.clear();
    if (!m_quarter.isValid() || m_line <= 0)
        return;
    try {
        m_transitions = m_document->reader().reviewTransitions(m_quarter, m_line);
    } catch (const Error& error) {
        m_readError = error.message();
    }
    const QString key =
        QStringLiteral("%1/%2/%3").arg(m_quarter.key()).arg(m_line).arg(m_transitions.size());
    m_targetChanged = key != m_shownKey;
    m_shownKey = key;
    m_state = reviewStateAfter(m_transitions);
}

QString ReviewPresenter::stateText() const
{
    const QString state = reviewStateName(m_state);
    if (m_transitions.isEmpty())
        return Page::tr("%1 of line %2: %3").arg(quarterText(m_quarter)).arg(m_line).arg(state);
    const ReviewTransition& last = m_transitions.constLast();
    return Page::tr("%1 of line %2: %3, by %4 on %5")
        .arg(quarterText(m_quarter))
        .arg(m_line)
        .arg(state, last.recordedBy, dateTimeText(last.recordedAt.toLocalTime()));
}

QString ReviewPresenter::returnedNote() const
{
    if (m_state != ReviewState::Returned || m_transitions.isEmpty())
        return {};
    const ReviewTransition& last = m_transitions.constLast();
    return Page::tr("Returned by %1 on %2 — correct and submit again:\n%3")
        .arg(last.recordedBy, dateTimeText(last.recordedAt.toLocalTime()), last.text);
}

QString ReviewPresenter::historyHtml() const
{
    QString html;
    for (auto t = m_transitions.crbegin(); t != m_transitions.crend(); ++t) {
        html += QStringLiteral("<p><b>%1</b> · %2<br>%3")
                    .arg(dateTimeText(t->recordedAt.toLocalTime()).toHtmlEscaped(),
                         t->recordedBy.toHtmlEscaped(),
                         Page::tr("%1 → %2")
                             .arg(reviewStateName(t->from), reviewStateName(t->to))
                             .toHtmlEscaped());
        // A submission's narrative, part by part; a return's note or a reopening's reason.
        const std::pair<QString, QString> parts[] = {
            {Page::tr("Achievements"), t->narrative.achievements},
            {Page::tr("Difficulties"), t->narrative.difficulties},
            {Page::tr("Next steps"), t->narrative.nextSteps},
            {t->action == ReviewAction::Return ? Page::tr("Note") : Page::tr("Reason"), t->text}};
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
    return html.isEmpty() ? Page::tr("<p><i>No step yet: the quarter is open.</i></p>") : html;
}

Narrative ReviewPresenter::startingNarrative() const
{
    // A returned or reopened quarter starts from the last narrative, to be corrected;
    // a submitted or approved one shows what was submitted.
    const ReviewTransition* last = lastSubmission(m_transitions);
    return last ? last->narrative : Narrative{};
}

std::optional<QString> ReviewPresenter::permissionProblem(ReviewAction action) const
{
    // Core words why: read-only tracker, or the role the step needs.
    return m_document->editBlockedReason(operationFor(action));
}

ReviewPresenter::Step ReviewPresenter::step(ReviewAction action) const
{
    // Who may take it (the tooltip names the role needed), then whether the state and
    // the date allow it; texts are checked when it is taken.
    std::optional<QString> problem = permissionProblem(action);
    if (!problem)
        problem = stateProblem(m_state, action);
    if (!problem)
        problem = quarterNotEndedProblem(m_quarter, m_document->today());
    if (problem)
        return {false, asSentence(*problem)};
    switch (action) {
    case ReviewAction::Submit:
        return {true, Page::tr("Submit the narrative and the line's figures for review")};
    case ReviewAction::Approve:
        return {true, Page::tr("Approve the quarter: its figures and evidence are frozen")};
    case ReviewAction::Return:
        return {true, Page::tr("Return the quarter to the monitor with the note above")};
    case ReviewAction::Reopen:
        break;
    }
    return {true, Page::tr("Reopen the approved quarter with the reason above, so it can be "
                           "corrected")};
}

bool ReviewPresenter::narrativeEditable() const
{
    // The fields follow the buttons: what the user cannot submit, they need not type.
    return !stateProblem(m_state, ReviewAction::Submit) && !permissionProblem(ReviewAction::Submit);
}

bool ReviewPresenter::reviewTextEditable() const
{
    return !permissionProblem(ReviewAction::Approve);
}

ReviewPresenter::Outcome ReviewPresenter::act(ReviewAction action, const QString& text,
                                              const Narrative& narrative)
{
    ReviewRequest request;
    request.quarter = m_quarter;
    request.line = m_line;
    request.action = action;
    request.text = text.trimmed();
    request.narrative = {narrative.achievements.trimmed(), narrative.difficulties.trimmed(),
                         narrative.nextSteps.trimmed()};
    // The core's own rule, asked first so the page can focus the field to complete.
    if (const auto problem = transitionProblem(m_state, action, request.text, request.narrative))
        return {false, asSentence(*problem), action == ReviewAction::Submit};
    const EditResult result = m_document->review(request);
    if (!result.done())
        return {false, result.refusal, false};
    read(); // the document signals reviewChanged too; the state is needed now
    switch (action) {
    case ReviewAction::Submit:
        return {true, Page::tr("Submitted: the reviewers can now approve or return it.")};
    case ReviewAction::Approve:
        return {true, Page::tr("Approved: the line's figures for the quarter are frozen.")};
    case ReviewAction::Return:
        return {true, Page::tr("Returned to the monitor with your note.")};
    case ReviewAction::Reopen:
        break;
    }
    return {true, Page::tr("Reopened: the quarter can be corrected and submitted again.")};
}

void ReviewPresenter::requestFigures()
{
    // Two computations over the whole structure: a worker takes them well before the
    // document needs one.
    const Snapshot& latest = m_document->latestSnapshot();
    const bool big = m_document->computesInBackground() ||
                     latest.strategy.activities.size() + latest.updates.size() > 5000;
    if (!big) {
        setFigures(quarterFigures(m_document->reader(), latest, m_quarter, m_line));
        return;
    }
    const quint64 generation = ++m_figuresGeneration; // an older result is dropped
    auto* watcher = new QFutureWatcher<QuarterFigures>(this);
    connect(watcher, &QFutureWatcher<QuarterFigures>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_figuresGeneration)
            setFigures(watcher->result());
    });
    watcher->setFuture(
        quarterFiguresInBackground(m_document->location(), latest, m_quarter, m_line));
}

void ReviewPresenter::setFigures(QuarterFigures figures)
{
    m_figures = std::move(figures);
    Q_EMIT figuresReady();
}

QString ReviewPresenter::figuresCaption() const
{
    if (!m_figures || m_figures->quarter != m_quarter || m_figures->line != m_line)
        return Page::tr("Computing the figures as of %1…").arg(dateText(m_quarter.lastDay()));
    const ReviewTransition* approval = currentApproval(m_transitions);
    if (m_figures->frozen && approval) {
        return Page::tr("Frozen when %1 approved the quarter on %2: these figures no longer "
                        "change.")
            .arg(approval->recordedBy, dateTimeText(approval->recordedAt.toLocalTime()));
    }
    return Page::tr("As of %1, the quarter's last day, compared with the end of %2. Approval "
                    "freezes these figures.")
        .arg(dateText(m_quarter.lastDay()), quarterText(m_quarter.previous()));
}

bool ReviewPresenter::figuresMayHaveChanged() const
{
    // An edit names the activities it changed: the page reads again only when one of
    // them counts in the line shown. A reload or a new structure may change anything.
    const std::optional<QStringList>& changed = m_document->changedActivities();
    if (!changed)
        return true;
    const QStringList codes =
        activitiesOfLineFigures(m_document->latestSnapshot().strategy, m_line);
    const QSet<QString> shown(codes.cbegin(), codes.cend());
    return std::any_of(changed->cbegin(), changed->cend(),
                       [&](const QString& code) { return shown.contains(code); });
}

} // namespace pml
