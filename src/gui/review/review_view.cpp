#include "gui/review/review_view.h"

#include "gui/document/tracker_document.h"
#include "gui/review/evidence_panel.h"
#include "gui/review/review_figures.h"
#include "gui/review/review_presenter.h"
#include "gui/widgets/message_banner.h"
#include "gui/widgets/page_refresh.h"

#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pml {
ReviewView::ReviewView(TrackerDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_presenter(new ReviewPresenter(document, this))
{
    setObjectName(QStringLiteral("reviewView"));
    QWidget* top = makeTopBar();
    // The reviewer's note is what the monitor must act on: it stands out.
    m_returned = new MessageBanner(this);
    m_returned->setObjectName(QStringLiteral("returnedNote"));
    m_message = new MessageBanner(this);
    m_message->setObjectName(QStringLiteral("reviewMessage"));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(makeCycleColumn());
    m_splitter->addWidget(makeFiguresColumn());
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 8);
    m_splitter->setSizes({460, 800});
    m_splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addWidget(top);
    layout->addWidget(m_returned);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);

    fillQuarters();
    fillLines();
    connect(m_quarterCombo, &QComboBox::currentIndexChanged, this, &ReviewView::refresh);
    connect(m_lineCombo, &QComboBox::currentIndexChanged, this, &ReviewView::refresh);
    auto* pageRefresh = new PageRefresh(this, [this] { refresh(); });
    pageRefresh->follow(this);
    connect(document, &TrackerDocument::progressChanged, pageRefresh, [this, pageRefresh] {
        if (m_presenter->figuresMayHaveChanged())
            pageRefresh->request();
    });
    connect(document, &TrackerDocument::reviewChanged, pageRefresh, &PageRefresh::request);
    connect(document, &TrackerDocument::actingUserChanged, this, &ReviewView::updateButtons);
    connect(m_presenter, &ReviewPresenter::figuresReady, this, &ReviewView::showFigures);
    retranslate();
}

int ReviewView::sideBySideWidth() const
{
    const QMargins margins = layout()->contentsMargins();
    return m_splitter->widget(0)->minimumSizeHint().width() +
           m_splitter->widget(1)->minimumSizeHint().width() + m_splitter->handleWidth() +
           margins.left() + margins.right();
}

QSize ReviewView::minimumSizeHint() const
{
    const QMargins margins = layout()->contentsMargins();
    QSize hint = QWidget::minimumSizeHint();
    int width = 0;
    for (int i = 0; i < m_splitter->count(); ++i)
        width = qMax(width, m_splitter->widget(i)->minimumSizeHint().width());
    hint.setWidth(width + margins.left() + margins.right());
    return hint;
}

void ReviewView::resizeEvent(QResizeEvent* event)
{
    const Qt::Orientation fitting = width() >= sideBySideWidth() ? Qt::Horizontal : Qt::Vertical;
    if (m_splitter->orientation() != fitting)
        m_splitter->setOrientation(fitting);
    QWidget::resizeEvent(event);
}

void ReviewView::retranslate()
{
    m_quarterLabel->setText(tr("&Quarter:"));
    m_lineLabel->setText(tr("&Line:"));
    m_figuresTitle->setText(tr("Figures of the line"));
    m_updatesTitle->setText(tr("Updates effective in the quarter"));
    m_narrativeBox->setTitle(tr("Narrative (monitor)"));
    m_achievementsLabel->setText(tr("&Achievements:"));
    m_difficultiesLabel->setText(tr("&Difficulties:"));
    m_nextStepsLabel->setText(tr("&Next steps:"));
    m_submit->setText(tr("&Submit for Review"));
    m_reviewBox->setTitle(tr("Review (reviewer)"));
    m_reviewText->setPlaceholderText(
        tr("Note for the monitor (needed to return) or reason (needed to reopen)"));
    m_approve->setText(tr("A&pprove"));
    m_return->setText(tr("&Return"));
    m_reopen->setText(tr("Re&open"));
    m_historyTitle->setText(tr("Review history (newest first)"));
    m_evidenceTitle->setText(tr("Evidence of the narrative and of the quarter's updates"));
    fillQuarters();
    fillLines();
    refresh();
}

void ReviewView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pml
