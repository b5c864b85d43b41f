#include "gui/actors/actor_dialog.h"

#include "ui_actor_dialog.h"

#include <QEvent>
#include <QPushButton>

namespace pml {

ActorDialog::ActorDialog(const Strategy& strategy, const Actor& actor, QWidget* parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ActorDialog>())
    , m_strategy(strategy)
    , m_id(actor.id)
{
    ui->setupUi(this);
    for (ActorGroup g : {ActorGroup::Sector, ActorGroup::BusinessAssociation, ActorGroup::Other}) {
        ui->groupCombo->addItem(actorGroupName(g), int(g));
    }
    ui->nameEdit->setText(actor.name);
    ui->shortNameEdit->setText(actor.shortName);
    setGroup(actor.group);
    connect(ui->nameEdit, &QLineEdit::textChanged, this, &ActorDialog::check);
    connect(ui->shortNameEdit, &QLineEdit::textChanged, this, &ActorDialog::check);
    retranslate();
}

ActorDialog::~ActorDialog() = default;

void ActorDialog::retranslate()
{
    ui->retranslateUi(this);
    for (int i = 0; i < ui->groupCombo->count(); ++i) {
        ui->groupCombo->setItemText(
            i, actorGroupName(ActorGroup(ui->groupCombo->itemData(i).toInt())));
    }
    setWindowTitle(m_id == 0 ? tr("Add institution") : tr("Edit institution"));
    check();
}

void ActorDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

Actor ActorDialog::actor() const
{
    Actor a;
    a.id = m_id;
    a.name = ui->nameEdit->text().simplified();
    a.shortName = ui->shortNameEdit->text().simplified();
    a.group = ActorGroup(ui->groupCombo->currentData().toInt());
    return a;
}

void ActorDialog::setName(const QString& name)
{
    ui->nameEdit->setText(name);
}
void ActorDialog::setShortName(const QString& shortName)
{
    ui->shortNameEdit->setText(shortName);
}
void ActorDialog::setGroup(ActorGroup group)
{
    ui->groupCombo->setCurrentIndex(ui->groupCombo->findData(int(group)));
}

QString ActorDialog::problem() const
{
    const Actor a = actor();
    if (a.name.isEmpty()) {
        return tr("Give the institution a name.");
    }
    for (const QString& name : {a.name, a.shortName}) {
        if (name.isEmpty()) {
            continue;
        }
        const Actor* other = m_strategy.actorByName(name);
        if (other && other->id != m_id) {
            return tr("“%1” is already used by %2.").arg(name, other->name);
        }
    }
    return {};
}

void ActorDialog::check()
{
    const QString message = problem();
    // An empty name needs no message while the user has not typed yet.
    ui->problemLabel->showError(ui->nameEdit->text().isEmpty() ? QString() : message);
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(message.isEmpty());
}

} // namespace pml
