#include "gui/audit/audit_detail.h"

#include "core/audit_text.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pml {
namespace {

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

} // namespace

AuditDetail::AuditDetail(QWidget* parent)
    : QWidget(parent)
    , m_sentence(new QLabel(this))
    , m_fields(new QTableWidget(0, 3, this))
    , m_hashes(new QLabel(this))
{
    setObjectName(QStringLiteral("auditDetail"));
    m_sentence->setObjectName(QStringLiteral("auditSentence"));
    m_sentence->setWordWrap(true);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont bold = m_sentence->font();
    bold.setBold(true);
    m_sentence->setFont(bold);
    m_fields->setObjectName(QStringLiteral("auditFields"));
    m_fields->verticalHeader()->hide();
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setWordWrap(false);
    m_fields->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fields->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_fields->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_fields->verticalHeader()->setDefaultSectionSize(m_fields->fontMetrics().height() + 8);
    m_hashes->setObjectName(QStringLiteral("auditHashes"));
    m_hashes->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_hashes->setTextFormat(Qt::RichText);
    m_hashes->setWordWrap(true);
    m_hashes->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    connect(m_hashes, &QLabel::linkActivated, this, [this](const QString& link) {
        Q_EMIT previousRequested(link.section(QLatin1Char(':'), 1).toLongLong());
    });
    setFocusProxy(m_fields);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_sentence);
    layout->addWidget(m_fields, 1);
    layout->addWidget(m_hashes);
    retranslate();
}

void AuditDetail::showEntry(const AuditEntry& entry, const AuditNames& names,
                            const std::optional<ChainLink>& previous)
{
    m_entry = entry;
    m_names = names;
    m_previous = previous;
    m_sentence->setText(auditSentence(entry, names));
    fillFields(auditFields(entry, names));
    const QString hash = QString::fromLatin1(entry.hash).toHtmlEscaped();
    const QString before = previous ? tr("Previous entry (%1): <a href=\"entry:%1\">%2</a>")
                                          .arg(previous->id)
                                          .arg(QString::fromLatin1(previous->hash).toHtmlEscaped())
                                    : tr("Previous entry: none, this is the log's first entry");
    m_hashes->setText(tr("Entry %1, hash: %2").arg(entry.id).arg(hash) + QStringLiteral("<br>") +
                      before);
}

void AuditDetail::clear()
{
    m_entry.reset();
    m_previous.reset();
    m_sentence->setText(tr("Select an entry to see what it changed."));
    m_fields->setRowCount(0);
    m_hashes->clear();
}

void AuditDetail::fillFields(const QList<AuditField>& fields)
{
    m_fields->setRowCount(int(fields.size()));
    for (int row = 0; row < fields.size(); ++row) {
        const AuditField& f = fields.at(row);
        m_fields->setItem(row, 0, cell(f.name));
        m_fields->setItem(row, 1, cell(f.before));
        m_fields->setItem(row, 2, cell(f.after));
    }
}

void AuditDetail::retranslate()
{
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_fields->setAccessibleName(tr("Values before and after"));
    if (m_entry)
        showEntry(*m_entry, m_names, m_previous);
    else
        clear();
}

void AuditDetail::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pml
