#pragma once

#include <QWidget>

class QTreeWidget;
class QLabel;

namespace pml {

class TrackerDocument;

// An activity's whole status history, newest first. Withdrawn updates stay visible,
// struck out and marked, with their withdrawal and restoration events beneath them:
// the history is append-only and the screen shows it that way.
class HistoryView : public QWidget {
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        StatusColumn,
        PercentColumn,
        NoteColumn,
        RecordedByColumn,
        RecordedAtColumn,
        ColumnCount
    };

    explicit HistoryView(TrackerDocument* document, QWidget* parent = nullptr);

    void setActivity(const QString& code);
    void refresh();
    QTreeWidget* tree() const { return m_tree; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void setHeaders();

    TrackerDocument* m_document;
    QString m_code;
    QTreeWidget* m_tree;
    QLabel* m_message;
};

} // namespace pml
