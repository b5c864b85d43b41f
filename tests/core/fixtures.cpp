#include "fixtures.h"

#include <QTime>

namespace pml::test {

QDate day(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Fixture::Fixture()
    : m_clock(QDateTime(day("2024-01-01"), QTime(8, 0), Qt::UTC))
{
    snapshot.settings.start = day("2024-01-01");
}

Fixture& Fixture::line(int number)
{
    Line l;
    l.number = number;
    l.name = QStringLiteral("Line %1").arg(number);
    snapshot.strategy.lines << l;
    return *this;
}

Fixture& Fixture::group(const QString& code, int line)
{
    BarrierGroup g;
    g.code = code;
    g.sourceCode = code;
    g.line = line;
    g.heading = QStringLiteral("Group %1").arg(code);
    snapshot.strategy.barrierGroups << g;
    return *this;
}

Fixture& Fixture::objective(int number, const QString& group)
{
    snapshot.strategy.objectives << Objective{number, QStringLiteral("Objective %1").arg(number),
                                              group};
    return *this;
}

Fixture& Fixture::activity(const QString& code, Horizon horizon, const QList<int>& objectives,
                           double weight)
{
    Activity a;
    a.code = code;
    a.text = QStringLiteral("Activity %1").arg(code);
    a.horizon = horizon;
    a.objectives = objectives;
    for (const Objective& o : snapshot.strategy.objectives) {
        if (o.number == objectives.value(0)) {
            a.barrierGroup = o.barrierGroup;
        }
    }
    a.weight = weight;
    snapshot.strategy.activities << a;
    return *this;
}

Fixture& Fixture::update(const QString& code, const QDate& effective, Status status, int percent,
                         std::optional<QDateTime> recordedAt)
{
    m_clock = m_clock.addSecs(60);
    StatusUpdate u;
    u.id = m_nextId++;
    u.activity = code;
    u.effectiveDate = effective;
    u.recordedAt = recordedAt.value_or(m_clock);
    u.status = status;
    u.percent = percent;
    snapshot.updates << u;
    return *this;
}

Fixture& Fixture::withdrawLast()
{
    snapshot.updates.last().withdrawn = true;
    return *this;
}

Fixture& Fixture::mode(RollupMode mode)
{
    snapshot.settings.mode = mode;
    return *this;
}

Fixture& Fixture::window(const QString& code, std::optional<QDate> start, std::optional<QDate> end)
{
    Activity& a = activityRef(code);
    a.plannedStart = start;
    a.plannedEnd = end;
    return *this;
}

Activity& Fixture::activityRef(const QString& code)
{
    for (Activity& a : snapshot.strategy.activities) {
        if (a.code == code) {
            return a;
        }
    }
    throw std::logic_error("fixture has no activity " + code.toStdString());
}

Fixture sharedFixture()
{
    Fixture f;
    f.line(1).line(2);
    f.group("1.1", 1).group("1.2", 1).group("2.1", 2);
    f.objective(1, "1.1").objective(2, "1.1").objective(3, "1.2");
    f.objective(21, "2.1").objective(22, "2.1");
    f.activity("1.C1", Horizon::Short, {1}).activity("1.C2", Horizon::Short, {1});
    f.activity("2.C1", Horizon::Short, {2}).activity("3.C1", Horizon::Short, {3});
    f.activity("21.C1", Horizon::Short, {21, 22}).activity("21.C2", Horizon::Short, {21, 22});
    f.activity("22.C1", Horizon::Short, {22});
    return f;
}

} // namespace pml::test
