#include "layout_probe.h"

#include "gui_fixtures.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTreeView>

namespace pml::test {
namespace {

// QHeaderView::sectionSizeFromContents is protected: reached through a member pointer.
struct HeaderAccess : QHeaderView {
    using QHeaderView::sectionSizeFromContents;
};

QString describe(const QWidget* widget)
{
    QString text;
    if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
        text = button->text().remove(QLatin1Char('&'));
    else if (const auto* combo = qobject_cast<const QComboBox*>(widget))
        text = combo->currentText();
    const QString name = widget->objectName();
    QString label = QString::fromLatin1(widget->metaObject()->className());
    if (!name.isEmpty())
        label += QStringLiteral(" ") + name;
    if (!text.isEmpty())
        label += QStringLiteral(" \"%1\"").arg(text);
    return label;
}

bool isControl(const QWidget* widget)
{
    // The line edit inside a combo box or spin box is part of it, checked with it.
    const QWidget* parent = widget->parentWidget();
    if (qobject_cast<const QComboBox*>(parent) || qobject_cast<const QAbstractSpinBox*>(parent))
        return false;
    return qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QLineEdit*>(widget) ||
           qobject_cast<const QComboBox*>(widget) || qobject_cast<const QAbstractSpinBox*>(widget);
}

// True when a scroll area's viewport is `widget`: what lies in it may scroll vertically.
bool isViewport(const QWidget* widget)
{
    const auto* scroll = qobject_cast<const QAbstractScrollArea*>(widget->parentWidget());
    return scroll && scroll->viewport() == widget;
}

// The first parent, up to `area`, that cuts part of `widget` off.
QString clippingParent(const QWidget* widget, const QWidget* area)
{
    bool scrolls = false;
    for (const QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        const QRect rect(widget->mapTo(parent, QPoint(0, 0)), widget->size());
        const bool sideways = rect.left() < 0 || rect.right() > parent->width() - 1;
        const bool vertically = rect.top() < 0 || rect.bottom() > parent->height() - 1;
        // Past a scroll area's viewport, what lies above or below is scrolled to.
        scrolls = scrolls || isViewport(parent);
        if (sideways || (vertically && !scrolls))
            return QStringLiteral("cut by %1 (%2 of %3 pixels wide)")
                .arg(describe(parent))
                .arg(QRect(QPoint(0, 0), parent->size()).intersected(rect).width())
                .arg(rect.width());
        if (parent == area)
            break;
    }
    return {};
}

QStringList controlProblems(QWidget* area, const QString& areaName)
{
    QStringList problems;
    for (QWidget* widget : area->findChildren<QWidget*>()) {
        if (!isControl(widget) || !widget->isVisibleTo(area))
            continue;
        const QString where = areaName + QStringLiteral(": ") + describe(widget);
        if (const QString cut = clippingParent(widget, area); !cut.isEmpty())
            problems += where + QStringLiteral(" is ") + cut;
        const int needed = widget->minimumSizeHint().width();
        if (widget->width() < needed)
            problems +=
                where +
                QStringLiteral(" is %1 pixels wide, needs %2").arg(widget->width()).arg(needed);
    }
    return problems;
}

QHeaderView* columnHeader(QAbstractItemView* view)
{
    if (auto* tree = qobject_cast<QTreeView*>(view))
        return tree->isHeaderHidden() ? nullptr : tree->header();
    if (auto* table = qobject_cast<QTableView*>(view))
        return table->horizontalHeader()->isHidden() ? nullptr : table->horizontalHeader();
    return nullptr;
}

// The indexes of `view` whose rows are at least partly in sight, under `parent`.
QModelIndexList indexesInSight(QAbstractItemView* view, const QModelIndex& parent = {})
{
    QModelIndexList indexes;
    const QAbstractItemModel* model = view->model();
    const auto* tree = qobject_cast<QTreeView*>(view);
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex first = model->index(row, 0, parent);
        if (tree && tree->isRowHidden(row, parent))
            continue;
        const QRect rect = view->visualRect(first);
        if (rect.bottom() >= 0 && rect.top() < view->viewport()->height())
            for (int column = 0; column < model->columnCount(parent); ++column)
                indexes += model->index(row, column, parent);
        if (tree && tree->isExpanded(first))
            indexes += indexesInSight(view, first);
    }
    return indexes;
}

// Cells in sight whose text is cut (elided) without a tooltip that shows it whole.
QStringList cellProblems(QAbstractItemView* view, const QHeaderView* header, const QString& where)
{
    QStringList problems;
    for (const QModelIndex& index : indexesInSight(view)) {
        if (header->isSectionHidden(index.column()))
            continue;
        const QString text = index.data().toString();
        const int needed = view->sizeHintForIndex(index).width();
        const int width = view->visualRect(index).width();
        if (text.isEmpty() || width >= needed ||
            index.data(Qt::ToolTipRole).toString().contains(text))
            continue;
        problems += where + QStringLiteral(" cell \"%1\" is %2 pixels wide, needs %3, and has "
                                           "no tooltip with its whole text")
                                .arg(text)
                                .arg(width)
                                .arg(needed);
        if (problems.size() == 3)
            break; // the first few say enough
    }
    return problems;
}

QStringList columnProblems(QWidget* area, const QString& areaName)
{
    QStringList problems;
    for (QAbstractItemView* view : area->findChildren<QAbstractItemView*>()) {
        QHeaderView* header = columnHeader(view);
        if (!header || !view->isVisibleTo(area) || !header->model())
            continue;
        const QString where = areaName + QStringLiteral(": ") + describe(view);
        const auto sizeFromContents = &HeaderAccess::sectionSizeFromContents;
        for (int column = 0; column < header->count(); ++column) {
            if (header->isSectionHidden(column))
                continue;
            const QString title = header->model()->headerData(column, Qt::Horizontal).toString();
            const int needed = (header->*sizeFromContents)(column).width();
            if (header->sectionSize(column) < needed)
                problems += where + QStringLiteral(" column \"%1\" is %2 pixels wide, needs %3")
                                        .arg(title)
                                        .arg(header->sectionSize(column))
                                        .arg(needed);
        }
        problems += cellProblems(view, header, where);
    }
    return problems;
}

// Views meant to scroll sideways, their pages staying put: the activities table has thirteen
// columns, too many for a laptop's screen with a readable activity text; an institution's
// activities share the page with the institutions and keep a readable text too.
const QStringList viewsMeantToScrollSideways = {QStringLiteral("activitiesTable"),
                                                QStringLiteral("actorActivitiesTable")};

QStringList sidewaysScrolling(QWidget* area, const QString& areaName)
{
    QList<QAbstractScrollArea*> scrolls = area->findChildren<QAbstractScrollArea*>();
    if (auto* scroll = qobject_cast<QAbstractScrollArea*>(area))
        scrolls.prepend(scroll);
    QStringList problems;
    for (QAbstractScrollArea* scroll : scrolls) {
        const int hidden = scroll->horizontalScrollBar()->maximum();
        if (viewsMeantToScrollSideways.contains(scroll->objectName()))
            continue;
        if (hidden > 0 && (scroll == area || scroll->isVisibleTo(area)))
            problems += areaName + QStringLiteral(": ") + describe(scroll) +
                        QStringLiteral(" scrolls sideways by %1 pixels").arg(hidden);
    }
    return problems;
}

} // namespace

void settleLayout()
{
    // Layouts post their requests; views resize their columns on a timer.
    for (int round = 0; round < 5; ++round)
        waitFor([] { return false; }, 40);
}

QStringList clippedControls(QWidget* area, const QString& areaName)
{
    if (!area)
        return {areaName + QStringLiteral(": missing")};
    return controlProblems(area, areaName) + columnProblems(area, areaName) +
           sidewaysScrolling(area, areaName);
}

} // namespace pml::test
