#pragma once

#include "core/strategy.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ActorDialog;
}

namespace pml {

// Adds or edits an institution: name, short name and group. Refuses an empty name
// or one another institution already uses.
class ActorDialog : public QDialog {
    Q_OBJECT
public:
    // `strategy` gives the other institutions' names; `actor.id` 0 adds a new one.
    ActorDialog(const Strategy& strategy, const Actor& actor, QWidget* parent = nullptr);
    ~ActorDialog() override;

    Actor actor() const; // the edited values, with the original id
    void setName(const QString& name);
    void setShortName(const QString& shortName);
    void setGroup(ActorGroup group);
    QString problem() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void check();

    std::unique_ptr<Ui::ActorDialog> ui;
    const Strategy& m_strategy;
    qint64 m_id;
};

} // namespace pml
