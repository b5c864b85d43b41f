#include "gui/review/review_figures.h"

#include "core/error.h"
#include "gui/application.h"
#include "gui/strategy/strategy_tree_model.h"
#include "gui/widgets/date_text.h"
#include "gui/widgets/schedule_style.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLocale>
#include <QSet>
#include <QTableWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace pml {
namespace {

struct ReviewFigures {
    Q_DECLARE_TR_FUNCTIONS(pml::ReviewFigures)
};

enum FigureColumn { Code, Name, Before, End, Change, Planned, ScheduleColumn, FigureColumns };

struct Row {
    ItemRef ref;
    QString name;
    Figures before;
    Figures end;
};

QList<Row> rowsOf(const QuarterFigures& f)
{
    const Strategy& s = f.snapshot.strategy;
    const Line* line = s.line(f.line);
    QList<Row> rows{{ItemRef::line(f.line), line ? line->name : QString(),
                     f.before.lines.value(f.line), f.end.lines.value(f.line)}};
    for (const BarrierGroup* g : s.groupsOfLine(f.line)) {
        rows.append({ItemRef::barrierGroup(g->code), g->heading, f.before.groups.value(g->code),
                     f.end.groups.value(g->code)});
        for (const Objective* o : s.objectivesOfGroup(g->code)) {
            rows.append({ItemRef::objective(o->number), o->text,
                         f.before.objectives.value(o->number), f.end.objectives.value(o->number)});
        }
    }
    return rows;
}

QString changeText(const Figures& before, const Figures& end)
{
    if (!end.actual)
        return formatPercent(std::nullopt);
    const double change = *end.actual - before.actual.value_or(0.0);
    const QString points = QLocale().toString(change, 'f', 1);
    return change > 0 ? ReviewFigures::tr("+%1 pts").arg(points)
                      : ReviewFigures::tr("%1 pts").arg(points);
}

QTableWidgetItem* cell(const QString& text, bool number = false)
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

QStringList activitiesOfLineFigures(const Strategy& strategy, int line)
{
    // Those of the line's barrier groups, and any serving one of its objectives.
    const QSet<QString> ofGroups = strategy.activityCodesOfLine(line);
    QSet<int> objectives;
    for (const Objective& o : strategy.objectives) {
        if (strategy.lineOfObjective(o.number) == line)
            objectives.insert(o.number);
    }
    QStringList codes;
    for (const Activity& a : strategy.activities) {
        const bool serves = std::any_of(a.objectives.cbegin(), a.objectives.cend(),
                                        [&](int o) { return objectives.contains(o); });
        if (serves || ofGroups.contains(a.code))
            codes.append(a.code);
    }
    return codes;
}

QuarterFigures quarterFigures(const TrackerReader& tracker, const Snapshot& structure,
                              const Quarter& quarter, int line)
{
    QuarterFigures f;
    f.quarter = quarter;
    f.line = line;
    try {
        // An approved quarter shows what approval froze: its figures and its updates.
        QList<StatusUpdate> period;
        if (const std::optional<FrozenLine> frozen = tracker.frozenLine(quarter, line)) {
            f.snapshot = frozen->snapshot;
            f.frozen = true;
            period = frozen->periodUpdates;
        } else {
            // The structure is in memory already; of the history, only the updates in force
            // of the line's own activities at the two dates are read.
            f.snapshot.strategy = structure.strategy;
            f.snapshot.settings = structure.settings;
            f.snapshot.assignments = structure.assignments;
            const QStringList codes = activitiesOfLineFigures(structure.strategy, line);
            const QList<QDate> dates = figureDates(quarter).list();
            QSet<qint64> seen; // an update in force at both dates is kept once
            for (const QDate& date : codes.isEmpty() ? QList<QDate>{} : dates) {
                for (const StatusUpdate& u : tracker.updatesInForce(date, codes)) {
                    if (!seen.contains(u.id)) {
                        seen.insert(u.id);
                        f.snapshot.updates.append(u);
                    }
                }
            }
            f.snapshot.inForceAt = dates;
            const QStringList ofLine = structure.strategy.activityCodesOfLine(line).values();
            if (!ofLine.isEmpty()) {
                period =
                    tracker.updatesEffectiveBetween(quarter.firstDay(), quarter.lastDay(), ofLine);
            }
        }
        const QuarterFigureDates dates = figureDates(quarter);
        f.end = computeProgress(f.snapshot, dates.end);
        f.before = computeProgress(f.snapshot, dates.previousEnd);
        f.updates = period; // the line's own activities' only
    } catch (const Error& error) {
        f.error = error.message();
    }
    return f;
}

QFuture<QuarterFigures> quarterFiguresInBackground(const TrackerLocation& location,
                                                   const Snapshot& structure,
                                                   const Quarter& quarter, int line)
{
    return QtConcurrent::run([location, structure, quarter, line] {
        // A connection belongs to the thread that opened it.
        try {
            auto store = openTracker(location, OpenMode::ReadOnly);
            return quarterFigures(TrackerReader(*store), structure, quarter, line);
        } catch (...) {
            QuarterFigures failed;
            failed.quarter = quarter;
            failed.line = line;
            try {
                throw;
            } catch (const Error& error) {
                failed.error = error.message();
            } catch (...) {
                logUnexpectedError(currentExceptionDetails());
                failed.error = unexpectedErrorSentence();
            }
            return failed;
        }
    });
}

QStringList quarterFigureHeaders(const Quarter& quarter)
{
    // The columns of the two quarters' ends are named by the quarters (the caption says
    // "as of the last day"), so the table fits beside the narrative.
    return {ReviewFigures::tr("Item"),       ReviewFigures::tr("Name"),
            quarterText(quarter.previous()), quarterText(quarter),
            ReviewFigures::tr("Change"),     ReviewFigures::tr("Planned"),
            ReviewFigures::tr("Schedule")};
}

void fillQuarterFigures(QTableWidget* table, const QuarterFigures& figures)
{
    const QList<Row> rows = rowsOf(figures);
    QHeaderView* header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive); // sized once, when filled
    table->setColumnCount(FigureColumns);
    table->setHorizontalHeaderLabels(quarterFigureHeaders(figures.quarter));
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const Row& row = rows.at(r);
        auto* code = cell(StrategyTreeModel::codeText(row.ref));
        if (row.ref.kind == ItemRef::Kind::Line) {
            QFont bold = code->font();
            bold.setBold(true);
            code->setFont(bold);
        }
        table->setItem(r, Code, code);
        table->setItem(r, Name, cell(row.name));
        table->setItem(r, Before, cell(formatPercent(row.before.actual), true));
        table->setItem(r, End, cell(formatPercent(row.end.actual), true));
        table->setItem(r, Change, cell(changeText(row.before, row.end), true));
        table->setItem(r, Planned, cell(formatPercent(row.end.planned), true));
        table->setItem(
            r, ScheduleColumn,
            new QTableWidgetItem(scheduleIcon(row.end.schedule), scheduleLabel(row.end.schedule)));
    }
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Name, QHeaderView::Stretch);
}

