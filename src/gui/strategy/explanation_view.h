#pragma once

#include "core/progress.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QToolButton;

namespace pml {

// "How is this calculated?": a collapsible section showing the engine's explanation
// of an aggregate figure — the items with their weights and figures, the excluded
// ones with the reason, and both formulas with their numbers.
class ExplanationView : public QWidget {
    Q_OBJECT
public:
    enum Column {
        KeyColumn,
        LabelColumn,
        WeightColumn,
        ActualColumn,
        PlannedColumn,
        NoteColumn,
        ColumnCount
    };

    explicit ExplanationView(QWidget* parent = nullptr);

    // `settings` gives the thresholds quoted next to the schedule.
    void setExplanation(const Explanation& explanation, const Settings& settings);
    void setError(const QString& message);
    bool isExpanded() const;
    void setExpanded(bool expanded);
    QTableWidget* table() const { return m_table; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fill();

    Explanation m_explanation;
    Settings m_settings;
    QString m_error;
    QToolButton* m_toggle;
    QWidget* m_body;
    QLabel* m_summary;
    QTableWidget* m_table;
    QLabel* m_formulas;
};

} // namespace pml
