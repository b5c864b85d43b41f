#pragma once

#include "core/audit_values.h"
#include "gui/widgets/message_banner.h"
#include "storage/tracker_store.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace pml {

class AuditDetail;
class AuditTableModel;
struct ChainLink;
class TrackerDocument;

// The "Audit" page: the tracker's audit log, newest first (when, who, kind, item, what
// happened as a sentence), filtered by person, date, item and kind. Below the table, the
// selected entry in detail (a double click moves there); "Export CSV…" writes the rows
// shown to a file, atomically.
class AuditView : public QWidget {
    Q_OBJECT
public:
    explicit AuditView(TrackerDocument* document, QWidget* parent = nullptr);

    // Programmatic filters (tests); the filter fields follow.
    void setPersonFilter(const QString& name); // empty: everyone
    void setSinceFilter(const std::optional<QDate>& since);
    void setItemFilter(const QString& text);
    void setKindFilter(const QString& kind); // an audit kind key; empty: every kind
    AuditFilter filter() const;

    AuditTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLabel* countLabel() const { return m_count; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* exportButton() const { return m_export; }
    AuditDetail* detail() const { return m_detail; }
    // Selects the entry with this id, clearing the filters when they hide it.
    void showEntry(qint64 id);
    // Writes the rows shown to `file` as CSV; returns the problem, or an empty string.
    QString exportCsv(const QString& file);

public Q_SLOTS:
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* makeFilterBar();
    void retranslate();
    void fillPeople();
    void fillKinds();
    void askExport();
    void showMessage(const QString& text, bool error);
    void showDetail(const QModelIndex& current);
    std::optional<ChainLink> previousOf(int row);
    AuditNames actorNames() const;
    bool filtered() const;
    void clearFilters();

    TrackerDocument* m_document;
    AuditTableModel* m_model;
    QLabel* m_personLabel;
    QComboBox* m_person;
    QCheckBox* m_sinceCheck;
    QDateEdit* m_since;
    QLabel* m_itemLabel;
    QLineEdit* m_item;
    QLabel* m_kindLabel;
    QComboBox* m_kind;
    QPushButton* m_export;
    QTableView* m_table;
    AuditDetail* m_detail;
    QSplitter* m_splitter;
    // The whole log, read when a filtered view needs an entry's predecessor; reset by refresh().
    std::optional<QList<AuditEntry>> m_wholeLog;
    QLabel* m_count;
    MessageBanner* m_message;
    QTimer* m_typing;
};

} // namespace pml
