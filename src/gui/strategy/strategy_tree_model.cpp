#include "gui/strategy/strategy_tree_model.h"

#include "gui/document/tracker_document.h"
#include "gui/widgets/date_text.h"
#include "gui/widgets/schedule_style.h"

#include <QLocale>
#include <QSet>

namespace pml {

StrategyTreeModel::StrategyTreeModel(TrackerDocument* document, QObject* parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    m_nodes = buildNodes();
    for (int i = 0; i < m_nodes.size(); ++i) {
        m_byKey[keyOf(m_nodes[i].ref)].append(i);
    }
    m_pageRefresh = new PageRefresh(this, [this] { refresh(); });
    connect(m_document, &TrackerDocument::progressChanged, m_pageRefresh, &PageRefresh::request);
}

QString StrategyTreeModel::keyOf(const ItemRef& ref)
{
    switch (ref.kind) {
    case ItemRef::Kind::Strategy:
        return QStringLiteral("S");
    case ItemRef::Kind::Line:
        return QStringLiteral("L") + QString::number(ref.number);
    case ItemRef::Kind::BarrierGroup:
        return QStringLiteral("G") + ref.code;
    case ItemRef::Kind::Objective:
        return QStringLiteral("O") + QString::number(ref.number);
    case ItemRef::Kind::Activity:
        return QStringLiteral("A") + ref.code;
    case ItemRef::Kind::None:
        break;
    }
    return {};
}

// One pass over each list: the Strategy helpers are linear searches, which would
// make a 50,000-activity tree quadratic.
QVector<StrategyTreeModel::Node> StrategyTreeModel::buildNodes() const
{
    const Strategy& s = m_document->snapshot().strategy;
    QVector<Node> nodes;
    nodes.reserve(1 + s.lines.size() + s.barrierGroups.size() + s.objectives.size() +
                  s.activities.size() * 11 / 10);
    nodes.append(Node{ItemRef::strategy(), -1, 0, 0, {}});

    auto addChild = [&nodes](int parent, const ItemRef& ref, int source) {
        const int id = nodes.size();
        nodes.append(Node{ref, parent, int(nodes[parent].children.size()), source, {}});
        nodes[parent].children.append(id);
        return id;
    };

    QHash<int, int> lineNode;
    for (int i = 0; i < s.lines.size(); ++i) {
        lineNode.insert(s.lines[i].number, addChild(0, ItemRef::line(s.lines[i].number), i));
    }
    QHash<QString, int> groupNode;
    for (int i = 0; i < s.barrierGroups.size(); ++i) {
        const BarrierGroup& g = s.barrierGroups[i];
        const int parent = lineNode.value(g.line, -1);
        if (parent >= 0) {
            groupNode.insert(g.code, addChild(parent, ItemRef::barrierGroup(g.code), i));
        }
    }
    QHash<int, int> objectiveNode;
    for (int i = 0; i < s.objectives.size(); ++i) {
        const Objective& o = s.objectives[i];
        const int parent = groupNode.value(o.barrierGroup, -1);
        if (parent >= 0) {
            objectiveNode.insert(o.number, addChild(parent, ItemRef::objective(o.number), i));
        }
    }
    for (int i = 0; i < s.activities.size(); ++i) {
        const Activity& a = s.activities[i];
        for (int objective : a.objectives) {
            const int parent = objectiveNode.value(objective, -1);
            if (parent >= 0) {
                addChild(parent, ItemRef::activity(a.code), i);
            }
        }
    }
    return nodes;
}

void StrategyTreeModel::refresh()
{
    const std::optional<QStringList>& changed = m_document->changedActivities();
    if (changed && !m_pageRefresh->isCatchingUp()) {
        emitFiguresChanged(*changed);
        return;
    }
    QVector<Node> nodes = buildNodes();
    if (nodes == m_nodes) {
        emitFiguresChanged();
        return;
    }
    beginResetModel();
    m_nodes = std::move(nodes);
    m_byKey.clear();
    for (int i = 0; i < m_nodes.size(); ++i) {
        m_byKey[keyOf(m_nodes[i].ref)].append(i);
    }
    endResetModel();
}

void StrategyTreeModel::emitFiguresChanged()
{
    // One signal per parent covering all its rows and columns: texts may have
    // changed too (an imported strategy with the same codes), and views only
    // repaint what is visible.
    const QModelIndex root = index(0, 0);
    Q_EMIT dataChanged(root, index(0, ColumnCount - 1));
    for (int i = 0; i < m_nodes.size(); ++i) {
        const Node& n = m_nodes[i];
        if (n.children.isEmpty()) {
            continue;
        }
        const QModelIndex first = createIndex(0, 0, quintptr(n.children.first()));
        const QModelIndex last =
            createIndex(int(n.children.size()) - 1, ColumnCount - 1, quintptr(n.children.last()));
        Q_EMIT dataChanged(first, last);
    }
}

void StrategyTreeModel::emitFiguresChanged(const QStringList& activities)
{
    // The rows of these activities (under each objective they serve) and of everything
    // above them; each row once.
    QSet<int> rows;
    for (const QString& code : activities) {
        for (int i : m_byKey.value(keyOf(ItemRef::activity(code)))) {
            for (int n = i; n >= 0 && !rows.contains(n); n = m_nodes[n].parent) {
                rows.insert(n);
            }
        }
    }
    for (int n : rows) {
        Q_EMIT dataChanged(createIndex(m_nodes[n].row, 0, quintptr(n)),
                           createIndex(m_nodes[n].row, ColumnCount - 1, quintptr(n)));
    }
}

void StrategyTreeModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    emitFiguresChanged();
}

