#include "gui/audit/audit_table_model.h"

#include "gui/widgets/date_text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace pml {
namespace {

// An entry's value is JSON: a row as {"table": {fields}}, or settings, people... Its
// fields, one level down when the value is one row.
QJsonObject fieldsOf(const QString& value)
{
    const QJsonDocument document = QJsonDocument::fromJson(value.toUtf8());
    if (!document.isObject())
        return {};
    const QJsonObject object = document.object();
    if (object.size() == 1 && object.begin()->isObject())
        return object.begin()->toObject();
    return object;
}

QString valueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return std::abs(number) < 1e15 && number == std::floor(number)
                   ? QString::number(qint64(number))
                   : QString::number(number, 'g', 12);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return QStringLiteral("—");
    }
}

bool isBlank(const QJsonValue& value)
{
    return value.isNull() || value.isUndefined() ||
           (value.isString() && value.toString().isEmpty());
}

QString shortened(const QString& value, int length)
{
    const QString line = value.simplified();
    return line.size() > length ? line.left(length - 1) + QChar(0x2026) : line;
}

} // namespace

AuditTableModel::AuditTableModel(QObject* parent)
    : TableModelBase(parent)
{
}

void AuditTableModel::setEntries(const QList<AuditEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    describeChanges();
    endResetModel();
}

void AuditTableModel::describeChanges()
{
    m_changes.clear();
    m_changes.reserve(m_entries.size());
    for (const AuditEntry& e : std::as_const(m_entries))
        m_changes.append(changeText(e));
}

void AuditTableModel::retranslateData()
{
    // Kind names, dates and the words describing changes follow the language.
    describeChanges();
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QString AuditTableModel::changeText(const AuditEntry& entry, int length)
{
    const QJsonObject before = fieldsOf(entry.oldValue);
    const QJsonObject after = fieldsOf(entry.newValue);
    if (before.isEmpty() && after.isEmpty()) {
        return shortened(
            tr("%1 → %2").arg(entry.oldValue.isEmpty() ? QStringLiteral("—") : entry.oldValue,
                              entry.newValue.isEmpty() ? QStringLiteral("—") : entry.newValue),
            length);
    }
    // What was added or removed, field by field; of a change, only the fields it changed.
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    std::sort(keys.begin(), keys.end());
    QStringList parts;
    // Who and when have columns of their own; the row's number says nothing to a reader.
    for (const char* own : {"id", "recorded_at", "recorded_by"})
        keys.removeAll(QLatin1String(own));
    for (const QString& key : std::as_const(keys)) {
        const QJsonValue a = before.value(key);
        const QJsonValue b = after.value(key);
        if (before.isEmpty() || after.isEmpty()) {
            const QJsonValue& shown = before.isEmpty() ? b : a;
            if (!isBlank(shown))
                parts.append(tr("%1: %2").arg(key, valueText(shown)));
        } else if (a != b) {
            parts.append(tr("%1: %2 → %3").arg(key, valueText(a), valueText(b)));
        }
    }
    const QString prefix = before.isEmpty()  ? tr("new: ")
                           : after.isEmpty() ? tr("removed: ")
                                             : QString();
    return shortened(prefix + parts.join(QStringLiteral("; ")), length);
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry& e = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == ChangeColumn) {
        return tr("Before: %1\nAfter: %2")
            .arg(e.oldValue.isEmpty() ? QStringLiteral("—") : shortened(e.oldValue, 2000),
                 e.newValue.isEmpty() ? QStringLiteral("—") : shortened(e.newValue, 2000));
    }
    if (role == Qt::ToolTipRole && index.column() == KindColumn)
        return e.kind;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        return dateTimeText(e.recordedAt.toLocalTime());
    case WhoColumn:
        return e.recordedBy;
    case KindColumn:
        return auditKindName(e.kind);
    case ItemColumn:
        return e.item;
    case ChangeColumn:
        return m_changes.at(index.row());
    default:
        return {};
    }
}

QStringList AuditTableModel::columnTitles() const
{
    return {tr("When"), tr("Who"), tr("Kind"), tr("Item"), tr("Change")};
}

} // namespace pml