QStringList quarterUpdateHeaders()
{
    return {ReviewFigures::tr("Effective"), ReviewFigures::tr("Activity"),
            ReviewFigures::tr("Status"),    ReviewFigures::tr("Percent"),
            ReviewFigures::tr("Note"),      ReviewFigures::tr("Recorded by"),
            ReviewFigures::tr("Evidence")};
}

void fillQuarterUpdates(QTableWidget* table, const QuarterFigures& figures,
                        const QHash<qint64, int>& evidence)
{
    // Sizing columns to their contents on every new cell would take quadratic time.
    QHeaderView* header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    table->setColumnCount(7);
    table->setHorizontalHeaderLabels(quarterUpdateHeaders());
    const QList<StatusUpdate> shown =
        figures.updates.mid(qMax(qsizetype(0), figures.updates.size() - kMaxQuarterUpdatesShown));
    table->setRowCount(int(shown.size()));
    for (int r = 0; r < shown.size(); ++r) {
        const StatusUpdate& u = shown.at(r);
        const QString status = u.withdrawn
                                   ? ReviewFigures::tr("%1 — withdrawn").arg(statusName(u.status))
                                   : statusName(u.status);
        table->setItem(r, 0, cell(dateText(u.effectiveDate)));
        table->setItem(r, 1, cell(u.activity));
        table->setItem(r, 2, cell(status));
        table->setItem(r, 3, cell(QStringLiteral("%1 %").arg(u.percent), true));
        table->setItem(r, 4, cell(u.note));
        table->setItem(r, 5, cell(u.recordedBy));
        table->setItem(r, 6, cell(QLocale().toString(evidence.value(u.id)), true));
        table->item(r, 1)->setData(Qt::UserRole, u.id);
    }
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(4, QHeaderView::Stretch);
}

} // namespace pml
