#include "clock.h"

#include <atomic>

namespace pml {
namespace {

// The fixed day as a Julian day number; 0 when none is fixed. An atomic, because figures
// are computed in worker threads too.
std::atomic<qint64>& fixedDay()
{
    static std::atomic<qint64> day{0};
    return day;
}

QDate fixedDate()
{
    const qint64 day = fixedDay().load();
    return day == 0 ? QDate() : QDate::fromJulianDay(day);
}

} // namespace

QDate today()
{
    const QDate fixed = fixedDate();
    return fixed.isValid() ? fixed : QDate::currentDate();
}

void setToday(const QDate& date)
{
    fixedDay().store(date.isValid() ? date.toJulianDay() : 0);
}

TodayFixed::TodayFixed(const QDate& date)
    : m_before(fixedDate())
{
    setToday(date);
}

TodayFixed::~TodayFixed()
{
    setToday(m_before);
}

} // namespace pml
