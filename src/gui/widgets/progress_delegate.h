#pragma once

#include "core/enums.h"

#include <QStyledItemDelegate>

#include <optional>

class QPainter;
class QPalette;

namespace pml {

// How a progress bar is drawn, shared by the tree's delegate and the detail pane:
// the actual percent as a bar tinted with the schedule colour, the planned percent
// as a marker line, and the text (e.g. "45,3 %") on top.
struct ProgressBarLook {
    std::optional<double> actual;
    std::optional<double> planned;
    Schedule schedule = Schedule::NoData;
    QString text;
    bool selected = false;
};
void paintProgressBar(QPainter* painter, const QRect& rect, const QPalette& palette,
                      const ProgressBarLook& look);

// Paints the model's ActualRole / PlannedRole / ScheduleRole as a bar; the model's
// DisplayRole text is what is drawn and what assistive technology reads.
class ProgressDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit ProgressDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace pml
