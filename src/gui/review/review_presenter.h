#pragma once

#include "core/review.h"
#include "gui/review/review_figures.h"

#include <QObject>

#include <optional>

namespace pml {

class TrackerDocument;

// What the review page shows and allows for one line's quarter, without a widget: the
// state and its sentence, the reviewer's note to act on, the history, which steps the
// acting user may take (and why not), the narrative the editors start from, and the
// line's figures. The page draws it; its tests drive it. Every step still goes through
// the document, and the store checks it again.
class ReviewPresenter : public QObject {
    Q_OBJECT
public:
    // Whether a step is offered, and the tooltip: what it does, or why it is not offered.
    struct Step {
        bool enabled = false;
        QString toolTip;
    };
    // The result of taking a step: the sentence to show, and, for a step the core refused
    // before asking the store, whether the narrative (not the note) needs completing.
    struct Outcome {
        bool done = false;
        QString message;
        bool completeNarrative = false;
    };

    explicit ReviewPresenter(TrackerDocument* document, QObject* parent = nullptr);

    // Shows `quarter` of `line` and reads its cycle.
    void setTarget(const Quarter& quarter, int line);
    Quarter quarter() const { return m_quarter; }
    int line() const { return m_line; }
    // Reads the cycle again (after a review step or another program's change).
    void read();

    ReviewState state() const { return m_state; }
    const QList<ReviewTransition>& transitions() const { return m_transitions; }
    // Why the cycle could not be read; empty when it was.
    QString readError() const { return m_readError; }
    // Whether the target or its steps changed at the last read: editors start again.
    bool targetChanged() const { return m_targetChanged; }

    QString stateText() const;
    QString returnedNote() const; // empty unless the quarter was returned
    QString historyHtml() const;
    Narrative startingNarrative() const; // the last one submitted, to be corrected
    Step step(ReviewAction action) const;
    bool narrativeEditable() const;
    bool reviewTextEditable() const;
    [[nodiscard]] Outcome act(ReviewAction action, const QString& text, const Narrative& narrative);

    // The line's figures: at once on a small tracker, in a worker on a big one (then
    // figuresReady() follows). figures() is the last result for the current target.
    void requestFigures();
    const std::optional<QuarterFigures>& figures() const { return m_figures; }
    QString figuresCaption() const;
    // Whether an edit of the document may have changed the figures shown.
    bool figuresMayHaveChanged() const;

Q_SIGNALS:
    void figuresReady();

private:
    std::optional<QString> permissionProblem(ReviewAction action) const;
    void setFigures(QuarterFigures figures);

    TrackerDocument* m_document;
    Quarter m_quarter;
    int m_line = 0;
    QList<ReviewTransition> m_transitions;
    ReviewState m_state = ReviewState::Open;
    QString m_readError;
    QString m_shownKey; // the target and step count at the last read
    bool m_targetChanged = true;
    std::optional<QuarterFigures> m_figures;
    quint64 m_figuresGeneration = 0;
};

} // namespace pml
