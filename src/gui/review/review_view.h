#pragma once

#include "core/review.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTableWidget;
class QTextBrowser;

namespace pml {

class EvidencePanel;
class MessageBanner;
class ReviewPresenter;
class TrackerDocument;
struct QuarterFigures;

// The "Review" page: one line's quarter in the review cycle, drawn from its presenter. It shows the
// state and every step so far (who, when, what they wrote), the line's figures at the quarter's end
// against the previous quarter's, the updates effective in the quarter and the evidence. Monitors
// write the narrative and submit; reviewers approve, return with a note or reopen with a reason.
// Buttons the acting user's roles do not allow are disabled with a tooltip naming the role; the
// store checks every step again.
class ReviewView : public QWidget {
    Q_OBJECT
public:
    explicit ReviewView(TrackerDocument* document, QWidget* parent = nullptr);

    // Shows `quarter` of `line` (the page opens on the quarter just ended, line 1).
    void showLineQuarter(const Quarter& quarter, int line);
    Quarter quarter() const;
    int line() const;
    ReviewState state() const;

    // What the page shows and allows, without its widgets (its tests drive it).
    ReviewPresenter* presenter() const { return m_presenter; }
    EvidencePanel* evidencePanel() const { return m_evidence; }
    // Approving freezes the quarter, so it is confirmed first; tests answer in place of
    // the question box (`confirm` receives the question, returns whether to approve).
    void setApprovalConfirmation(std::function<bool(const QString&)> confirm);

public Q_SLOTS:
    void refresh();
    void submit();
    void approve();
    void returnQuarter();
    void reopen();

    // As narrow as one column: on a narrow screen the two columns stand one above the other.
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    // The width the cycle and what is reviewed need side by side.
    int sideBySideWidth() const;
    QWidget* makeTopBar();
    QWidget* makeCycleColumn();
    QWidget* makeFiguresColumn();
    void retranslate();
    bool confirmApproval();
    void fillQuarters();
    void fillLines();
    void showCycle();
    void showNarrative();
    void showFigures();
    void updateButtons();
    void act(ReviewAction action);
    void showMessage(const QString& text, bool error);

    TrackerDocument* m_document;
    ReviewPresenter* m_presenter;
    QComboBox* m_quarterCombo;
    QComboBox* m_lineCombo;
    QLabel* m_quarterLabel;
    QLabel* m_lineLabel;
    QLabel* m_stateLabel;
    MessageBanner* m_returned;
    MessageBanner* m_message;
    QSplitter* m_splitter;
    QLabel* m_figuresTitle;
    QLabel* m_figuresCaption;
    QTableWidget* m_figures;
    QLabel* m_updatesTitle;
    QTableWidget* m_updates;
    QGroupBox* m_narrativeBox;
    QLabel* m_achievementsLabel;
    QLabel* m_difficultiesLabel;
    QLabel* m_nextStepsLabel;
    QPlainTextEdit* m_achievements;
    QPlainTextEdit* m_difficulties;
    QPlainTextEdit* m_nextSteps;
    QPushButton* m_submit;
    QGroupBox* m_reviewBox;
    QPlainTextEdit* m_reviewText;
    QPushButton* m_approve;
    QPushButton* m_return;
    QPushButton* m_reopen;
    std::function<bool(const QString&)> m_confirmApproval;
    QLabel* m_historyTitle;
    QTextBrowser* m_history;
    QLabel* m_evidenceTitle;
    EvidencePanel* m_evidence;
};

} // namespace pml
