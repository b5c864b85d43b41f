// ReviewView: the line's figures for the quarter, as the presenter has them from the
// engine, and the updates behind them with their evidence.
#include "core/error.h"
#include "gui/document/tracker_document.h"
#include "gui/review/evidence_panel.h"
#include "gui/review/review_figures.h"
#include "gui/review/review_presenter.h"
#include "gui/review/review_view.h"

#include <QLabel>
#include <QTableWidget>

namespace pml {

void ReviewView::showFigures()
{
    if (!m_presenter->figures())
        return;
    const QuarterFigures& figures = *m_presenter->figures();
    if (!figures.error.isEmpty())
        showMessage(figures.error, true);
    fillQuarterFigures(m_figures, figures);
    m_figuresCaption->setText(m_presenter->figuresCaption());
    // The evidence of the updates listed (all of them, unless a synthetic tracker has more
    // than kMaxQuarterUpdatesShown in the quarter).
    QList<qint64> ids;
    const qsizetype first = qMax(qsizetype(0), figures.updates.size() - kMaxQuarterUpdatesShown);
    for (const StatusUpdate& u : figures.updates.mid(first))
        ids.append(u.id);
    QHash<qint64, int> counts;
    try {
        for (const Evidence& e : m_document->reader().evidenceFor(ids)) {
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
                  .arg(quarterText(figures.quarter))
                  .arg(kMaxQuarterUpdatesShown)
                  .arg(count)
            : tr("Updates effective in %1 (%n)", nullptr, count).arg(quarterText(figures.quarter)));
    EvidenceTarget target;
    target.quarter = figures.quarter;
    target.line = figures.line;
    target.updates = ids;
    if (const auto problem =
            quarterEvidenceProblem(figures.line, figures.quarter, m_presenter->state()))
        target.blockedReason = *problem;
    m_evidence->setTarget(target);
}

} // namespace pml
