#include "gui/people/person_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pml {

PersonDialog::PersonDialog(const Person& person, Submit submit, QWidget* parent)
    : QDialog(parent)
    , m_adding(person.name.isEmpty())
    , m_submit(std::move(submit))
    , m_intro(new QLabel(this))
    , m_name(new QLineEdit(person.name, this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("personDialog"));
    m_name->setReadOnly(!m_adding);
    m_intro->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto* roleColumn = new QVBoxLayout;
    for (Role role : allRoles()) {
        auto* box = new QCheckBox(this);
        box->setChecked(person.roles.contains(role));
        m_roles.append(box);
        roleColumn->addWidget(box);
    }
    form->addRow(tr("Roles:"), roleColumn);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PersonDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PersonDialog::reject);
    retranslate();
}

QString PersonDialog::name() const
{
    return m_name->text().trimmed();
}

QList<Role> PersonDialog::roles() const
{
    QList<Role> roles;
    const QList<Role> all = allRoles();
    for (int i = 0; i < all.size(); ++i) {
        if (m_roles[i]->isChecked())
            roles.append(all[i]);
    }
    return roles;
}

void PersonDialog::setName(const QString& name)
{
    m_name->setText(name);
}

void PersonDialog::setRoles(const QList<Role>& roles)
{
    const QList<Role> all = allRoles();
    for (int i = 0; i < all.size(); ++i)
        m_roles[i]->setChecked(roles.contains(all[i]));
}

QCheckBox* PersonDialog::roleBox(Role role) const
{
    return m_roles.value(int(allRoles().indexOf(role)));
}

void PersonDialog::accept()
{
    const QString refusal = m_submit(name(), roles());
    if (refusal.isEmpty()) {
        QDialog::accept();
        return;
    }
    m_problem->setText(refusal);
    m_problem->show();
}

void PersonDialog::retranslate()
{
    setWindowTitle(m_adding ? tr("Add Person") : tr("Change Roles of %1").arg(m_name->text()));
    m_intro->setText(tr("Monitor: records updates, planning and narratives, and submits a "
                        "line's quarter. Reviewer: approves, returns and reopens. Admin: "
                        "manages people and the tracker's settings."));
    const QList<Role> all = allRoles();
    for (int i = 0; i < all.size(); ++i)
        m_roles[i]->setText(roleName(all[i]));
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_adding ? tr("&Add") : tr("&Change"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void PersonDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace pml
