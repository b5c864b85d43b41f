#pragma once

#include "core/strategy.h"
#include "gui/activities/activity_filter_proxy.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace pml {

class TrackerDocument;

// The row of filter fields above the activities table. It only edits an
// ActivityFilter; the view applies it to the proxy.
class FilterBar : public QWidget {
    Q_OBJECT
public:
    explicit FilterBar(TrackerDocument* document, QWidget* parent = nullptr);

    ActivityFilter filter() const;
    // Shows `filter` in the fields without emitting filterEdited().
    void setFilter(const ActivityFilter& filter);
    void setCounts(int shown, int total);
    QLineEdit* searchField() const { return m_search; }
    QString countText() const;

Q_SIGNALS:
    void filterEdited(const pml::ActivityFilter& filter);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillChoices(); // lines, objectives and institutions from the snapshot
    void emitEdited();

    TrackerDocument* m_document;
    QLineEdit* m_search;
    QComboBox* m_line;
    QComboBox* m_objective;
    QComboBox* m_horizon;
    QComboBox* m_status;
    QComboBox* m_schedule;
    QComboBox* m_actor;
    QCheckBox* m_notUpdated;
    QDateEdit* m_notUpdatedDate;
    QPushButton* m_clear;
    QLabel* m_count;
    QLabel* m_searchLabel;
    QLabel* m_lineLabel;
    QLabel* m_objectiveLabel;
    QLabel* m_horizonLabel;
    QLabel* m_statusLabel;
    QLabel* m_scheduleLabel;
    QLabel* m_actorLabel;
    QTimer* m_searchDelay;
    // The lists the choices were filled from, to skip refilling when unchanged.
    QList<Line> m_lines;
    QList<Objective> m_objectives;
    QList<Actor> m_actors;
    int m_shown = 0;
    int m_total = 0;
    bool m_updating = false;
};

} // namespace pml
