#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace pml::cli {

// Times of one benchmark step over several runs, in milliseconds.
struct Timings {
    QString name;
    QList<double> runs;
    double median() const;
    double minimum() const;
    double maximum() const;
};

// Runs `step` `runs` times and times each run with a monotonic clock.
Timings measure(const QString& name, int runs, const std::function<void()>& step);

// The process's peak resident memory so far, in MiB (getrusage).
double peakMemoryMiB();

} // namespace pml::cli
