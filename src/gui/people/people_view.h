#pragma once

#include <QWidget>

class QLabel;
class QMessageBox;
class QPushButton;
class QTableView;

namespace pml {

class PeopleTableModel;
class PersonDialog;
class TrackerDocument;

// The People page: the tracker's people with their roles and whether removed, the acting
// user marked. An admin adds a person, changes roles and removes a person, each an undoable,
// audited edit; everyone else sees the list with the buttons disabled, saying why.
class PeopleView : public QWidget {
    Q_OBJECT
public:
    explicit PeopleView(TrackerDocument* document, QWidget* parent = nullptr);
    ~PeopleView() override;

    PeopleTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* changeButton() const { return m_change; }
    QPushButton* removeButton() const { return m_remove; }

    void selectPerson(const QString& name);
    QString currentPerson() const; // the name as listed; empty when none is selected

public Q_SLOTS:
    // Each opens its dialog (window-modal, not blocking) and returns it.
    PersonDialog* addPerson();
    PersonDialog* changeRoles();
    QMessageBox* removePerson(); // asks for confirmation, naming the person

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateActions();
    void peopleRead();
    void confirmRemoval(const QString& name);

    TrackerDocument* m_document;
    PeopleTableModel* m_model;
    QLabel* m_intro;
    QTableView* m_table;
    QPushButton* m_add;
    QPushButton* m_change;
    QPushButton* m_remove;
    QString m_selected; // kept across a refresh of the list
};

} // namespace pml
