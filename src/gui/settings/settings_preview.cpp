#include "gui/settings/settings_preview.h"

#include "core/format.h"

#include <QCoreApplication>
#include <QLocale>

namespace pml {

namespace {

struct SettingsPreview {
    Q_DECLARE_TR_FUNCTIONS(pml::SettingsPreview)
};

QString cell(const QString& text, bool changed)
{
    return changed ? QStringLiteral("<td align=\"right\"><b>%1</b></td>").arg(text)
                   : QStringLiteral("<td align=\"right\">%1</td>").arg(text);
}

bool same(const std::optional<double>& a, const std::optional<double>& b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || qAbs(*a - *b) < 0.05; // equal as displayed
}

} // namespace

Progress progressWithSettings(Snapshot snapshot, const Settings& settings, const QDate& asOf)
{
    snapshot.settings = settings;
    return computeProgress(snapshot, asOf);
}

QList<PreviewRow> previewRows(const Snapshot& snapshot, const Progress& current,
                              const Progress& edited)
{
    QList<PreviewRow> rows;
    rows.append({SettingsPreview::tr("Strategy"), current.strategy, edited.strategy});
    for (const Line& line : snapshot.strategy.lines) {
        rows.append({SettingsPreview::tr("Line %1").arg(line.number),
                     current.lines.value(line.number), edited.lines.value(line.number)});
    }
    return rows;
}

QString previewHtml(const QList<PreviewRow>& rows)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    html +=
        QStringLiteral("<tr><th></th><th colspan=\"3\">%1</th><th colspan=\"3\">%2</th></tr>")
            .arg(SettingsPreview::tr("Current settings"), SettingsPreview::tr("Edited settings"));
    const QString heading = QStringLiteral("<th>%1</th><th>%2</th><th>%3</th>")
                                .arg(SettingsPreview::tr("Actual"), SettingsPreview::tr("Planned"),
                                     SettingsPreview::tr("Schedule"));
    html += QStringLiteral("<tr><th></th>") + heading + heading + QStringLiteral("</tr>");
    for (const PreviewRow& row : rows) {
        const bool actualChanged = !same(row.current.actual, row.edited.actual);
        const bool plannedChanged = !same(row.current.planned, row.edited.planned);
        const bool scheduleChanged = row.current.schedule != row.edited.schedule;
        html += QStringLiteral("<tr><td>%1</td>").arg(row.label.toHtmlEscaped());
        html += cell(formatPercent(row.current.actual), false) +
                cell(formatPercent(row.current.planned), false) +
                cell(scheduleName(row.current.schedule), false);
        html += cell(formatPercent(row.edited.actual), actualChanged) +
                cell(formatPercent(row.edited.planned), plannedChanged) +
                cell(scheduleName(row.edited.schedule), scheduleChanged);
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    return html;
}

} // namespace pml
