#pragma once

#include "core/progress.h"
#include "gui/document/item_ref.h"
#include "gui/widgets/page_refresh.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QVector>

namespace pml {

class TrackerDocument;

// The strategy as a tree: strategy → lines → barrier groups → objectives → activities.
// An activity serving several objectives (21.*) appears under each of them.
// The structure is built once per structural change; when only figures change
// (new update, other as-of date) the model emits dataChanged, never a reset, so
// selection and expansion survive and large trackers stay fast.
class StrategyTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    // Refreshes on the document's changes; a view makes it wait while its page is hidden.
    PageRefresh* pageRefresh() const { return m_pageRefresh; }
    enum Column { CodeColumn, NameColumn, ProgressColumn, ScheduleColumn, ColumnCount };
    enum Role {
        ActualRole = Qt::UserRole + 1, // double, invalid when no data
        PlannedRole,                   // double, invalid when no data
        ScheduleRole,                  // int (pml::Schedule)
        ItemRefRole,                   // pml::ItemRef
    };

    explicit StrategyTreeModel(TrackerDocument* document, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    ItemRef itemRef(const QModelIndex& index) const;
    // The first place the item appears (a shared activity: under its first objective).
    QModelIndex indexOf(const ItemRef& ref, int column = 0) const;
    // Every place the item appears.
    QModelIndexList indexesOf(const ItemRef& ref, int column = 0) const;

    // Figures of an item as the engine computed them (activities: percent vs planned).
    Figures figures(const ItemRef& ref) const;
    // Short label such as "Line 3", "Objective 14", "14.C1".
    static QString codeText(const ItemRef& ref);
    QString nameText(const ItemRef& ref) const;

public Q_SLOTS:
    // Follows the document: rebuilds on a structural change, else signals new figures.
    void refresh();
    // Texts changed language: headers and code labels.
    void retranslate();

private:
    PageRefresh* m_pageRefresh = nullptr;
    struct Node {
        ItemRef ref;
        int parent = -1; // node index; -1 for the strategy
        int row = 0;     // row within the parent
        int source = -1; // index in the snapshot's list of its kind
        QVector<int> children;
        bool operator==(const Node&) const = default;
    };
    QVector<Node> buildNodes() const;
    static QString keyOf(const ItemRef& ref);
    const Node* node(const QModelIndex& index) const;
    void emitFiguresChanged();
    void emitFiguresChanged(const QStringList& activities);
    QString toolTip(const Node& node, int column) const;

    TrackerDocument* m_document;
    QVector<Node> m_nodes;                // m_nodes[0] is the strategy
    QHash<QString, QVector<int>> m_byKey; // keyOf(ref) → nodes
};

} // namespace pml
