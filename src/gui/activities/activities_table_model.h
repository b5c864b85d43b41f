#pragma once

#include "core/enums.h"
#include "core/strategy.h"
#include "gui/widgets/activity_figure_cells.h"
#include "gui/widgets/page_refresh.h"
#include "gui/widgets/table_model_base.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace pml {

class TrackerDocument;

// One activity as the table shows it: structure read once per snapshot, figures
// refreshed from the engine on every progressChanged(). Texts are shared copies, so
// data() hands them out without allocating.
struct ActivityRow : ActivityFigures {
    QString code;
    QString text;
    QString searchText; // the text, lower-case without diacritics (search and sort)
    int line = 0;
    QList<int> objectives;
    QString objectivesText; // "21, 22"
    Horizon horizon = Horizon::Short;
    std::optional<qint64> lead;
    QList<qint64> support;
    QString leadName;
    QString supportNames;

    std::optional<double> gap; // planned − actual; none for cancelled activities
    QDate lastUpdate;          // effective date of the update in force; null when none
    QDate plannedStart;        // of its planned window, as the engine gives it

    bool hasActor(qint64 actor) const { return lead == actor || support.contains(actor); }
};

// Lower-case, diacritics removed: "Técnicas" → "tecnicas". Used for search.
QString foldForSearch(const QString& text);

// Every activity of the tracker, flat, in document order.
class ActivitiesTableModel : public TableModelBase {
    Q_OBJECT
public:
    // Refreshes on the document's changes; a view makes it wait while its page is hidden.
    PageRefresh* pageRefresh() const { return m_pageRefresh; }
    enum Column {
        Code,
        Line,
        Objectives,
        HorizonColumn,
        Text,
        StatusColumn,
        Actual,
        Planned,
        Gap,
        ScheduleColumn,
        Lead,
        Support,
        LastUpdate,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: numbers, dates, document order
        CodeRole,                    // the activity code, in every column
        ScheduleRole,                // int(Schedule), in every column
    };

    explicit ActivitiesTableModel(TrackerDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    const ActivityRow& row(int r) const { return m_rows[std::size_t(r)]; }
    int rowOfCode(const QString& code) const;
    // The date the figures in the rows are as of (the document's as-of date).
    QDate figuresAsOf() const;
    TrackerDocument* document() const { return m_document; }

Q_SIGNALS:
    // After the figures were refreshed in place (dataChanged, no reset).
    void figuresRefreshed();

private:
    QStringList columnTitles() const override;
    QString columnToolTip(int column) const override;
    // Re-reads translated labels (language change).
    void retranslateData() override;
    PageRefresh* m_pageRefresh = nullptr;
    void rebuild();
    void refresh();
    bool sameActivities() const;
    void readResponsibility();
    void readFigures(ActivityRow& row) const;
    QVariant sortValue(const ActivityRow& row, int column, int index) const;

    TrackerDocument* m_document;
    std::vector<ActivityRow> m_rows;
    QHash<QString, int> m_rowOfCode;
    std::array<QString, 4> m_horizonNames;
    ActivityFigureCells m_figureCells;
    // What responsibility was last read from, to skip re-reading when unchanged.
    QList<Activity> m_activities;
    QList<Assignment> m_assignments;
    QList<Actor> m_actors;
};

} // namespace pml
