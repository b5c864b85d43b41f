// AuditView's filters: person, date, item and kind, read by the store's audit log.
#include "core/clock.h"
#include "gui/audit/audit_view.h"
#include "gui/document/tracker_document.h"
#include "gui/widgets/date_text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

namespace pml {

QWidget* AuditView::makeFilterBar()
{
    auto* bar = new QWidget(this);
    m_personLabel = new QLabel(bar);
    m_person = new QComboBox(bar);
    m_person->setObjectName(QStringLiteral("auditPerson"));
    m_personLabel->setBuddy(m_person);
    m_sinceCheck = new QCheckBox(bar);
    m_sinceCheck->setObjectName(QStringLiteral("auditSinceCheck"));
    m_since = new QDateEdit(pml::today().addMonths(-3), bar);
    m_since->setObjectName(QStringLiteral("auditSince"));
    m_since->setCalendarPopup(true);
    m_since->setEnabled(false);
    m_itemLabel = new QLabel(bar);
    m_item = new QLineEdit(bar);
    m_item->setObjectName(QStringLiteral("auditItem"));
    m_item->setClearButtonEnabled(true);
    m_itemLabel->setBuddy(m_item);
    m_kindLabel = new QLabel(bar);
    m_kind = new QComboBox(bar);
    m_kind->setObjectName(QStringLiteral("auditKind"));
    m_kindLabel->setBuddy(m_kind);
    m_export = new QPushButton(bar);
    m_export->setObjectName(QStringLiteral("exportAuditCsv"));

    connect(m_person, &QComboBox::currentIndexChanged, this, &AuditView::refresh);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AuditView::refresh);
    connect(m_sinceCheck, &QCheckBox::toggled, m_since, &QWidget::setEnabled);
    connect(m_sinceCheck, &QCheckBox::toggled, this, &AuditView::refresh);
    connect(m_since, &QDateEdit::dateChanged, this, &AuditView::refresh);
    connect(m_item, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_export, &QPushButton::clicked, this, &AuditView::askExport);

    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* w : {static_cast<QWidget*>(m_personLabel), static_cast<QWidget*>(m_person),
                       static_cast<QWidget*>(m_sinceCheck), static_cast<QWidget*>(m_since),
                       static_cast<QWidget*>(m_itemLabel), static_cast<QWidget*>(m_item),
                       static_cast<QWidget*>(m_kindLabel), static_cast<QWidget*>(m_kind)})
        layout->addWidget(w);
    layout->addStretch(1);
    layout->addWidget(m_export);
    return bar;
}

void AuditView::fillPeople()
{
    const QString chosen = m_person->currentData().toString();
    const QSignalBlocker blocker(m_person);
    m_person->clear();
    m_person->addItem(tr("Everyone"), QString());
    // Removed people stay: their names are on the records they made.
    for (const Person& p : m_document->people())
        m_person->addItem(p.active ? p.name : tr("%1 (removed)").arg(p.name), p.name);
    m_person->setCurrentIndex(qMax(0, m_person->findData(chosen)));
}

void AuditView::fillKinds()
{
    const QString chosen = m_kind->currentData().toString();
    const QSignalBlocker blocker(m_kind);
    m_kind->clear();
    m_kind->addItem(tr("Every kind"), QString());
    for (const QString& kind : auditKinds())
        m_kind->addItem(auditKindName(kind), kind);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(chosen)));
}

AuditFilter AuditView::filter() const
{
    AuditFilter f;
    if (m_sinceCheck->isChecked())
        f.since = m_since->date();
    f.by = m_person->currentData().toString();
    f.kind = m_kind->currentData().toString();
    f.item = m_item->text().trimmed();
    return f;
}

void AuditView::setPersonFilter(const QString& name)
{
    if (m_person->findData(name) < 0)
        m_person->addItem(name, name); // a name on records but no longer listed
    m_person->setCurrentIndex(m_person->findData(name));
}

void AuditView::setSinceFilter(const std::optional<QDate>& since)
{
    const QSignalBlocker blocker(m_since);
    if (since)
        m_since->setDate(*since);
    m_sinceCheck->setChecked(since.has_value());
    refresh();
}

void AuditView::setItemFilter(const QString& text)
{
    m_item->setText(text);
    m_typing->stop();
    refresh();
}

void AuditView::setKindFilter(const QString& kind)
{
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(kind)));
}

} // namespace pml
