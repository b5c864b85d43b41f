#pragma once

#include <QDate>

namespace pml {

// The day every rule that depends on the date takes as today: the system's date, unless
// fixed. Tests fix it, so that none depends on when it runs (nor on midnight passing
// during a run), and the command line fixes it from PML_TODAY. Safe to read from any
// thread.
QDate today();
// Fixes today; a null date returns to the system's date.
void setToday(const QDate& date);

// Fixes today for as long as it lives, then returns to what was there before.
class TodayFixed {
public:
    explicit TodayFixed(const QDate& date);
    ~TodayFixed();
    TodayFixed(const TodayFixed&) = delete;
    TodayFixed& operator=(const TodayFixed&) = delete;

private:
    QDate m_before;
};

} // namespace pml
