#pragma once

#include "core/enums.h"

#include <QIcon>
#include <QString>
#include <QVariant>

#include <array>
#include <optional>
#include <vector>

namespace pml {

struct ActivityProgress;

// An activity's figures from the engine, as every table of activities holds them.
struct ActivityFigures {
    Status status = Status::NotStarted;
    int percent = 0;
    double planned = 0;
    Schedule schedule = Schedule::NotDue;

    void setFigures(const ActivityProgress& progress);
};

// The figure columns every table of activities shows.
enum class FigureColumn { Status, Actual, Planned, Schedule };

// Which figure column a model's column is, if any; the model names its figure columns
// StatusColumn, Actual, Planned and ScheduleColumn.
template <typename Model>
std::optional<FigureColumn> figureColumnOf(int column)
{
    switch (column) {
    case Model::StatusColumn:
        return FigureColumn::Status;
    case Model::Actual:
        return FigureColumn::Actual;
    case Model::Planned:
        return FigureColumn::Planned;
    case Model::ScheduleColumn:
        return FigureColumn::Schedule;
    }
    return std::nullopt;
}

// The cells of the figure columns, the same in every table of activities. Texts are
// formatted once per language: refreshing 50,000 rows then formats nothing.
class ActivityFigureCells {
public:
    ActivityFigureCells();
    // Formats the texts again in the current language.
    void retranslate();

    // The display text, schedule icon or alignment of a figure cell; none for other roles.
    QVariant data(const ActivityFigures& row, FigureColumn column, int role) const;
    // The raw value to sort by: numbers, or the order of statuses and schedules.
    static QVariant sortValue(const ActivityFigures& row, FigureColumn column);
    // The cell of `Model`'s column for `role` (Model::SortRole: the sort value); none when
    // the column is not a figure column or the role is another of the model's own.
    template <typename Model>
    std::optional<QVariant> cell(const ActivityFigures& row, int column, int role) const
    {
        const std::optional<FigureColumn> figure = figureColumnOf<Model>(column);
        if (!figure) {
            return std::nullopt;
        }
        if (role == Model::SortRole) {
            return sortValue(row, *figure);
        }
        if (role < Qt::UserRole) {
            return data(row, *figure, role);
        }
        return std::nullopt;
    }

    const QString& percentText(double value) const; // one decimal
    const QString& gapText(const std::optional<double>& gap) const;

private:
    std::array<QString, 5> m_statusNames;
    std::array<QString, 7> m_scheduleNames;
    std::array<QIcon, 7> m_scheduleIcons;
    // "0,0 %" … "100,0 %" and gaps "−100,0" … "+100,0", indexed by tenths.
    std::vector<QString> m_tenths;
    std::vector<QString> m_gaps;
    QString m_noFigure;
};

} // namespace pml
