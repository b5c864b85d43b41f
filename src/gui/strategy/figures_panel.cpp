#include "gui/strategy/figures_panel.h"

#include "gui/widgets/progress_delegate.h"
#include "gui/widgets/schedule_style.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QTableWidget>

namespace pml {

void fitTableHeight(QTableWidget* table, int maxRows)
{
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    const int rows = qBound(3, table->rowCount(), maxRows);
    const int height = table->horizontalHeader()->sizeHint().height() +
                       rows * table->verticalHeader()->defaultSectionSize() +
                       2 * table->frameWidth();
    table->setFixedHeight(height);
}

ProgressBarWidget::ProgressBarWidget(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ProgressBarWidget::setFigures(const Figures& figures)
{
    m_figures = figures;
    setAccessibleName(tr("Actual %1, planned %2")
                          .arg(formatPercent(figures.actual), formatPercent(figures.planned)));
    update();
}

QSize ProgressBarWidget::sizeHint() const
{
    return {240, fontMetrics().height() + 10};
}
QSize ProgressBarWidget::minimumSizeHint() const
{
    return {80, fontMetrics().height() + 10};
}

void ProgressBarWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    ProgressBarLook look;
    look.actual = m_figures.actual;
    look.planned = m_figures.planned;
    look.schedule = m_figures.schedule;
    paintProgressBar(&painter, rect().adjusted(1, 2, -2, -3), palette(), look);
}

FiguresPanel::FiguresPanel(QWidget* parent)
    : QWidget(parent)
    , m_actualCaption(new QLabel(this))
    , m_actual(new QLabel(this))
    , m_plannedCaption(new QLabel(this))
    , m_planned(new QLabel(this))
    , m_scheduleCaption(new QLabel(this))
    , m_scheduleIcon(new QLabel(this))
    , m_schedule(new QLabel(this))
    , m_bar(new ProgressBarWidget(this))
    , m_asOfLabel(new QLabel(this))
{
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    m_actual->setFont(big);
    m_planned->setFont(big);
    QFont medium = font();
    medium.setPointSizeF(medium.pointSizeF() * 1.25);
    medium.setBold(true);
    m_schedule->setFont(medium);
    m_actual->setObjectName(QStringLiteral("actualFigure"));
    m_planned->setObjectName(QStringLiteral("plannedFigure"));
    m_schedule->setObjectName(QStringLiteral("scheduleFigure"));
    for (QLabel* caption : {m_actualCaption, m_plannedCaption, m_scheduleCaption, m_asOfLabel}) {
        caption->setForegroundRole(QPalette::PlaceholderText);
    }
    // A long caption must wrap, not widen the pane past the window.
    m_asOfLabel->setWordWrap(true);

    auto* scheduleRow = new QHBoxLayout;
    scheduleRow->setSpacing(6);
    scheduleRow->addWidget(m_scheduleIcon);
    scheduleRow->addWidget(m_schedule);
    scheduleRow->addStretch();

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(28);
    grid->setVerticalSpacing(2);
    grid->addWidget(m_actualCaption, 0, 0);
    grid->addWidget(m_plannedCaption, 0, 1);
    grid->addWidget(m_scheduleCaption, 0, 2);
    grid->addWidget(m_actual, 1, 0);
    grid->addWidget(m_planned, 1, 1);
    grid->addLayout(scheduleRow, 1, 2);
    grid->addWidget(m_bar, 2, 0, 1, 4);
    grid->addWidget(m_asOfLabel, 3, 0, 1, 4);
    grid->setColumnStretch(3, 1);
    retranslate();
}

void FiguresPanel::setFigures(const Figures& figures, const QDate& asOf)
{
    m_figures = figures;
    m_asOf = asOf;
    m_actual->setText(formatPercent(figures.actual));
    m_planned->setText(formatPercent(figures.planned));
    m_schedule->setText(scheduleLabel(figures.schedule));
    m_scheduleIcon->setPixmap(schedulePixmap(figures.schedule, 24, devicePixelRatioF()));
    m_bar->setFigures(figures);
    retranslate();
}

void FiguresPanel::retranslate()
{
    m_actualCaption->setText(tr("Actual"));
    m_plannedCaption->setText(tr("Planned"));
    m_scheduleCaption->setText(tr("Schedule"));
    m_schedule->setText(scheduleLabel(m_figures.schedule));
    m_asOfLabel->setText(
        tr("As of %1. The bar shows the actual progress; the dark line marks the planned progress.")
            .arg(QLocale().toString(m_asOf, QLocale::LongFormat)));
}

void FiguresPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace pml
