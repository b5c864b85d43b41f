#include "report_frozen.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace pml {
namespace {

template <typename Item>
void replaceOfLine(QList<Item>& live, const QList<Item>& frozen, const QSet<QString>& codes)
{
    live.removeIf([&codes](const Item& item) { return codes.contains(item.activity); });
    for (const Item& item : frozen) {
        if (codes.contains(item.activity)) {
            live.append(item);
        }
    }
}

// Activities by status and schedule status, and the number of updates, from the rows.
void recount(ReportModel& model)
{
    for (int& count : model.statusCounts) {
        count = 0;
    }
    for (int& count : model.scheduleCounts) {
        count = 0;
    }
    for (const ReportActivity& row : model.activities) {
        model.statusCounts[row.status] += 1;
        model.scheduleCounts[row.schedule] += 1;
    }
    model.activityCount = int(model.activities.size());
    model.updatesInQuarter = int(model.updates.size());
}

} // namespace

void mergeFrozenLine(Snapshot& live, QList<StatusUpdate>& periodUpdates, const FrozenLine& frozen,
                     int line)
{
    const QSet<QString> codes = live.strategy.activityCodesOfLine(line);
    replaceOfLine(live.updates, frozen.snapshot.updates, codes);
    replaceOfLine(periodUpdates, frozen.periodUpdates, codes);
    replaceOfLine(live.assignments, frozen.snapshot.assignments, codes);
    QHash<QString, const Activity*> planned;
    for (const Activity& activity : frozen.snapshot.strategy.activities) {
        planned.insert(activity.code, &activity);
    }
    for (Activity& activity : live.strategy.activities) {
        const Activity* then =
            codes.contains(activity.code) ? planned.value(activity.code) : nullptr;
        if (then) {
            activity.weight = then->weight;
            activity.plannedStart = then->plannedStart;
            activity.plannedEnd = then->plannedEnd;
        }
    }
}

void spliceLine(ReportModel& model, const ReportModel& lineModel)
{
    if (!lineModel.subjectLine || lineModel.lines.isEmpty()) {
        return;
    }
    const int line = *lineModel.subjectLine;
    for (LineSection& section : model.lines) {
        if (section.number == line) {
            section = lineModel.lines.constFirst();
        }
    }
    QHash<QString, const ReportActivity*> rows;
    for (const ReportActivity& row : lineModel.activities) {
        rows.insert(row.code, &row);
    }
    QHash<QString, AttentionRow> attention;
    for (const AttentionRow& row : model.attention) {
        if (row.activity.line != line) {
            attention.insert(row.activity.code, row);
        }
    }
    for (const AttentionRow& row : lineModel.attention) {
        attention.insert(row.activity.code, row);
    }
    QSet<QString> codes;
    model.attention.clear();
    for (ReportActivity& row : model.activities) {
        if (row.line == line) {
            codes.insert(row.code);
            if (const ReportActivity* frozen = rows.value(row.code)) {
                row = *frozen;
            }
        }
        const auto found = attention.constFind(row.code);
        if (found != attention.constEnd()) {
            model.attention.append(*found); // in strategy order, as the rows
        }
    }
    model.updates.removeIf([&codes](const UpdateRow& row) { return codes.contains(row.code); });
    model.updates.append(lineModel.updates);
    // Effective order: date, then recording order (as buildReport() gives them).
    std::stable_sort(model.updates.begin(), model.updates.end(),
                     [](const UpdateRow& a, const UpdateRow& b) {
                         return std::tie(a.effectiveDate, a.recordedAt, a.id) <
                                std::tie(b.effectiveDate, b.recordedAt, b.id);
                     });
    recount(model);
}

} // namespace pml
