#pragma once

#include "core/enums.h"

#include <QAbstractListModel>
#include <QIcon>
#include <QString>

#include <vector>

namespace pml {

// A plain list of activities ("code — text", figures in the tooltip), for the
// dashboard's lists. Strings are composed only for the rows shown.
class ActivityListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { CodeRole = Qt::UserRole + 1 };
    struct Entry {
        QString code;
        QString text; // the activity's text
        Status status = Status::NotStarted;
        int percent = 0;
        double planned = 0;
        Schedule schedule = Schedule::NoData;
    };

    explicit ActivityListModel(QObject* parent = nullptr);

    void setEntries(std::vector<Entry> entries);
    const std::vector<Entry>& entries() const { return m_entries; }
    QStringList codes() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    std::vector<Entry> m_entries;
    std::vector<QIcon> m_icons;
};

} // namespace pml
