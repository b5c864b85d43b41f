#pragma once

#include "gui/document/item_ref.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QTableWidget;

namespace pml {

class ExplanationView;
class FiguresPanel;
class StrategyTreeModel;
class TrackerDocument;

// Detail of the strategy, a line, a barrier group or an objective: its figures,
// how many of its activities are in each status and schedule, its children with
// their figures, and the engine's explanation of the figure.
class AggregateDetail : public QWidget {
    Q_OBJECT
public:
    AggregateDetail(TrackerDocument* document, StrategyTreeModel* model, QWidget* parent = nullptr);

    void setItem(const ItemRef& ref);
    ItemRef item() const { return m_ref; }
    void refresh();
    QTableWidget* childrenTable() const { return m_children; }
    ExplanationView* explanationView() const { return m_explanation; }

Q_SIGNALS:
    void itemActivated(const pml::ItemRef& ref);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillCounts();
    void fillChildren();
    void fillExplanation();

    TrackerDocument* m_document;
    StrategyTreeModel* m_model;
    ItemRef m_ref;
    QLabel* m_title;
    QLabel* m_text;
    FiguresPanel* m_figures;
    QLabel* m_statusTitle;
    QGridLayout* m_statusGrid;
    QLabel* m_scheduleTitle;
    QGridLayout* m_scheduleGrid;
    QLabel* m_childrenTitle;
    QTableWidget* m_children;
    ExplanationView* m_explanation;
};

} // namespace pml
