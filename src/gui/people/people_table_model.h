#pragma once

#include "core/review.h"
#include "gui/widgets/table_model_base.h"

#include <QDateTime>

#include <vector>

namespace pml {

class TrackerDocument;

// The tracker's people: name, roles (in the user's language) and whether removed, with
// when and by whom when the audit log says so. The acting user's row is marked.
class PeopleTableModel : public TableModelBase {
    Q_OBJECT
public:
    enum Column { Name, Roles, State, ColumnCount };
    enum Role { NameRole = Qt::UserRole + 1, ActiveRole, ActingRole };

    struct Row {
        Person person;
        QDateTime removedAt; // invalid when not removed or unknown
        QString removedBy;
    };

    explicit PeopleTableModel(TrackerDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    const Row& row(int r) const { return m_rows[std::size_t(r)]; }
    int rowOfPerson(const QString& name) const; // -1 when not listed
    // Reads the people again from the document, and their removals from the audit log.
    void refresh();

private:
    QStringList columnTitles() const override;
    void retranslateData() override;
    bool isActing(const Row& row) const;
    QString stateText(const Row& row) const;
    QVariant displayData(const Row& row, int column) const;

    TrackerDocument* m_document;
    std::vector<Row> m_rows;
};

} // namespace pml
