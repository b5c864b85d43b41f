#include "gui/activities/filter_bar.h"

#include "gui/as_of_toolbar.h"
#include "gui/document/tracker_document.h"
#include "gui/widgets/date_text.h"
#include "gui/widgets/flow_layout.h"
#include "gui/widgets/schedule_style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimer>

namespace pml {
namespace {

constexpr int kAny = -1;

void selectData(QComboBox* combo, const QVariant& value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

template <typename E>
std::optional<E> enumChoice(const QComboBox* combo)
{
    const int value = combo->currentData().toInt();
    return value == kAny ? std::nullopt : std::optional<E>(E(value));
}

template <typename E>
QVariant enumData(const std::optional<E>& value)
{
    return value ? int(*value) : kAny;
}

QString elided(const QString& text, int length)
{
    return text.size() <= length ? text : text.left(length - 1).trimmed() + QChar(0x2026);
}

QComboBox* makeCombo(QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(10);
    return combo;
}

} // namespace

FilterBar::FilterBar(TrackerDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_search(new QLineEdit(this))
    , m_line(makeCombo(this))
    , m_objective(makeCombo(this))
    , m_horizon(makeCombo(this))
    , m_status(makeCombo(this))
    , m_schedule(makeCombo(this))
    , m_actor(makeCombo(this))
    , m_notUpdated(new QCheckBox(this))
    , m_notUpdatedDate(new QDateEdit(this))
    , m_clear(new QPushButton(this))
    , m_count(new QLabel(this))
    , m_searchLabel(new QLabel(this))
    , m_lineLabel(new QLabel(this))
    , m_objectiveLabel(new QLabel(this))
    , m_horizonLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_scheduleLabel(new QLabel(this))
    , m_actorLabel(new QLabel(this))
    , m_searchDelay(new QTimer(this))
{
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(180);
    m_objective->setMinimumContentsLength(14);
    m_actor->setMinimumContentsLength(14);
    m_notUpdatedDate->setCalendarPopup(true);
    m_notUpdatedDate->setDate(document->asOf().addMonths(-3));
    m_notUpdatedDate->setEnabled(false);

    m_horizon->addItem({}, kAny);
    for (Horizon h : allHorizons()) {
        m_horizon->addItem({}, int(h));
    }
    m_status->addItem({}, kAny);
    for (Status s : allStatuses()) {
        m_status->addItem({}, int(s));
    }
    m_schedule->addItem({}, kAny);
    for (Schedule s : allSchedules()) {
        m_schedule->addItem(scheduleIcon(s), {}, int(s));
    }

    const std::pair<QLabel*, QWidget*> buddies[] = {
        {m_searchLabel, m_search},   {m_lineLabel, m_line},     {m_objectiveLabel, m_objective},
        {m_horizonLabel, m_horizon}, {m_statusLabel, m_status}, {m_scheduleLabel, m_schedule},
        {m_actorLabel, m_actor},
    };
    for (const auto& [label, field] : buddies) {
        label->setBuddy(field);
    }

    // The filters flow into as many rows as the window's width needs: all in view on a
    // laptop's screen beside the "to do" dock, one or two rows on a wide one.
    auto* flow = new FlowLayout(this);
    for (const auto& [label, field] : buddies) {
        flow->addWidget(labelled(label, field, this));
    }
    flow->addWidget(labelled(m_notUpdated, m_notUpdatedDate, this));
    flow->addWidget(labelled(m_count, m_clear, this));

    // Typing re-filters after a short pause, not on every key stroke.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &FilterBar::emitEdited);
    connect(m_search, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &FilterBar::emitEdited);
    for (QComboBox* combo : {m_line, m_objective, m_horizon, m_status, m_schedule, m_actor}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::emitEdited);
    }
    connect(m_notUpdated, &QCheckBox::toggled, this, [this](bool on) {
        m_notUpdatedDate->setEnabled(on);
        emitEdited();
    });
    connect(m_notUpdatedDate, &QDateEdit::dateChanged, this, [this] {
        if (m_notUpdated->isChecked()) {
            emitEdited();
        }
    });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        setFilter({});
        emitEdited();
    });
    connect(document, &TrackerDocument::progressChanged, this, &FilterBar::fillChoices);

    fillChoices();
    retranslate();
    setFilter({});
}

void FilterBar::fillChoices()
{
    const Strategy& strategy = m_document->snapshot().strategy;
    if (m_line->count() > 0 && strategy.lines.isSharedWith(m_lines) &&
        strategy.objectives.isSharedWith(m_objectives) && strategy.actors.isSharedWith(m_actors)) {
        return;
    }
    m_lines = strategy.lines;
    m_objectives = strategy.objectives;
    m_actors = strategy.actors;
    const bool updating = m_updating;
    m_updating = true;
    const QVariant line = m_line->currentData();
    const QVariant objective = m_objective->currentData();
    const QVariant actor = m_actor->currentData();

    m_line->clear();
    m_line->addItem(tr("All lines"), kAny);
    for (const Line& l : strategy.lines) {
        m_line->addItem(QStringLiteral("%1. %2").arg(l.number).arg(elided(l.name, 40)), l.number);
        m_line->setItemData(m_line->count() - 1, l.name, Qt::ToolTipRole);
    }
    m_objective->clear();
    m_objective->addItem(tr("All objectives"), kAny);
    for (const Objective& o : strategy.objectives) {
        m_objective->addItem(QStringLiteral("%1. %2").arg(o.number).arg(elided(o.text, 50)),
                             o.number);
        m_objective->setItemData(m_objective->count() - 1, o.text, Qt::ToolTipRole);
    }
    m_actor->clear();
    m_actor->addItem(tr("All institutions"), QVariant::fromValue(qint64(kAny)));
    for (const Actor& a : strategy.actors) {
        const QString label =
            a.shortName.isEmpty() ? a.name : QStringLiteral("%1 (%2)").arg(a.shortName, a.name);
        m_actor->addItem(elided(label, 60), QVariant::fromValue(a.id));
        m_actor->setItemData(m_actor->count() - 1, a.name, Qt::ToolTipRole);
    }
    if (line.isValid()) {
        selectData(m_line, line);
        selectData(m_objective, objective);
        selectData(m_actor, actor);
    }
    m_updating = updating;
}

