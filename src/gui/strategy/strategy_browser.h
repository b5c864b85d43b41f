#pragma once

#include "gui/document/item_ref.h"

#include <QWidget>

class QSplitter;
class QStackedWidget;
class QTreeView;
class QLabel;

namespace pml {

class ActivityDetail;
class AggregateDetail;
class StrategyTreeModel;
class TrackerDocument;

// The "Strategy" page: the navigation tree on the left and the selected item's
// detail on the right.
class StrategyBrowser : public QWidget {
    Q_OBJECT
public:
    explicit StrategyBrowser(TrackerDocument* document, QWidget* parent = nullptr);
    ~StrategyBrowser() override;

    StrategyTreeModel* model() const { return m_model; }
    QTreeView* tree() const { return m_tree; }
    ActivityDetail* activityDetail() const { return m_activity; }
    AggregateDetail* aggregateDetail() const { return m_aggregate; }
    ItemRef currentItem() const;

public Q_SLOTS:
    // Selects the item in the tree, scrolls to it and shows its detail.
    void showItem(const pml::ItemRef& ref);

Q_SIGNALS:
    // The user followed a reference to another item (a child, an objective served...).
    void itemActivated(const pml::ItemRef& ref);

protected:
    void changeEvent(QEvent* event) override;

private:
    void currentChanged();
    void expandLines();
    void retranslate();
    void followReference(const ItemRef& ref);
    void refresh();
    void restoreState();
    void saveState() const;

    TrackerDocument* m_document;
    StrategyTreeModel* m_model;
    QSplitter* m_splitter;
    QTreeView* m_tree;
    QStackedWidget* m_details;
    QLabel* m_empty;
    AggregateDetail* m_aggregate;
    ActivityDetail* m_activity;
};

} // namespace pml
