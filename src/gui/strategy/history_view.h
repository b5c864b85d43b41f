#pragma once

#include "core/evidence.h"
#include "core/history.h"

#include <QHash>
#include <QWidget>

class QDialog;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace pml {

class EvidencePanel;
class TrackerDocument;

// An activity's whole status history, newest first. Withdrawn updates stay visible,
// struck out and marked, with their withdrawal and restoration events beneath them:
// the history is append-only and the screen shows it that way. Each update shows how
// much evidence supports it; the selected update's evidence is listed below the
// history ("Evidence…"), where it can be opened and more added.
class HistoryView : public QWidget {
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        StatusColumn,
        PercentColumn,
        NoteColumn,
        RecordedByColumn,
        RecordedAtColumn,
        EvidenceColumn,
        ColumnCount
    };

    explicit HistoryView(TrackerDocument* document, QWidget* parent = nullptr);

    void setActivity(const QString& code);
    void refresh();
    QTreeWidget* tree() const { return m_tree; }
    // The selected update's evidence, in the window "Evidence…" opens.
    EvidencePanel* evidencePanel() const { return m_evidence; }
    QPushButton* evidenceButton() const { return m_evidenceButton; }
    void showEvidence();
    qint64 selectedUpdate() const; // 0: none
    void selectUpdate(qint64 id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void setHeaders();
    static QHash<qint64, int> evidenceCounts(const QList<Evidence>& evidence);
    void selectionChanged();
    void updateEvidenceButton();

    TrackerDocument* m_document;
    QString m_code;
    QTreeWidget* m_tree;
    QLabel* m_message;
    QPushButton* m_evidenceButton;
    QDialog* m_evidenceDialog;
    EvidencePanel* m_evidence;
};

} // namespace pml
