#include "gui/document_status.h"

#include "gui/document/acting_user.h"
#include "gui/document/tracker_document.h"
#include "gui/widgets/date_text.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

namespace pml {

DocumentStatus::DocumentStatus(QWidget* parent)
    : QWidget(parent)
    , m_user(new QLabel(this))
    , m_readOnly(new QLabel(this))
    , m_pastDate(new QLabel(this))
    , m_busyLabel(new QLabel(this))
    , m_busyBar(new QProgressBar(this))
    , m_refreshed(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_user->setObjectName(QStringLiteral("actingUser"));
    m_readOnly->setObjectName(QStringLiteral("readOnlyNotice"));
    m_readOnly->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
    m_busyBar->setRange(0, 0); // busy mode: the work has no known length
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setMaximumHeight(14);
    m_busyBar->setTextVisible(false);
    for (QWidget* widget : {static_cast<QWidget*>(m_user), static_cast<QWidget*>(m_readOnly),
                            static_cast<QWidget*>(m_pastDate), static_cast<QWidget*>(m_busyLabel),
                            static_cast<QWidget*>(m_busyBar), static_cast<QWidget*>(m_refreshed)})
        layout->addWidget(widget);
    refresh();
}

void DocumentStatus::setDocument(TrackerDocument* document)
{
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    m_readOnlyReason.clear();
    if (document) {
        connect(document, &TrackerDocument::progressChanged, this, &DocumentStatus::refresh);
        connect(document, &TrackerDocument::asOfChanged, this, &DocumentStatus::refresh);
        connect(document, &TrackerDocument::actingUserChanged, this, &DocumentStatus::refresh);
        connect(document, &TrackerDocument::busyChanged, this,
                [this](bool busy) { setBusy(busy, tr("Computing figures…")); });
    }
    refresh();
}

void DocumentStatus::setBusy(bool busy, const QString& what)
{
    m_busy = busy;
    m_busyText = what;
    refresh();
}

void DocumentStatus::setReadOnlyReason(const QString& reason)
{
    m_readOnlyReason = reason;
    refresh();
}

void DocumentStatus::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        refresh();
    QWidget::changeEvent(event);
}

void DocumentStatus::refresh()
{
    m_user->setVisible(m_document != nullptr);
    if (m_document) {
        m_user->setText(actingUserText(*m_document));
        m_user->setToolTip(tr("Who this window acts as; change it in Preferences or start the "
                              "program with --user NAME."));
    }
    const bool readOnly = m_document && m_document->isReadOnly();
    m_readOnly->setVisible(readOnly);
    m_readOnly->setText(m_readOnlyReason.isEmpty() ? tr("Read-only")
                                                   : tr("Read-only: %1").arg(m_readOnlyReason));
    m_readOnly->setToolTip(tr("Nothing can be changed in this tracker."));
    const bool past = m_document && m_document->asOf() != m_document->today();
    m_pastDate->setVisible(past);
    if (past) {
        m_pastDate->setText(tr("Viewing %1: editing disabled").arg(dateText(m_document->asOf())));
    }
    m_busyLabel->setVisible(m_busy);
    m_busyLabel->setText(m_busyText);
    m_busyBar->setVisible(m_busy);
    m_busyBar->setAccessibleName(m_busyText);
    m_refreshed->setVisible(m_document != nullptr);
    if (m_document) {
        m_refreshed->setText(
            tr("Figures refreshed at %1")
                .arg(QLocale().toString(m_document->lastRefresh().time(), QLocale::ShortFormat)));
    }
}

} // namespace pml
