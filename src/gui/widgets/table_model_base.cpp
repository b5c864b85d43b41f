#include "gui/widgets/table_model_base.h"

#include <QCoreApplication>
#include <QEvent>

namespace pml {

TableModelBase::TableModelBase(QObject* parent)
    : QAbstractTableModel(parent)
{
    // Installing translations sends LanguageChange to the application object.
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

int TableModelBase::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(columnTitles().size());
}

QString TableModelBase::columnToolTip(int) const
{
    return {};
}

QVariant TableModelBase::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        const QString tip = columnToolTip(section);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnTitles().value(section);
}

void TableModelBase::retranslate()
{
    const int columns = columnCount();
    if (columns > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columns - 1);
    retranslateData();
}

bool TableModelBase::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange)
        retranslate();
    return QAbstractTableModel::eventFilter(watched, event);
}

} // namespace pml
