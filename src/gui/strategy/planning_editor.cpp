#include "gui/strategy/planning_editor.h"

#include "core/progress.h"
#include "gui/as_of_toolbar.h"
#include "gui/document/tracker_document.h"
#include "gui/widgets/date_text.h"
#include "gui/widgets/edit_notice.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace pml {

PlanningEditor::PlanningEditor(TrackerDocument* document, QWidget* parent)
    : ActivityEditor(document, parent)
    , m_weightLabel(new QLabel(this))
    , m_weight(new QDoubleSpinBox(this))
    , m_startLabel(new QLabel(this))
    , m_start(new QDateEdit(this))
    , m_startDefault(new QCheckBox(this))
    , m_endLabel(new QLabel(this))
    , m_end(new QDateEdit(this))
    , m_endDefault(new QCheckBox(this))
{
    m_weight->setObjectName(QStringLiteral("weightSpin"));
    m_start->setObjectName(QStringLiteral("plannedStartEdit"));
    m_end->setObjectName(QStringLiteral("plannedEndEdit"));
    m_startDefault->setObjectName(QStringLiteral("plannedStartDefault"));
    m_endDefault->setObjectName(QStringLiteral("plannedEndDefault"));
    applyButton()->setObjectName(QStringLiteral("applyPlanningButton"));
    m_weight->setRange(kMinimumWeight, kMaximumWeight);
    m_weight->setDecimals(3);
    m_weight->setSingleStep(0.5);
    for (QDateEdit* edit : {m_start, m_end}) {
        edit->setCalendarPopup(true);
        edit->setMinimumDate(QDate(1990, 1, 1));
    }
    m_weightLabel->setBuddy(m_weight);
    m_startLabel->setBuddy(m_start);
    m_endLabel->setBuddy(m_end);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_weightLabel, 0, 0);
    grid->addWidget(m_weight, 0, 1);
    grid->addWidget(m_startLabel, 1, 0);
    grid->addWidget(m_start, 1, 1);
    grid->addWidget(m_startDefault, 1, 2);
    grid->addWidget(m_endLabel, 2, 0);
    grid->addWidget(m_end, 2, 1);
    grid->addWidget(m_endDefault, 2, 2);
    grid->setColumnStretch(3, 1);
    addApplyRow(grid, 3, 4);

    connect(m_startDefault, &QCheckBox::toggled, this, &PlanningEditor::updateEnabled);
    connect(m_endDefault, &QCheckBox::toggled, this, &PlanningEditor::updateEnabled);
    retranslate();
}

void PlanningEditor::retranslate()
{
    // The locale may have changed with the language: dates as in the rest of the window.
    for (QDateEdit* edit : {m_start, m_end}) {
        edit->setDisplayFormat(dateEditFormat());
    }
    m_weightLabel->setText(tr("&Weight:"));
    m_startLabel->setText(tr("Planned &start:"));
    m_endLabel->setText(tr("Planned &end:"));
    m_startDefault->setText(tr("Use horizon default"));
    m_endDefault->setText(tr("Use horizon default"));
    applyButton()->setText(tr("&Apply planning"));
    m_weight->setToolTip(tr("Relative weight of the activity in its objective (greater than 0)"));
}

void PlanningEditor::refresh()
{
    const Snapshot& snapshot = document()->snapshot();
    const Activity* activity = snapshot.strategy.activity(code());
    if (!activity) {
        return;
    }
    const Window defaults = horizonWindow(activity->horizon, snapshot.settings);
    m_weight->setValue(activity->weight);
    {
        const QSignalBlocker b1(m_startDefault);
        const QSignalBlocker b2(m_endDefault);
        m_startDefault->setChecked(!activity->plannedStart);
        m_endDefault->setChecked(!activity->plannedEnd);
    }
    m_start->setDate(activity->plannedStart.value_or(defaults.start));
    m_end->setDate(activity->plannedEnd.value_or(defaults.end));
    m_startDefault->setToolTip(tr("Horizon default: %1").arg(dateText(defaults.start)));
    m_endDefault->setToolTip(tr("Horizon default: %1").arg(dateText(defaults.end)));
    updateEnabled();
}

void PlanningEditor::updateEnabled()
{
    // A checked default shows the horizon's date, so the user sees what applies.
    const Snapshot& snapshot = document()->snapshot();
    if (const Activity* activity = snapshot.strategy.activity(code())) {
        const Window defaults = horizonWindow(activity->horizon, snapshot.settings);
        if (m_startDefault->isChecked()) {
            m_start->setDate(defaults.start);
        }
        if (m_endDefault->isChecked()) {
            m_end->setDate(defaults.end);
        }
    }
    const bool editable = isEditable();
    m_weight->setEnabled(editable);
    m_startDefault->setEnabled(editable);
    m_endDefault->setEnabled(editable);
    m_start->setEnabled(editable && !m_startDefault->isChecked());
    m_end->setEnabled(editable && !m_endDefault->isChecked());
}

void PlanningEditor::apply()
{
    if (!canApply()) {
        return;
    }
    std::optional<QDate> start;
    std::optional<QDate> end;
    if (!m_startDefault->isChecked()) {
        start = m_start->date();
    }
    if (!m_endDefault->isChecked()) {
        end = m_end->date();
    }
    showResult(document()->setPlanning(code(), m_weight->value(), start, end),
               tr("Planning changed."));
}

} // namespace pml
