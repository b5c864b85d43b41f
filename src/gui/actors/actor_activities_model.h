#pragma once

#include "core/enums.h"
#include "gui/widgets/activity_figure_cells.h"
#include "gui/widgets/page_refresh.h"
#include "gui/widgets/table_model_base.h"

#include <vector>

namespace pml {

class TrackerDocument;

// The activities one institution leads or supports, with their figures.
class ActorActivitiesModel : public TableModelBase {
    Q_OBJECT
public:
    // Refreshes on the document's changes; a view makes it wait while its page is hidden.
    PageRefresh* pageRefresh() const { return m_pageRefresh; }
    enum Column { Role, Code, Text, StatusColumn, Actual, Planned, ScheduleColumn, ColumnCount };
    enum ItemRole { SortRole = Qt::UserRole + 1, CodeRole };

    struct Row : ActivityFigures {
        ActorRole role = ActorRole::Support;
        int order = 0; // position in the strategy
        QString code;
        QString text;
    };

    explicit ActorActivitiesModel(TrackerDocument* document, QObject* parent = nullptr);

    void setActor(qint64 actor); // 0: none
    qint64 actor() const { return m_actor; }
    const Row& row(int r) const { return m_rows[std::size_t(r)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QStringList columnTitles() const override;
    void retranslateData() override;
    PageRefresh* m_pageRefresh = nullptr;
    void reload();

    TrackerDocument* m_document;
    qint64 m_actor = 0;
    std::vector<Row> m_rows;
    ActivityFigureCells m_figureCells;
};

} // namespace pml
