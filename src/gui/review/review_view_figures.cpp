// ReviewView: the line's figures for the quarter, computed by the engine (in a worker
// thread for big trackers, as the document does) and the updates behind them.
#include "core/error.h"
#include "gui/document/tracker_document.h"
#include "gui/review/evidence_panel.h"
#include "gui/review/review_figures.h"
#include "gui/review/review_view.h"
#include "gui/widgets/date_text.h"

#include <QFutureWatcher>
#include <QLabel>
#include <QTableWidget>

namespace pml {

void ReviewView::requestFigures(const QList<ReviewTransition>& transitions)
{
    const Quarter q = quarter();
    const int l = line();
    // Two dates and the quarter's updates: several times the document's own work, so
    // a worker takes it well before the document needs one.
    const Snapshot& latest = m_document->latestSnapshot();
    const bool big = m_document->computesInBackground() ||
                     latest.strategy.activities.size() + latest.updates.size() > 5000;
    if (!big) {
        showFigures(quarterFigures(m_document->store(), q, l), transitions);
        return;
    }
    const quint64 generation = ++m_figuresGeneration; // an older result is dropped
    m_figuresCaption->setText(tr("Computing the figures as of %1…").arg(dateText(q.lastDay())));
    auto* watcher = new QFutureWatcher<QuarterFigures>(this);
    connect(watcher, &QFutureWatcher<QuarterFigures>::finished, this,
            [this, watcher, generation, transitions] {
                watcher->deleteLater();
                if (generation == m_figuresGeneration)
                    showFigures(watcher->result(), transitions);
            });
    watcher->setFuture(quarterFiguresInBackground(m_document->filePath(), q, l));
}

void ReviewView::showFigures(const QuarterFigures& figures,
                             const QList<ReviewTransition>& transitions)
{
    if (!figures.error.isEmpty())
        showMessage(figures.error, true);
    fillQuarterFigures(m_figures, figures);
    const ReviewTransition* approval = currentApproval(transitions);
    if (figures.frozen && approval) {
        m_figuresCaption->setText(
            tr("Frozen when %1 approved the quarter on %2: these figures no longer change.")
                .arg(approval->recordedBy, dateTimeText(approval->recordedAt.toLocalTime())));
    } else {
        m_figuresCaption->setText(
            tr("As of %1, the quarter's last day, compared with the end of %2. Approval "
               "freezes these figures.")
                .arg(dateText(figures.quarter.lastDay()), figures.quarter.previous().key()));
    }
    // The evidence of the updates listed (all of them, unless a synthetic tracker has more
    // than kMaxQuarterUpdatesShown in the quarter).
    QList<qint64> ids;
    const qsizetype first = qMax(qsizetype(0), figures.updates.size() - kMaxQuarterUpdatesShown);
    for (const StatusUpdate& u : figures.updates.mid(first))
        ids.append(u.id);
    QHash<qint64, int> counts;
    try {
        for (const Evidence& e : m_document->store().evidenceFor(ids)) {
            if (e.update && !e.withdrawn)
                ++counts[*e.update];
        }
    } catch (const Error&) {
        // The evidence panel reports an unreadable list.
    }
    fillQuarterUpdates(m_updates, figures, counts);
    const int count = int(figures.updates.size());
    m_updatesTitle->setText(
        count > kMaxQuarterUpdatesShown
            ? tr("Updates effective in %1: the latest %2 of %3")
                  .arg(figures.quarter.key())
                  .arg(kMaxQuarterUpdatesShown)
                  .arg(count)
            : tr("Updates effective in %1 (%n)", nullptr, count).arg(figures.quarter.key()));
    EvidenceTarget target;
    target.quarter = figures.quarter;
    target.line = figures.line;
    target.updates = ids;
    m_evidence->setTarget(target);
}

} // namespace pml