const StrategyTreeModel::Node* StrategyTreeModel::node(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this) {
        return nullptr;
    }
    const auto id = qsizetype(index.internalId());
    return id < m_nodes.size() ? &m_nodes[id] : nullptr;
}

QModelIndex StrategyTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount) {
        return {};
    }
    if (!parent.isValid()) {
        return row == 0 && !m_nodes.isEmpty() ? createIndex(0, column, quintptr(0)) : QModelIndex();
    }
    const Node* p = node(parent);
    if (!p || parent.column() != 0 || row >= p->children.size()) {
        return {};
    }
    return createIndex(row, column, quintptr(p->children[row]));
}

QModelIndex StrategyTreeModel::parent(const QModelIndex& child) const
{
    const Node* n = node(child);
    if (!n || n->parent < 0) {
        return {};
    }
    return createIndex(m_nodes[n->parent].row, 0, quintptr(n->parent));
}

int StrategyTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) {
        return m_nodes.isEmpty() ? 0 : 1;
    }
    const Node* p = node(parent);
    return p && parent.column() == 0 ? int(p->children.size()) : 0;
}

int StrategyTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

Qt::ItemFlags StrategyTreeModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

QVariant StrategyTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Name");
    case ProgressColumn:
        return tr("Progress");
    case ScheduleColumn:
        return tr("Schedule");
    default:
        return {};
    }
}

QString StrategyTreeModel::codeText(const ItemRef& ref)
{
    switch (ref.kind) {
    case ItemRef::Kind::Strategy:
        return tr("Strategy");
    case ItemRef::Kind::Line:
        return tr("Line %1").arg(ref.number);
    case ItemRef::Kind::BarrierGroup:
        return tr("Barriers %1").arg(ref.code);
    case ItemRef::Kind::Objective:
        return tr("Objective %1").arg(ref.number);
    case ItemRef::Kind::Activity:
        return ref.code;
    case ItemRef::Kind::None:
        break;
    }
    return {};
}

