#pragma once

#include "core/progress.h"

#include <QList>
#include <QString>

namespace pml {

// What edited tracker settings would change: the strategy's and each line's figures
// computed by the engine with the edited settings, beside the current figures.
struct PreviewRow {
    QString label;
    Figures current;
    Figures edited;
};

QList<PreviewRow> previewRows(const Snapshot& snapshot, const Progress& current,
                              const Progress& edited);
// The engine's figures for `snapshot` with `settings` in place of its own.
Progress progressWithSettings(Snapshot snapshot, const Settings& settings, const QDate& asOf);
// A small table for the preferences dialog (changed figures in bold).
QString previewHtml(const QList<PreviewRow>& rows);

} // namespace pml
