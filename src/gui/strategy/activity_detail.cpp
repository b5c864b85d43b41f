#include "gui/strategy/activity_detail.h"

#include "core/messages.h"
#include "gui/document/tracker_document.h"
#include "gui/strategy/figures_panel.h"
#include "gui/strategy/history_view.h"
#include "gui/strategy/planning_editor.h"
#include "gui/strategy/responsibility_editor.h"
#include "gui/strategy/strategy_tree_model.h"
#include "gui/strategy/update_form.h"
#include "gui/widgets/date_text.h"
#include "gui/widgets/edit_notice.h"
#include "gui/widgets/section_title.h"
#include "gui/widgets/vertical_scroll_area.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pml {
namespace {

QString link(const QString& target, const QString& text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(target, text.toHtmlEscaped());
}

} // namespace

ActivityDetail::ActivityDetail(TrackerDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_context = new QLabel(this);
    m_context->setWordWrap(true);
    m_context->setTextFormat(Qt::RichText);
    m_context->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_context->setObjectName(QStringLiteral("activityContext"));
    connect(m_context, &QLabel::linkActivated, this, &ActivityDetail::openLink);
    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    m_figures = new FiguresPanel(this);
    m_notice = new MessageBanner(this);
    m_notice->setObjectName(QStringLiteral("editNotice"));

    // Status tab: record an update, then see it in the history below.
    m_progressTab = new QWidget;
    m_formTitle = sectionTitle(m_progressTab);
    m_form = new UpdateForm(document, m_progressTab);
    m_historyTitle = sectionTitle(m_progressTab);
    m_history = new HistoryView(document, m_progressTab);
    auto* progressLayout = new QVBoxLayout(m_progressTab);
    progressLayout->setContentsMargins(10, 10, 10, 10);
    progressLayout->addWidget(m_formTitle);
    progressLayout->addWidget(m_form);
    progressLayout->addSpacing(8);
    progressLayout->addWidget(m_historyTitle);
    progressLayout->addWidget(m_history, 1);

    auto* planningContent = new QWidget;
    m_planningTitle = sectionTitle(planningContent);
    m_planning = new PlanningEditor(document, planningContent);
    m_responsibilityTitle = sectionTitle(planningContent);
    m_responsibility = new ResponsibilityEditor(document, planningContent);
    auto* planningLayout = new QVBoxLayout(planningContent);
    planningLayout->setContentsMargins(10, 10, 10, 10);
    planningLayout->addWidget(m_planningTitle);
    planningLayout->addWidget(m_planning);
    planningLayout->addSpacing(12);
    planningLayout->addWidget(m_responsibilityTitle);
    planningLayout->addWidget(m_responsibility, 1);
    m_planningTab = new VerticalScrollArea(planningContent);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("activityTabs"));
    m_tabs->addTab(m_progressTab, QString());
    m_tabs->addTab(m_planningTab, QString());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addWidget(m_context);
    layout->addSpacing(4);
    layout->addWidget(m_figures);
    layout->addWidget(m_state);
    layout->addWidget(m_notice);
    layout->addWidget(m_tabs, 1);
    // Large trackers compute figures in the background: lock the controls at once.
    connect(m_document, &TrackerDocument::canEditChanged, this, &ActivityDetail::updateEditable);
    connect(m_document, &TrackerDocument::actingUserChanged, this, &ActivityDetail::updateEditable);
    retranslate();
}

void ActivityDetail::setActivity(const QString& code)
{
    const bool changed = code != m_code;
    m_code = code;
    if (changed) {
        m_form->setActivity(code);
        m_history->setActivity(code);
        m_planning->setActivity(code);
        m_responsibility->setActivity(code);
    }
    refresh();
}

void ActivityDetail::refresh()
{
    if (m_code.isEmpty()) {
        return;
    }
    fillHeader();
    m_form->setActivity(m_code);
    m_history->refresh();
    m_planning->refresh();
    m_responsibility->refresh();
    updateEditable();
}

void ActivityDetail::updateEditable()
{
    // A reviewer sees the activity but changes nothing: the notice names the role needed.
    const std::optional<QString> reason = m_document->editBlockedReason(Operation::RecordUpdate);
    m_notice->showMessage(reason.value_or(QString()), MessageBanner::Kind::Warning);
    m_form->setEditable(m_document->canEdit());
    m_planning->setEditable(!m_document->editBlockedReason(Operation::ChangePlanning));
    m_responsibility->setEditable(!m_document->editBlockedReason(Operation::ChangeResponsibility));
}

void ActivityDetail::fillHeader()
{
    const Snapshot& snapshot = m_document->snapshot();
    const Activity* activity = snapshot.strategy.activity(m_code);
    if (!activity) {
        m_title->setText(m_code);
        m_text->setText(tr("This activity is not in the tracker."));
        return;
    }
    m_title->setText(tr("Activity %1").arg(activity->code));
    m_text->setText(activity->text);

    QStringList objectives;
    for (int number : activity->objectives) {
        objectives.append(link(QStringLiteral("objective:%1").arg(number),
                               StrategyTreeModel::codeText(ItemRef::objective(number))));
    }
    const int line = snapshot.strategy.lineOfActivity(*activity);
    m_context->setText(
        tr("Horizon: %1 · Serves: %2 · %3 · %4")
            .arg(horizonName(activity->horizon).toHtmlEscaped(),
                 objectives.join(QStringLiteral(", ")),
                 link(QStringLiteral("group:") + activity->barrierGroup,
                      StrategyTreeModel::codeText(ItemRef::barrierGroup(activity->barrierGroup))),
                 link(QStringLiteral("line:%1").arg(line),
                      StrategyTreeModel::codeText(ItemRef::line(line)))));

    const Progress& progress = m_document->progress();
    const auto it = progress.activities.constFind(m_code);
    if (it == progress.activities.constEnd()) {
        m_state->clear();
        return;
    }
    m_figures->setFigures(Figures{double(it->percent), it->planned, it->schedule},
                          m_document->asOf());
    const QLocale locale;
    const QString window = tr("planned window %1 – %2, weight %3")
                               .arg(dateText(it->plannedStart), dateText(it->plannedEnd),
                                    locale.toString(it->weight, 'g', 4));
    m_state->setText(it->lastUpdate ? tr("Status: %1, %2 % since %3; %4")
                                          .arg(statusName(it->status))
                                          .arg(it->percent)
                                          .arg(dateText(it->lastEffectiveDate), window)
                                    : tr("Status: no update recorded yet; %1").arg(window));
}

void ActivityDetail::openLink(const QString& target)
{
    const QString kind = target.section(QLatin1Char(':'), 0, 0);
    const QString value = target.section(QLatin1Char(':'), 1);
    if (kind == QLatin1String("objective")) {
        Q_EMIT itemActivated(ItemRef::objective(value.toInt()));
    } else if (kind == QLatin1String("line")) {
        Q_EMIT itemActivated(ItemRef::line(value.toInt()));
    } else if (kind == QLatin1String("group")) {
        Q_EMIT itemActivated(ItemRef::barrierGroup(value));
    }
}

void ActivityDetail::retranslate()
{
    m_tabs->setTabText(0, tr("&Progress and history"));
    m_tabs->setTabText(1, tr("Planning and &responsibility"));
    m_formTitle->setText(tr("Record a status update"));
    m_historyTitle->setText(tr("History (newest first)"));
    m_planningTitle->setText(tr("Planned window and weight"));
    m_responsibilityTitle->setText(tr("Responsible institutions"));
    refresh();
}

void ActivityDetail::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace pml
