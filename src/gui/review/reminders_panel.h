#pragma once

#include "core/reminders.h"

#include <QDate>
#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace pml {

class TrackerDocument;

// "To do": what needs doing in the tracker, from the core's reminders(): the days left
// in the current quarter, quarters returned for correction (with the reviewer's note,
// first and in bold, as that is where the monitor must act), submissions waiting for
// review, lines not yet submitted for the quarter just ended and activities due but not
// updated this quarter. Activating an entry asks the window to open the right place.
class RemindersPanel : public QWidget {
    Q_OBJECT
public:
    // Item data of each entry.
    enum Roles { KindRole = Qt::UserRole + 1, QuarterRole, LineRole, ActivityRole };

    explicit RemindersPanel(TrackerDocument* document, QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }
    const QList<Reminder>& reminders() const { return m_reminders; }
    // Emits the request for `item` (an entry or a group), as double-click or Enter does.
    void activate(QTreeWidgetItem* item);
    // The first entry of `kind`, or null.
    QTreeWidgetItem* firstEntry(Reminder::Kind kind) const;
    // Wide enough for a sentence per line beside any page.
    // Narrow beside the pages on a laptop's screen; notes wrap.
    QSize sizeHint() const override { return {260, 420}; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void activityRequested(const QString& code);
    void lineQuarterRequested(const QString& quarterKey, int line);
    // The activities not updated since `since` (the current quarter's first day).
    void notUpdatedRequested(const QDate& since);

protected:
    void changeEvent(QEvent* event) override;

private:
    QList<Reminder> compute() const;
    // Review steps change only with reviewChanged: read them then, not on every update.
    void readTransitions();
    QTreeWidgetItem* addGroup(Reminder::Kind kind, const QString& title, int count);
    void addEntry(QTreeWidgetItem* group, const Reminder& reminder);

    TrackerDocument* m_document;
    QTreeWidget* m_tree;
    QList<Reminder> m_reminders;
    QList<ReviewTransition> m_transitions;
};

} // namespace pml
