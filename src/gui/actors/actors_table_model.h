#pragma once

#include "core/strategy.h"
#include "gui/widgets/page_refresh.h"
#include "gui/widgets/table_model_base.h"

#include <optional>
#include <vector>

namespace pml {

class TrackerDocument;

// The institutions of the tracker with how many activities each leads and supports.
class ActorsTableModel : public TableModelBase {
    Q_OBJECT
public:
    // Refreshes on the document's changes; a view makes it wait while its page is hidden.
    PageRefresh* pageRefresh() const { return m_pageRefresh; }
    enum Column { Name, ShortName, Group, Leads, Supports, MeanProgress, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, IdRole };

    struct Row {
        Actor actor;
        int leads = 0;
        int supports = 0;
        // The engine's actorFigures(): weighted mean of the actual progress of the
        // activities it leads or supports, cancelled ones left out; none when none counts.
        std::optional<double> meanProgress;
    };

    explicit ActorsTableModel(TrackerDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    const Row& row(int r) const { return m_rows[std::size_t(r)]; }
    int rowOfActor(qint64 id) const;

private:
    QStringList columnTitles() const override;
    QString columnToolTip(int column) const override;
    void retranslateData() override;
    PageRefresh* m_pageRefresh = nullptr;
    std::vector<Row> readRows() const;
    void refresh();

    TrackerDocument* m_document;
    std::vector<Row> m_rows;
};

} // namespace pml
