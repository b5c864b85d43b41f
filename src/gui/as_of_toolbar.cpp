#include "gui/as_of_toolbar.h"

#include "core/clock.h"
#include "gui/widgets/date_text.h"

#include <QDateEdit>
#include <QEvent>
#include <QLabel>
#include <QLocale>

namespace pml {

AsOfToolBar::AsOfToolBar(QWidget* parent)
    : QToolBar(parent)
    , m_label(new QLabel(this))
    , m_dateEdit(new QDateEdit(this))
    , m_todayAction(new QAction(this))
    , m_today(pml::today())
{
    setObjectName(QStringLiteral("asOfToolBar"));
    m_dateEdit->setObjectName(QStringLiteral("asOfDate"));
    m_dateEdit->setCalendarPopup(true);
    // Typing a date must not recompute at every keystroke.
    m_dateEdit->setKeyboardTracking(false);
    m_dateEdit->setMinimumDate(QDate(2000, 1, 1));
    m_dateEdit->setMaximumDate(m_today);
    m_dateEdit->setDate(m_today);
    m_label->setBuddy(m_dateEdit);
    addWidget(m_label);
    addWidget(m_dateEdit);
    addAction(m_todayAction);
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &AsOfToolBar::dateChosen);
    connect(m_todayAction, &QAction::triggered, this, [this] {
        setDate(m_today);
        Q_EMIT dateChosen(m_today);
    });
    retranslate();
}

QDate AsOfToolBar::date() const
{
    return m_dateEdit->date();
}

void AsOfToolBar::setDate(const QDate& date)
{
    const QSignalBlocker blocker(m_dateEdit);
    m_dateEdit->setDate(date);
}

void AsOfToolBar::setToday(const QDate& today)
{
    m_today = today;
    const QSignalBlocker blocker(m_dateEdit);
    m_dateEdit->setMaximumDate(today);
}

void AsOfToolBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    QToolBar::changeEvent(event);
}

void AsOfToolBar::retranslate()
{
    setWindowTitle(tr("As of date"));
    m_label->setText(tr("&As of:"));
    m_dateEdit->setLocale(QLocale());
    m_dateEdit->setDisplayFormat(dateEditFormat());
    m_dateEdit->setAccessibleName(tr("As of date"));
    m_dateEdit->setToolTip(tr("Every figure, view and chart shows the state at this date. "
                              "Changes can only be made when viewing today."));
    m_todayAction->setText(tr("&Today"));
    m_todayAction->setToolTip(tr("Show the state as of today"));
}

} // namespace pml
