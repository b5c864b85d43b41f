#include "gui/strategy/responsibility_editor.h"

#include "gui/document/tracker_document.h"
#include "gui/widgets/edit_notice.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

#include <algorithm>

namespace pml {
namespace {

QString actorText(const Actor& actor)
{
    if (actor.shortName.isEmpty() || actor.shortName == actor.name) {
        return actor.name;
    }
    return actor.shortName + QStringLiteral(" — ") + actor.name;
}

} // namespace

ResponsibilityEditor::ResponsibilityEditor(TrackerDocument* document, QWidget* parent)
    : ActivityEditor(document, parent)
    , m_leadLabel(new QLabel(this))
    , m_lead(new QComboBox(this))
    , m_supportLabel(new QLabel(this))
    , m_support(new QListWidget(this))
{
    m_lead->setObjectName(QStringLiteral("leadCombo"));
    m_support->setObjectName(QStringLiteral("supportList"));
    applyButton()->setObjectName(QStringLiteral("applyResponsibilityButton"));
    m_lead->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_lead->setMinimumContentsLength(24);
    m_support->setMinimumHeight(120);
    m_support->setUniformItemSizes(true);
    m_leadLabel->setBuddy(m_lead);
    m_supportLabel->setBuddy(m_support);
    m_supportLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_leadLabel, 0, 0);
    grid->addWidget(m_lead, 0, 1);
    grid->addWidget(m_supportLabel, 1, 0);
    grid->addWidget(m_support, 1, 1);
    grid->setColumnStretch(1, 1);
    addApplyRow(grid, 2, 2);

    connect(m_lead, &QComboBox::currentIndexChanged, this, &ResponsibilityEditor::leadChanged);
    retranslate();
}

void ResponsibilityEditor::retranslate()
{
    m_leadLabel->setText(tr("&Lead:"));
    m_supportLabel->setText(tr("&Support:"));
    applyButton()->setText(tr("Apply &responsibility"));
    m_support->setAccessibleName(tr("Supporting institutions"));
    if (m_lead->count() > 0) {
        m_lead->setItemText(0, tr("(none)"));
    }
}

void ResponsibilityEditor::refresh()
{
    const Snapshot& snapshot = document()->snapshot();
    QList<Actor> actors = snapshot.strategy.actors;
    std::sort(actors.begin(), actors.end(), [](const Actor& a, const Actor& b) {
        return QString::localeAwareCompare(actorText(a), actorText(b)) < 0;
    });
    const ActivityActors current = activityActors(snapshot.assignments, code());
    const std::optional<qint64> lead = current.lead;
    const QList<qint64> support = current.support;
    {
        const QSignalBlocker blocker(m_lead);
        m_lead->clear();
        m_lead->addItem(tr("(none)"));
        for (const Actor& actor : actors) {
            m_lead->addItem(actorText(actor), actor.id);
            m_lead->setItemData(m_lead->count() - 1, actor.name, Qt::ToolTipRole);
        }
        m_lead->setCurrentIndex(lead ? qMax(0, m_lead->findData(*lead)) : 0);
    }
    m_support->clear();
    for (const Actor& actor : actors) {
        auto* item = new QListWidgetItem(actorText(actor), m_support);
        item->setData(Qt::UserRole, actor.id);
        item->setToolTip(actor.name);
        item->setCheckState(support.contains(actor.id) ? Qt::Checked : Qt::Unchecked);
    }
    leadChanged();
}

void ResponsibilityEditor::leadChanged()
{
    // The lead cannot also support: its entry in the list is unavailable.
    const QVariant lead = m_lead->currentData();
    for (int i = 0; i < m_support->count(); ++i) {
        QListWidgetItem* item = m_support->item(i);
        const bool isLead = lead.isValid() && item->data(Qt::UserRole) == lead;
        Qt::ItemFlags flags = Qt::ItemIsUserCheckable | Qt::ItemIsSelectable;
        if (!isLead && isEditable()) {
            flags |= Qt::ItemIsEnabled;
        }
        item->setFlags(flags);
        if (isLead) {
            item->setCheckState(Qt::Unchecked);
        }
    }
}

void ResponsibilityEditor::editableChanged()
{
    m_lead->setEnabled(isEditable());
    leadChanged();
}

void ResponsibilityEditor::apply()
{
    if (!canApply()) {
        return;
    }
    std::optional<qint64> lead;
    if (m_lead->currentData().isValid()) {
        lead = m_lead->currentData().toLongLong();
    }
    QList<qint64> support;
    for (int i = 0; i < m_support->count(); ++i) {
        if (m_support->item(i)->checkState() == Qt::Checked) {
            support.append(m_support->item(i)->data(Qt::UserRole).toLongLong());
        }
    }
    showResult(document()->setResponsibility(code(), lead, support), tr("Responsibility changed."));
}

} // namespace pml
