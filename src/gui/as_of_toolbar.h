#pragma once

#include <QDate>
#include <QToolBar>

class QDateEdit;
class QLabel;
class QToolButton;

namespace pml {

// The "as of" date every view shows: a date field with a calendar and a "Today"
// button. Dates before today show the past state and disable editing.
class AsOfToolBar : public QToolBar {
    Q_OBJECT
public:
    explicit AsOfToolBar(QWidget* parent = nullptr);

    QDate date() const;
    void setDate(const QDate& date); // no signal
    void setToday(const QDate& today);
    QDateEdit* dateEdit() const { return m_dateEdit; }
    QAction* todayAction() const { return m_todayAction; }

Q_SIGNALS:
    void dateChosen(const QDate& date);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QLabel* m_label;
    QDateEdit* m_dateEdit;
    QAction* m_todayAction;
    QDate m_today;
};

} // namespace pml