void FilterBar::retranslate()
{
    // The locale may have changed with the language: dates as in the rest of the window.
    m_notUpdatedDate->setDisplayFormat(dateEditFormat());
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("Code or text"));
    m_search->setAccessibleName(tr("Search activities by code or text"));
    m_lineLabel->setText(tr("&Line:"));
    m_objectiveLabel->setText(tr("&Objective:"));
    m_horizonLabel->setText(tr("Hori&zon:"));
    m_statusLabel->setText(tr("St&atus:"));
    m_scheduleLabel->setText(tr("Sche&dule:"));
    m_actorLabel->setText(tr("&Institution:"));
    m_actor->setToolTip(tr("Activities this institution leads or supports"));
    m_notUpdated->setText(tr("&Not updated since"));
    m_notUpdated->setToolTip(
        tr("Open activities already due, with no update in force or whose last update is "
           "before this date"));
    m_notUpdatedDate->setAccessibleName(tr("Not updated since date"));
    m_clear->setText(tr("&Clear filters"));
    m_line->setItemText(0, tr("All lines"));
    m_objective->setItemText(0, tr("All objectives"));
    m_actor->setItemText(0, tr("All institutions"));
    m_horizon->setItemText(0, tr("All horizons"));
    for (int i = 1; i < m_horizon->count(); ++i) {
        m_horizon->setItemText(i, horizonName(Horizon(m_horizon->itemData(i).toInt())));
    }
    m_status->setItemText(0, tr("All statuses"));
    for (int i = 1; i < m_status->count(); ++i) {
        m_status->setItemText(i, statusName(Status(m_status->itemData(i).toInt())));
    }
    m_schedule->setItemText(0, tr("All schedules"));
    for (int i = 1; i < m_schedule->count(); ++i) {
        m_schedule->setItemText(i, scheduleLabel(Schedule(m_schedule->itemData(i).toInt())));
    }
    // Wide enough for "All …" in this language, so no choice shows cut when nothing is chosen.
    for (QComboBox* combo : {m_line, m_horizon, m_status, m_schedule}) {
        combo->setMinimumContentsLength(int(combo->itemText(0).size()));
    }
    setCounts(m_shown, m_total);
}

void FilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

ActivityFilter FilterBar::filter() const
{
    ActivityFilter f;
    f.text = m_search->text().trimmed();
    f.line = qMax(0, m_line->currentData().toInt());
    f.objective = qMax(0, m_objective->currentData().toInt());
    f.horizon = enumChoice<Horizon>(m_horizon);
    f.status = enumChoice<Status>(m_status);
    f.schedule = enumChoice<Schedule>(m_schedule);
    const qint64 actor = m_actor->currentData().toLongLong();
    if (actor != kAny) {
        f.actor = actor;
    }
    if (m_notUpdated->isChecked()) {
        f.notUpdatedSince = m_notUpdatedDate->date();
    }
    return f;
}

void FilterBar::setFilter(const ActivityFilter& f)
{
    m_updating = true;
    m_searchDelay->stop();
    if (m_search->text().trimmed() != f.text) {
        m_search->setText(f.text);
    }
    selectData(m_line, f.line > 0 ? f.line : kAny);
    selectData(m_objective, f.objective > 0 ? f.objective : kAny);
    selectData(m_horizon, enumData(f.horizon));
    selectData(m_status, enumData(f.status));
    selectData(m_schedule, enumData(f.schedule));
    selectData(m_actor, QVariant::fromValue(f.actor.value_or(kAny)));
    m_notUpdated->setChecked(f.notUpdatedSince.isValid());
    m_notUpdatedDate->setEnabled(f.notUpdatedSince.isValid());
    if (f.notUpdatedSince.isValid()) {
        m_notUpdatedDate->setDate(f.notUpdatedSince);
    }
    m_updating = false;
}

void FilterBar::setCounts(int shown, int total)
{
    m_shown = shown;
    m_total = total;
    m_count->setText(
        tr("%1 of %2 activities").arg(QLocale().toString(shown), QLocale().toString(total)));
}

QString FilterBar::countText() const
{
    return m_count->text();
}

void FilterBar::emitEdited()
{
    if (!m_updating) {
        m_searchDelay->stop();
        Q_EMIT filterEdited(filter());
    }
}

} // namespace pml
