#pragma once

#include "gui/document/item_ref.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace pml {

class ActorActivitiesModel;
class ActorsTableModel;
class TrackerDocument;

// The institutions: the list with their responsibilities, add and edit, and the
// activities the selected one leads or supports with their figures.
class ActorsView : public QWidget {
    Q_OBJECT
public:
    explicit ActorsView(TrackerDocument* document, QWidget* parent = nullptr);
    ~ActorsView() override;

    ActorsTableModel* actorsModel() const { return m_actors; }
    ActorActivitiesModel* activitiesModel() const { return m_activities; }
    QTableView* actorsTable() const { return m_actorsTable; }
    QTableView* activitiesTable() const { return m_activitiesTable; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* editButton() const { return m_edit; }

    void selectActor(qint64 id);
    qint64 currentActor() const;

public Q_SLOTS:
    void addActor();  // opens the dialog
    void editActor(); // opens the dialog for the current institution

Q_SIGNALS:
    void itemActivated(const pml::ItemRef& item);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateActions();
    void currentActorChanged();

    TrackerDocument* m_document;
    ActorsTableModel* m_actors;
    QSortFilterProxyModel* m_actorsProxy;
    ActorActivitiesModel* m_activities;
    QSortFilterProxyModel* m_activitiesProxy;
    QSplitter* m_splitter;
    QTableView* m_actorsTable;
    QTableView* m_activitiesTable;
    QLabel* m_activitiesTitle;
    QPushButton* m_add;
    QPushButton* m_edit;
};

} // namespace pml