QString StrategyTreeModel::nameText(const ItemRef& ref) const
{
    const Strategy& s = m_document->snapshot().strategy;
    const auto nodes = m_byKey.value(keyOf(ref));
    const int source = nodes.isEmpty() ? -1 : m_nodes[nodes.first()].source;
    switch (ref.kind) {
    case ItemRef::Kind::Strategy:
        return s.title;
    case ItemRef::Kind::Line:
        return source >= 0 && source < s.lines.size() ? s.lines[source].name : QString();
    case ItemRef::Kind::BarrierGroup:
        return source >= 0 && source < s.barrierGroups.size() ? s.barrierGroups[source].heading
                                                              : QString();
    case ItemRef::Kind::Objective:
        return source >= 0 && source < s.objectives.size() ? s.objectives[source].text : QString();
    case ItemRef::Kind::Activity:
        return source >= 0 && source < s.activities.size() ? s.activities[source].text : QString();
    case ItemRef::Kind::None:
        break;
    }
    return {};
}

Figures StrategyTreeModel::figures(const ItemRef& ref) const
{
    const Progress& p = m_document->progress();
    switch (ref.kind) {
    case ItemRef::Kind::Strategy:
        return p.strategy;
    case ItemRef::Kind::Line:
        return p.lines.value(ref.number);
    case ItemRef::Kind::BarrierGroup:
        return p.groups.value(ref.code);
    case ItemRef::Kind::Objective:
        return p.objectives.value(ref.number);
    case ItemRef::Kind::Activity: {
        const auto it = p.activities.constFind(ref.code);
        if (it == p.activities.constEnd()) {
            return {};
        }
        return Figures{double(it->percent), it->planned, it->schedule};
    }
    case ItemRef::Kind::None:
        break;
    }
    return {};
}

QString StrategyTreeModel::toolTip(const Node& n, int column) const
{
    if (column == ProgressColumn) {
        const Figures f = figures(n.ref);
        return tr("Actual %1 · planned %2 (as of %3)")
            .arg(formatPercent(f.actual), formatPercent(f.planned), dateText(m_document->asOf()));
    }
    if (column == ScheduleColumn) {
        return scheduleLabel(figures(n.ref).schedule);
    }
    return codeText(n.ref) + QStringLiteral("\n") + nameText(n.ref);
}

QVariant StrategyTreeModel::data(const QModelIndex& index, int role) const
{
    const Node* n = node(index);
    if (!n) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn:
            return codeText(n->ref);
        case NameColumn:
            return nameText(n->ref);
        case ProgressColumn:
            return formatPercent(figures(n->ref).actual);
        case ScheduleColumn:
            return scheduleLabel(figures(n->ref).schedule);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == ScheduleColumn) {
            return scheduleIcon(figures(n->ref).schedule);
        }
        break;
    case Qt::ToolTipRole:
        return toolTip(*n, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == ProgressColumn) {
            return QVariant(Qt::AlignCenter);
        }
        break;
    case ActualRole:
    case PlannedRole: {
        const Figures f = figures(n->ref);
        const auto value = role == ActualRole ? f.actual : f.planned;
        return value ? QVariant(*value) : QVariant();
    }
    case ScheduleRole:
        return int(figures(n->ref).schedule);
    case ItemRefRole:
        return QVariant::fromValue(n->ref);
    }
    return {};
}

ItemRef StrategyTreeModel::itemRef(const QModelIndex& index) const
{
    const Node* n = node(index);
    return n ? n->ref : ItemRef{};
}

QModelIndex StrategyTreeModel::indexOf(const ItemRef& ref, int column) const
{
    const auto nodes = m_byKey.value(keyOf(ref));
    if (nodes.isEmpty()) {
        return {};
    }
    return createIndex(m_nodes[nodes.first()].row, column, quintptr(nodes.first()));
}

QModelIndexList StrategyTreeModel::indexesOf(const ItemRef& ref, int column) const
{
    QModelIndexList result;
    for (int id : m_byKey.value(keyOf(ref))) {
        result.append(createIndex(m_nodes[id].row, column, quintptr(id)));
    }
    return result;
}

} // namespace pml
