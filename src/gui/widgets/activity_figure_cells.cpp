#include "gui/widgets/activity_figure_cells.h"

#include "core/progress.h"
#include "gui/widgets/schedule_style.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace pml {
namespace {

constexpr int kTenths = 1000; // 100.0 %

int tenths(double value)
{
    return int(std::lround(value * 10));
}

} // namespace

void ActivityFigures::setFigures(const ActivityProgress& progress)
{
    status = progress.status;
    percent = progress.percent;
    planned = progress.planned;
    schedule = progress.schedule;
}

ActivityFigureCells::ActivityFigureCells()
{
    for (int s = 0; s < int(m_scheduleIcons.size()); ++s) {
        m_scheduleIcons[std::size_t(s)] = scheduleIcon(Schedule(s));
    }
    retranslate();
}

void ActivityFigureCells::retranslate()
{
    for (int s = 0; s < int(m_statusNames.size()); ++s) {
        m_statusNames[std::size_t(s)] = statusName(Status(s));
    }
    for (int s = 0; s < int(m_scheduleNames.size()); ++s) {
        m_scheduleNames[std::size_t(s)] = scheduleLabel(Schedule(s));
    }
    // Numbers follow the locale of the language.
    m_noFigure = formatPercent(std::nullopt);
    m_tenths.resize(kTenths + 1);
    for (int t = 0; t <= kTenths; ++t) {
        m_tenths[std::size_t(t)] = formatPercent(t / 10.0);
    }
    const QLocale locale;
    m_gaps.resize(2 * kTenths + 1);
    for (int t = -kTenths; t <= kTenths; ++t) {
        const QString number = locale.toString(t / 10.0, 'f', 1);
        m_gaps[std::size_t(t + kTenths)] = t > 0 ? QStringLiteral("+") + number : number;
    }
}

const QString& ActivityFigureCells::percentText(double value) const
{
    return m_tenths[std::size_t(std::clamp(tenths(value), 0, kTenths))];
}

const QString& ActivityFigureCells::gapText(const std::optional<double>& gap) const
{
    if (!gap) {
        return m_noFigure;
    }
    return m_gaps[std::size_t(std::clamp(tenths(*gap), -kTenths, kTenths) + kTenths)];
}

QVariant ActivityFigureCells::data(const ActivityFigures& row, FigureColumn column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case FigureColumn::Status:
            return m_statusNames[std::size_t(row.status)];
        case FigureColumn::Actual:
            return percentText(row.percent);
        case FigureColumn::Planned:
            return percentText(row.planned);
        case FigureColumn::Schedule:
            return m_scheduleNames[std::size_t(row.schedule)];
        }
        return {};
    case Qt::DecorationRole:
        if (column == FigureColumn::Schedule) {
            return m_scheduleIcons[std::size_t(row.schedule)];
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == FigureColumn::Actual || column == FigureColumn::Planned) {
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        }
        return {};
    }
    return {};
}

QVariant ActivityFigureCells::sortValue(const ActivityFigures& row, FigureColumn column)
{
    switch (column) {
    case FigureColumn::Status:
        return int(row.status);
    case FigureColumn::Actual:
        return row.percent;
    case FigureColumn::Planned:
        return row.planned;
    case FigureColumn::Schedule:
        return int(row.schedule);
    }
    return {};
}

} // namespace pml
