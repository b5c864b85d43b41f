#pragma once

#include "gui/widgets/message_banner.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace pml {

class TrackerDocument;

// An activity's planned window and weight. Each date either follows the horizon's
// default window (from the tracker settings) or overrides it.
class PlanningEditor : public QWidget {
    Q_OBJECT
public:
    explicit PlanningEditor(TrackerDocument* document, QWidget* parent = nullptr);

    void setActivity(const QString& code);
    void refresh();
    void setEditable(bool editable);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateEnabled();
    void apply();
    void showMessage(const QString& text, bool error);

    TrackerDocument* m_document;
    QString m_code;
    bool m_editable = true;
    QLabel* m_weightLabel;
    QDoubleSpinBox* m_weight;
    QLabel* m_startLabel;
    QDateEdit* m_start;
    QCheckBox* m_startDefault;
    QLabel* m_endLabel;
    QDateEdit* m_end;
    QCheckBox* m_endDefault;
    QPushButton* m_apply;
    MessageBanner* m_message;
};

} // namespace pml
