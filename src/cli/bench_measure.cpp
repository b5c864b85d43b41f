#include "bench_measure.h"

#include <QElapsedTimer>

#include <algorithm>
#include <sys/resource.h>

namespace pml::cli {

double Timings::median() const
{
    QList<double> sorted = runs;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype n = sorted.size();
    if (n == 0) {
        return 0;
    }
    return n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

double Timings::minimum() const
{
    return runs.isEmpty() ? 0 : *std::min_element(runs.begin(), runs.end());
}

double Timings::maximum() const
{
    return runs.isEmpty() ? 0 : *std::max_element(runs.begin(), runs.end());
}

Timings measure(const QString& name, int runs, const std::function<void()>& step)
{
    Timings timings{name, {}};
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        step();
        timings.runs.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return timings;
}

double peakMemoryMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // Linux reports KiB
}

} // namespace pml::cli
