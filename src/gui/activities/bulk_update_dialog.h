#pragma once

#include "core/history.h"

#include <QDialog>
#include <QStringList>

#include <memory>

namespace Ui {
class BulkUpdateDialog;
}

namespace pml {

class TrackerDocument;

// One status update to record for several activities at once. Checks every
// activity's combination with the core's rules before accepting.
class BulkUpdateDialog : public QDialog {
    Q_OBJECT
public:
    BulkUpdateDialog(TrackerDocument* document, const QStringList& codes,
                     QWidget* parent = nullptr);
    ~BulkUpdateDialog() override;

    // One request per activity, in the order given.
    QList<UpdateRequest> requests() const;
    void setStatus(Status status);
    void setPercent(int percent);
    void setNote(const QString& note);
    // Checks the requests; the message names the first problem, empty when none.
    QString problem() const;

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void statusChosen();
    Status status() const;

    std::unique_ptr<Ui::BulkUpdateDialog> ui;
    TrackerDocument* m_document;
    QStringList m_codes;
};

} // namespace pml
