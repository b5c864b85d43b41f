#pragma once

#include "gui/widgets/message_banner.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace pml {

class TrackerDocument;

// Who answers for an activity: one lead institution (or none) and any number of
// supporting ones.
class ResponsibilityEditor : public QWidget {
    Q_OBJECT
public:
    explicit ResponsibilityEditor(TrackerDocument* document, QWidget* parent = nullptr);

    void setActivity(const QString& code);
    void refresh();
    void setEditable(bool editable);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void leadChanged();
    void apply();
    void showMessage(const QString& text, bool error);

    TrackerDocument* m_document;
    QString m_code;
    bool m_editable = true;
    QLabel* m_leadLabel;
    QComboBox* m_lead;
    QLabel* m_supportLabel;
    QListWidget* m_support;
    QPushButton* m_apply;
    MessageBanner* m_message;
};

} // namespace pml
