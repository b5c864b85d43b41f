// ReviewView's layout: the quarter and line above, the cycle (narrative, review, history)
// on the left, what is reviewed (figures, updates, evidence) on the right.
#include "gui/review/evidence_panel.h"
#include "gui/review/review_figures.h"
#include "gui/review/review_view.h"
#include "gui/widgets/column_sizing.h"
#include "gui/widgets/section_title.h"
#include "gui/widgets/vertical_scroll_area.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pml {
namespace {

QTableWidget* readOnlyTable(const char* name, QWidget* parent)
{
    auto* table = new QTableWidget(parent);
    table->setObjectName(QLatin1String(name));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Long names and notes are elided, in full in their tooltips.
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setTextElideMode(Qt::ElideRight);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    return table;
}

} // namespace

QWidget* ReviewView::makeTopBar()
{
    auto* bar = new QWidget(this);
    m_quarterLabel = new QLabel(bar);
    m_quarterCombo = new QComboBox(bar);
    m_quarterCombo->setObjectName(QStringLiteral("reviewQuarter"));
    m_quarterLabel->setBuddy(m_quarterCombo);
    m_lineLabel = new QLabel(bar);
    m_lineCombo = new QComboBox(bar);
    m_lineCombo->setObjectName(QStringLiteral("reviewLine"));
    m_lineCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_lineLabel->setBuddy(m_lineCombo);
    m_stateLabel = new QLabel(bar);
    m_stateLabel->setObjectName(QStringLiteral("reviewState"));
    m_stateLabel->setWordWrap(true); // a long name must not widen the window
    QFont font = m_stateLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    m_stateLabel->setFont(font);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_quarterLabel);
    layout->addWidget(m_quarterCombo);
    layout->addSpacing(12);
    layout->addWidget(m_lineLabel);
    layout->addWidget(m_lineCombo);
    layout->addSpacing(20);
    layout->addWidget(m_stateLabel, 1);
    return bar;
}

QWidget* ReviewView::makeCycleColumn()
{
    // The cycle itself: what the monitor writes, what the reviewer decides, and every step.
    auto* content = new QWidget;
    m_narrativeBox = new QGroupBox(content);
    auto* narrative = new QVBoxLayout(m_narrativeBox);
    for (auto [label, edit, name] :
         {std::tuple{&m_achievementsLabel, &m_achievements, "achievements"},
          std::tuple{&m_difficultiesLabel, &m_difficulties, "difficulties"},
          std::tuple{&m_nextStepsLabel, &m_nextSteps, "nextSteps"}}) {
        *label = new QLabel(m_narrativeBox);
        *edit = new QPlainTextEdit(m_narrativeBox);
        (*edit)->setObjectName(QLatin1String(name));
        (*edit)->setTabChangesFocus(true);
        (*edit)->setFixedHeight(58);
        (*label)->setBuddy(*edit);
        narrative->addWidget(*label);
        narrative->addWidget(*edit);
    }
    m_submit = new QPushButton(m_narrativeBox);
    m_submit->setObjectName(QStringLiteral("submitQuarter"));
    narrative->addWidget(m_submit, 0, Qt::AlignRight);

    m_reviewBox = new QGroupBox(content);
    m_reviewText = new QPlainTextEdit(m_reviewBox);
    m_reviewText->setObjectName(QStringLiteral("reviewText"));
    m_reviewText->setTabChangesFocus(true);
    m_reviewText->setFixedHeight(52);
    m_approve = new QPushButton(m_reviewBox);
    m_approve->setObjectName(QStringLiteral("approveQuarter"));
    m_return = new QPushButton(m_reviewBox);
    m_return->setObjectName(QStringLiteral("returnQuarter"));
    m_reopen = new QPushButton(m_reviewBox);
    m_reopen->setObjectName(QStringLiteral("reopenQuarter"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    for (QPushButton* button : {m_approve, m_return, m_reopen})
        buttons->addWidget(button);
    auto* review = new QVBoxLayout(m_reviewBox);
    review->addWidget(m_reviewText);
    review->addLayout(buttons);

    connect(m_submit, &QPushButton::clicked, this, &ReviewView::submit);
    connect(m_approve, &QPushButton::clicked, this, &ReviewView::approve);
    connect(m_return, &QPushButton::clicked, this, &ReviewView::returnQuarter);
    connect(m_reopen, &QPushButton::clicked, this, &ReviewView::reopen);

    m_historyTitle = sectionTitle(content);
    // Read as a conversation: each step's who, when and what they wrote, wrapped.
    m_history = new QTextBrowser(content);
    m_history->setObjectName(QStringLiteral("reviewHistory"));
    m_history->setOpenLinks(false);
    m_history->setMinimumHeight(110);

    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->addWidget(m_narrativeBox);
    layout->addWidget(m_reviewBox);
    layout->addWidget(m_historyTitle);
    layout->addWidget(m_history, 1);
    return new VerticalScrollArea(content);
}

QWidget* ReviewView::makeFiguresColumn()
{
    // What is reviewed, each part scrolling on its own so all three stay in view: the
    // figures approval freezes, the updates behind the change since the previous quarter,
    // and the evidence.
    auto* figures = new QWidget;
    m_figuresTitle = sectionTitle(figures);
    m_figuresCaption = new QLabel(figures);
    m_figuresCaption->setWordWrap(true);
    m_figures = readOnlyTable("reviewFigures", figures);
    m_figures->setColumnCount(int(quarterFigureHeaders(Quarter{}).size()));
    m_figures->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto* updates = new QWidget;
    m_updatesTitle = sectionTitle(updates);
    m_updates = readOnlyTable("quarterUpdates", updates);
    m_updates->setColumnCount(int(quarterUpdateHeaders().size()));
    m_updates->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    keepHeadersReadable(m_figures, m_figures->horizontalHeader());
    keepHeadersReadable(m_updates, m_updates->horizontalHeader());
    auto* evidence = new QWidget;
    m_evidenceTitle = sectionTitle(evidence);
    m_evidence = new EvidencePanel(m_document, evidence);
    // Small minimums: the three parts share the page's height on a laptop screen too.
    m_figures->setMinimumHeight(90);
    m_updates->setMinimumHeight(60);
    m_evidence->list()->setMinimumHeight(60);

    auto* splitter = new QSplitter(Qt::Vertical);
    for (auto [part, widgets] :
         {std::pair{figures, QList<QWidget*>{m_figuresTitle, m_figuresCaption, m_figures}},
          std::pair{updates, QList<QWidget*>{m_updatesTitle, m_updates}},
          std::pair{evidence, QList<QWidget*>{m_evidenceTitle, m_evidence}}}) {
        auto* layout = new QVBoxLayout(part);
        layout->setContentsMargins(8, 0, 0, 4);
        for (QWidget* w : widgets)
            layout->addWidget(w, w == widgets.last() ? 1 : 0);
        splitter->addWidget(part);
    }
    splitter->setStretchFactor(0, 6);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({340, 135, 185}); // a quarter's few updates show whole
    splitter->setChildrenCollapsible(false);
    return splitter;
}

} // namespace pml
