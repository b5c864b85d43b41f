#pragma once

#include "core/enums.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class UpdateForm;
}

namespace pml {

class TrackerDocument;

// Records one status update of an activity (ui/update_form.ui). The percent field
// follows the status rules of core/history.h so the user cannot enter a refused
// combination: not started 0, in progress 1–99, completed 100, suspended 0–99
// (default: the last percent), cancelled keeps the last percent.
class UpdateForm : public QWidget {
    Q_OBJECT
public:
    explicit UpdateForm(TrackerDocument* document, QWidget* parent = nullptr);
    ~UpdateForm() override;

    // Shows the activity's current state; keeps what the user typed when the
    // activity is the same one unless `force`.
    void setActivity(const QString& code, bool force = false);
    void setEditable(bool editable);

protected:
    void changeEvent(QEvent* event) override;

private:
    int percentInForce() const;
    void showLock();
    void effectiveDateChanged();
    void fillStatuses();
    Status currentStatus() const;
    void applyStatusRules();
    void limitEffectiveDate(); // core's effectiveDateRange() as of today
    void resetFields();
    void record();
    void showMessage(const QString& text, bool error);

    TrackerDocument* m_document;
    std::unique_ptr<Ui::UpdateForm> m_ui;
    QString m_code;
    int m_lastPercent = 0;
    std::optional<Status> m_rulesStatus; // the status the percent field was set up for
    bool m_editable = true;
    bool m_canRecord = true; // the acting user has the monitor role
};

} // namespace pml
