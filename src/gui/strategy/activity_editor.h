#pragma once

#include <QString>
#include <QWidget>

class QGridLayout;
class QPushButton;

namespace pml {

class MessageBanner;
class TrackerDocument;
struct EditResult;

// What the editors of an activity's planning and responsibility share: the activity
// they edit, whether editing is allowed, the apply button and the banner that tells
// the outcome of an edit.
class ActivityEditor : public QWidget {
    Q_OBJECT
public:
    // Shows the activity's current values; the outcome of an earlier edit is cleared.
    void setActivity(const QString& code);
    // Shows the document's current values for the activity.
    virtual void refresh() = 0;
    void setEditable(bool editable);

protected:
    ActivityEditor(TrackerDocument* document, QWidget* parent);
    void changeEvent(QEvent* event) override;

    // Sets the texts of the current language.
    virtual void retranslate() = 0;
    // Enables what may be edited after setEditable().
    virtual void editableChanged() = 0;
    // Makes the edit: called by the apply button.
    virtual void apply() = 0;

    // The outcome banner and the apply button, one row of `grid` over `columns`.
    void addApplyRow(QGridLayout* grid, int row, int columns);
    // The store's refusal, or `doneText` when the edit was made.
    void showResult(const EditResult& result, const QString& doneText);
    bool canApply() const { return m_editable && !m_code.isEmpty(); }

    TrackerDocument* document() const { return m_document; }
    const QString& code() const { return m_code; }
    bool isEditable() const { return m_editable; }
    QPushButton* applyButton() const { return m_apply; }

private:
    TrackerDocument* m_document;
    QString m_code;
    bool m_editable = true;
    QPushButton* m_apply;
    MessageBanner* m_message;
};

} // namespace pml
