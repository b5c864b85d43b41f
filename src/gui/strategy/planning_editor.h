#pragma once

#include "gui/strategy/activity_editor.h"

class QCheckBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;

namespace pml {

// An activity's planned window and weight. Each date either follows the horizon's
// default window (from the tracker settings) or overrides it.
class PlanningEditor : public ActivityEditor {
    Q_OBJECT
public:
    explicit PlanningEditor(TrackerDocument* document, QWidget* parent = nullptr);

    void refresh() override;

private:
    void retranslate() override;
    void editableChanged() override { updateEnabled(); }
    void apply() override;
    void updateEnabled();

    QLabel* m_weightLabel;
    QDoubleSpinBox* m_weight;
    QLabel* m_startLabel;
    QDateEdit* m_start;
    QCheckBox* m_startDefault;
    QLabel* m_endLabel;
    QDateEdit* m_end;
    QCheckBox* m_endDefault;
};

} // namespace pml
