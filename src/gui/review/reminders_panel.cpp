#include "gui/review/reminders_panel.h"

#include "core/error.h"
#include "gui/document/tracker_document.h"
#include "gui/widgets/column_sizing.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace pml {
namespace {

// A synthetic tracker may list thousands of activities not updated; the rest are a
// click away in the activities page.
constexpr int kMaxEntries = 200;

int countOf(const QList<Reminder>& reminders, Reminder::Kind kind)
{
    return int(std::count_if(reminders.cbegin(), reminders.cend(),
                             [kind](const Reminder& r) { return r.kind == kind; }));
}

} // namespace

RemindersPanel::RemindersPanel(TrackerDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_tree(new QTreeWidget(this))
{
    m_tree->setObjectName(QStringLiteral("remindersTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setMinimumWidth(200);
    wrapRowsToWidth(m_tree); // the returned note is read in full
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { activate(item); });
    // Reminders follow every change: a recorded update, a review step, another program.
    // Figures of another date say nothing about today's reminders (edits need today).
    connect(document, &TrackerDocument::progressChanged, this, [this] {
        if (m_document->asOf() == m_document->today())
            refresh();
    });
    connect(document, &TrackerDocument::reviewChanged, this, [this] {
        readTransitions();
        refresh();
    });
    readTransitions();
    refresh();
}

void RemindersPanel::readTransitions()
{
    try {
        m_transitions = m_document->reader().allReviewTransitions();
    } catch (const Error&) {
        // unreadable for a moment: keep the last steps read
    }
}

QList<Reminder> RemindersPanel::compute() const
{
    const QDate today = m_document->today();
    try {
        if (m_document->asOf() == today && m_document->progress().asOf == today) {
            return pml::reminders(m_document->snapshot(), m_document->progress(), m_transitions,
                                  today);
        }
        // Viewing another date (a review step was taken meanwhile): what needs doing is
        // still about today.
        const Snapshot snapshot =
            m_document->reader().snapshotAt({today}, TrackerStore::Detail::Texts);
        return pml::reminders(snapshot, computeProgress(snapshot, today), m_transitions, today);
    } catch (const Error&) {
        return m_reminders; // unreadable for a moment: keep the last list
    }
}

void RemindersPanel::refresh()
{
    m_reminders = compute();
    m_tree->clear();
    for (const Reminder& r : std::as_const(m_reminders)) {
        if (r.kind == Reminder::Kind::DaysLeft)
            addEntry(nullptr, r);
    }
    const Quarter ended = quarterOf(m_document->today()).previous();
    const Quarter current = quarterOf(m_document->today());
    const std::pair<Reminder::Kind, QString> groups[] = {
        {Reminder::Kind::Returned, tr("Returned for correction")},
        {Reminder::Kind::Reopened, tr("Reopened, to be submitted again")},
        {Reminder::Kind::AwaitingReview, tr("Waiting for review")},
        {Reminder::Kind::NotSubmitted, tr("Not submitted for %1").arg(quarterText(ended))},
        {Reminder::Kind::NotUpdated, tr("Not updated since %1 began").arg(quarterText(current))}};
    for (const auto& [kind, title] : groups) {
        const int count = countOf(m_reminders, kind);
        if (count == 0)
            continue;
        QTreeWidgetItem* group = addGroup(kind, title, count);
        int listed = 0;
        for (const Reminder& r : std::as_const(m_reminders)) {
            if (r.kind == kind && listed++ < kMaxEntries)
                addEntry(group, r);
        }
        if (count > kMaxEntries) {
            // The rest are in the activities page, filtered (the group leads there).
            auto* more = new QTreeWidgetItem(group);
            more->setText(0, tr("… and %1 more: open the list in Activities")
                                 .arg(QLocale().toString(count - kMaxEntries)));
            more->setData(0, KindRole, int(kind));
        }
        // Long lists of activities stay folded; the review work shows at once.
        group->setExpanded(kind != Reminder::Kind::NotUpdated || count <= 8);
    }
}

QTreeWidgetItem* RemindersPanel::addGroup(Reminder::Kind kind, const QString& title, int count)
{
    auto* group = new QTreeWidgetItem(m_tree);
    group->setText(0, tr("%1 (%2)").arg(title).arg(count));
    group->setData(0, KindRole, int(kind));
    QFont font = group->font(0);
    font.setBold(true);
    group->setFont(0, font);
    return group;
}

void RemindersPanel::addEntry(QTreeWidgetItem* group, const Reminder& r)
{
    auto* item = group ? new QTreeWidgetItem(group) : new QTreeWidgetItem(m_tree);
    item->setText(0, r.text);
    item->setToolTip(0, r.text);
    item->setData(0, KindRole, int(r.kind));
    item->setData(0, QuarterRole, r.quarter.key());
    item->setData(0, LineRole, r.line);
    item->setData(0, ActivityRole, r.activity);
    if (r.kind == Reminder::Kind::Returned || r.kind == Reminder::Kind::Reopened) {
        // The reviewer's note is what the monitor must act on.
        QFont font = item->font(0);
        font.setBold(true);
        item->setFont(0, font);
        item->setForeground(0, QColor(0xb7, 0x1c, 0x1c));
    }
}

void RemindersPanel::activate(QTreeWidgetItem* item)
{
    if (!item)
        return;
    const auto kind = Reminder::Kind(item->data(0, KindRole).toInt());
    const bool entry = !item->data(0, QuarterRole).toString().isEmpty();
    switch (kind) {
    case Reminder::Kind::DaysLeft:
        Q_EMIT notUpdatedRequested(quarterOf(m_document->today()).firstDay());
        break;
    case Reminder::Kind::NotUpdated:
        if (entry)
            Q_EMIT activityRequested(item->data(0, ActivityRole).toString());
        else
            Q_EMIT notUpdatedRequested(quarterOf(m_document->today()).firstDay());
        break;
    case Reminder::Kind::NotSubmitted:
    case Reminder::Kind::AwaitingReview:
    case Reminder::Kind::Returned:
    case Reminder::Kind::Reopened:
        if (entry) {
            Q_EMIT lineQuarterRequested(item->data(0, QuarterRole).toString(),
                                        item->data(0, LineRole).toInt());
        } else {
            item->setExpanded(!item->isExpanded());
        }
        break;
    }
}

QTreeWidgetItem* RemindersPanel::firstEntry(Reminder::Kind kind) const
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, KindRole).toInt() == int(kind) &&
            !(*it)->data(0, QuarterRole).toString().isEmpty())
            return *it;
    }
    return nullptr;
}

void RemindersPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh(); // the core's sentences are translated when computed
    QWidget::changeEvent(event);
}

} // namespace pml
