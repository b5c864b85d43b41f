#pragma once

#include "gui/document/item_ref.h"
#include "gui/widgets/message_banner.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace pml {

class FiguresPanel;
class HistoryView;
class PlanningEditor;
class ResponsibilityEditor;
class TrackerDocument;
class UpdateForm;

// Detail of one activity: what it is and where it sits, its figures, the
// status-update form with the full history, and its planning and responsible
// institutions. Editing controls follow TrackerDocument::canEdit().
class ActivityDetail : public QWidget {
    Q_OBJECT
public:
    explicit ActivityDetail(TrackerDocument* document, QWidget* parent = nullptr);

    void setActivity(const QString& code);
    QString activity() const { return m_code; }
    void refresh();

Q_SIGNALS:
    void itemActivated(const pml::ItemRef& ref);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillHeader();
    void updateEditable();
    void openLink(const QString& link);

    TrackerDocument* m_document;
    QString m_code;
    QLabel* m_title;
    QLabel* m_text;
    QLabel* m_context;
    QLabel* m_state;
    FiguresPanel* m_figures;
    MessageBanner* m_notice;
    QTabWidget* m_tabs;
    QWidget* m_progressTab;
    QWidget* m_planningTab;
    QLabel* m_formTitle;
    UpdateForm* m_form;
    QLabel* m_historyTitle;
    HistoryView* m_history;
    QLabel* m_planningTitle;
    PlanningEditor* m_planning;
    QLabel* m_responsibilityTitle;
    ResponsibilityEditor* m_responsibility;
};

} // namespace pml
