#pragma once

#include "gui/document/document_command.h"
#include "storage/tracker_store.h" // Planning, Responsibility

#include <QDate>
#include <QList>

#include <optional>

namespace pml {

class SetPlanningCommand : public DocumentCommand {
    Q_DECLARE_TR_FUNCTIONS(pml::SetPlanningCommand)
public:
    SetPlanningCommand(TrackerDocument* document, const QString& activity, const Planning& before,
                       const Planning& after);

protected:
    void undoInStore(TrackerStore& store) override;
    void redoInStore(TrackerStore& store) override;
    StoredChange change() const override { return {{}, true}; }

private:
    void store(TrackerStore& store, const Planning& planning);
    QString m_activity;
    Planning m_before;
    Planning m_after;
};

class SetResponsibilityCommand : public DocumentCommand {
    Q_DECLARE_TR_FUNCTIONS(pml::SetResponsibilityCommand)
public:
    SetResponsibilityCommand(TrackerDocument* document, const QString& activity,
                             const Responsibility& before, const Responsibility& after);

protected:
    void undoInStore(TrackerStore& store) override;
    void redoInStore(TrackerStore& store) override;
    StoredChange change() const override { return {{}, true}; }

private:
    QString m_activity;
    Responsibility m_before;
    Responsibility m_after;
};

} // namespace pml
