#pragma once

#include "gui/strategy/activity_editor.h"

class QComboBox;
class QLabel;
class QListWidget;

namespace pml {

// Who answers for an activity: one lead institution (or none) and any number of
// supporting ones.
class ResponsibilityEditor : public ActivityEditor {
    Q_OBJECT
public:
    explicit ResponsibilityEditor(TrackerDocument* document, QWidget* parent = nullptr);

    void refresh() override;

private:
    void retranslate() override;
    void editableChanged() override;
    void apply() override;
    void leadChanged();

    QLabel* m_leadLabel;
    QComboBox* m_lead;
    QLabel* m_supportLabel;
    QListWidget* m_support;
};

} // namespace pml
