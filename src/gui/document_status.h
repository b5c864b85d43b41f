#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace pml {

class TrackerDocument;

// The permanent part of the status bar: the acting user and their roles, read-only
// notice, past-date notice, a busy indicator while figures are computed in the
// background, and the last refresh.
class DocumentStatus : public QWidget {
    Q_OBJECT
public:
    explicit DocumentStatus(QWidget* parent = nullptr);
    void setDocument(TrackerDocument* document); // nullptr: nothing open
    void setBusy(bool busy, const QString& what = {});
    // Why the file is read-only when it was not asked for (e.g. no write permission).
    void setReadOnlyReason(const QString& reason);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    TrackerDocument* m_document = nullptr;
    QString m_readOnlyReason;
    QString m_busyText;
    bool m_busy = false;
    QLabel* m_user;
    QLabel* m_readOnly;
    QLabel* m_pastDate;
    QLabel* m_busyLabel;
    QProgressBar* m_busyBar;
    QLabel* m_refreshed;
};

} // namespace pml
