#pragma once

#include "core/review.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace pml {

// Adds a person or changes a person's roles: a name (fixed when changing) and one checkbox
// per role. Accepting hands name and roles to `submit`, which makes the change and returns
// the refusal, if any: a refusal shows in the dialog, which stays open with what was typed.
class PersonDialog : public QDialog {
    Q_OBJECT
public:
    using Submit = std::function<QString(const QString& name, const QList<Role>& roles)>;
    // `person.name` empty: a new person.
    PersonDialog(const Person& person, Submit submit, QWidget* parent = nullptr);

    QString name() const;
    QList<Role> roles() const;
    void setName(const QString& name);
    void setRoles(const QList<Role>& roles);
    QLineEdit* nameField() const { return m_name; }
    QCheckBox* roleBox(Role role) const;
    QLabel* problemLabel() const { return m_problem; }

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    bool m_adding;
    Submit m_submit;
    QLabel* m_intro;
    QLineEdit* m_name;
    QList<QCheckBox*> m_roles; // in allRoles() order
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace pml
