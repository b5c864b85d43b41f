#include "gui/people/people_view.h"

#include "gui/document/acting_user.h"
#include "gui/document/tracker_document.h"
#include "gui/people/people_table_model.h"
#include "gui/people/person_dialog.h"
#include "gui/widgets/column_sizing.h"
#include "gui/widgets/edit_notice.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace pml {
namespace {

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

} // namespace

PeopleView::PeopleView(TrackerDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new PeopleTableModel(document, this))
    , m_intro(new QLabel(this))
    , m_table(makeTable(m_model, this))
    , m_add(new QPushButton(this))
    , m_change(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    m_intro->setWordWrap(true);
    m_intro->setBuddy(m_table);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_change);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    // The name takes the room the roles and state leave.
    fitColumns(m_table, m_table->horizontalHeader(), PeopleTableModel::Name);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_selected = currentPerson();
        updateActions();
    });
    connect(m_table, &QTableView::activated, this, [this] {
        if (m_change->isEnabled())
            changeRoles();
    });
    connect(m_add, &QPushButton::clicked, this, &PeopleView::addPerson);
    connect(m_change, &QPushButton::clicked, this, &PeopleView::changeRoles);
    connect(m_remove, &QPushButton::clicked, this, &PeopleView::removePerson);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PeopleView::peopleRead);
    connect(document, &TrackerDocument::canEditChanged, this, &PeopleView::updateActions);
    setFocusProxy(m_table);
    retranslate();
    peopleRead();
}

PeopleView::~PeopleView() = default;

void PeopleView::retranslate()
{
    m_intro->setText(tr("The people who may work on this tracker and their roles. A removed "
                        "person stays listed: their name is on the records they made."));
    m_table->setAccessibleName(tr("People"));
    m_add->setText(tr("&Add person…"));
    m_change->setText(tr("&Change roles…"));
    m_remove->setText(tr("&Remove person…"));
    m_model->retranslate();
    updateActions();
}

void PeopleView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString PeopleView::currentPerson() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(PeopleTableModel::NameRole).toString() : QString();
}

void PeopleView::selectPerson(const QString& name)
{
    const int row = m_model->rowOfPerson(name);
    if (row < 0)
        return;
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->scrollTo(m_model->index(row, 0));
}

void PeopleView::peopleRead()
{
    // The list was read again: keep the same person selected, if still listed.
    const QString keep = m_selected;
    if (m_model->rowOfPerson(keep) >= 0)
        selectPerson(keep);
    else if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    updateActions();
}

void PeopleView::updateActions()
{
    // Who may manage people is core's rule; the store checks it again on every write.
    const QString name = currentPerson();
    const int row = m_model->rowOfPerson(name);
    const bool active = row >= 0 && m_model->row(row).person.active;
    allowFor(m_add, *m_document, Operation::ManagePeople, tr("List a person with their roles"));
    allowFor(m_change, *m_document, Operation::ManagePeople,
             tr("Give the selected person other roles"));
    allowFor(m_remove, *m_document, Operation::ManagePeople,
             tr("Remove the selected person: they can no longer act on this tracker"));
    if (m_change->isEnabled() && !active) {
        m_change->setEnabled(false);
        m_change->setToolTip(
            tr("Select a listed person. A removed person is listed again with \"Add person\"."));
    }
    if (m_remove->isEnabled() && !active) {
        m_remove->setEnabled(false);
        m_remove->setToolTip(tr("Select a listed person to remove."));
    }
}

PersonDialog* PeopleView::addPerson()
{
    auto submit = [this](const QString& name, const QList<Role>& roles) {
        const EditResult result = m_document->addPerson(name, roles);
        if (result.done())
            selectPerson(name);
        return result.refusal;
    };
    // A removed person selected: adding lists them again, so the dialog starts with them.
    const int row = m_model->rowOfPerson(currentPerson());
    Person start;
    auto* dialog = new PersonDialog(start, submit, this);
    if (row >= 0 && !m_model->row(row).person.active) {
        dialog->setName(m_model->row(row).person.name);
        dialog->setRoles(m_model->row(row).person.roles);
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

PersonDialog* PeopleView::changeRoles()
{
    const int row = m_model->rowOfPerson(currentPerson());
    if (row < 0 || !m_model->row(row).person.active)
        return nullptr;
    auto submit = [this](const QString& name, const QList<Role>& roles) {
        return m_document->setPersonRoles(name, roles).refusal;
    };
    auto* dialog = new PersonDialog(m_model->row(row).person, submit, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QMessageBox* PeopleView::removePerson()
{
    const int row = m_model->rowOfPerson(currentPerson());
    if (row < 0 || !m_model->row(row).person.active)
        return nullptr;
    const QString name = m_model->row(row).person.name;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Remove Person"),
                                tr("Remove %1 from this tracker's people? They will no longer be "
                                   "able to act on it; their name stays on the records they "
                                   "made, and an admin can add them again.")
                                    .arg(name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmRemoval"));
    box->button(QMessageBox::Yes)->setText(tr("&Remove %1").arg(name));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // The clicked button, not accepted(): a standard button's result is not QDialog::Accepted.
    QAbstractButton* confirm = box->button(QMessageBox::Yes);
    connect(box, &QMessageBox::buttonClicked, this, [this, name, confirm](QAbstractButton* b) {
        if (b == confirm)
            confirmRemoval(name);
    });
    box->open();
    return box;
}

void PeopleView::confirmRemoval(const QString& name)
{
    const EditResult result = m_document->removePerson(name);
    if (!result.done())
        showRefusal(this, result.refusal);
}

} // namespace pml
