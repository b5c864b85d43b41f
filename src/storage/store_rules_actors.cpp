#include "core/error.h"
#include "core/messages.h"
#include "store_rules.h"

#include <QCoreApplication>

namespace pml {

void RulesStore::requireValidActorNames(qint64 id, const QString& name, const QString& shortName)
{
    if (name.trimmed().isEmpty()) {
        throw Error(Messages::tr("An actor needs a name."));
    }
    if (name != name.trimmed() || shortName != shortName.trimmed()) {
        throw Error(
            Messages::tr("Actor \"%1\": names must not start or end with spaces.").arg(name));
    }
    // Names and short names are all accepted to find an actor, so none may repeat.
    for (const Actor& other : m_persistence.actors()) {
        if (other.id == id) {
            continue;
        }
        for (const QString& taken : {other.name, other.shortName}) {
            for (const QString& wanted : {name, shortName}) {
                if (!wanted.isEmpty() && wanted.compare(taken, Qt::CaseInsensitive) == 0) {
                    throw Error(Messages::tr("The name \"%1\" is already used by the actor \"%2\".")
                                    .arg(wanted, other.name));
                }
            }
        }
    }
}

qint64 RulesStore::addActor(const QString& name, const QString& shortName, ActorGroup group)
{
    requireWritable();
    const auto transaction = m_persistence.begin(Persistence::Access::Write);
    requireAllowed(Operation::AddActor);
    requireValidActorNames(0, name, shortName);
    Actor actor;
    actor.name = name;
    actor.shortName = shortName;
    actor.group = group;
    const qint64 id = m_persistence.insertActor(actor);
    const QString item = QString::number(id);
    m_persistence.appendAudit(m_actingUser, QStringLiteral("actor.add"), item, QString(),
                              m_persistence.auditedState(QStringLiteral("actors"), item));
    transaction->commit();
    return id;
}

Actor RulesStore::updateActor(const Actor& actor)
{
    requireWritable();
    const auto transaction = m_persistence.begin(Persistence::Access::Write);
    const auto previous = m_persistence.actor(actor.id);
    if (!previous) {
        throw Error(Messages::tr("Unknown actor %1.").arg(actor.id));
    }
    requireAllowed(Operation::ChangeActor);
    requireValidActorNames(actor.id, actor.name, actor.shortName);
    const QString category = QStringLiteral("actors");
    const QString item = QString::number(actor.id);
    const QString before = m_persistence.auditedState(category, item);
    m_persistence.updateActor(actor);
    const QString after = m_persistence.auditedState(category, item);
    if (after != before) {
        m_persistence.appendAudit(m_actingUser, QStringLiteral("actor.change"), item, before,
                                  after);
    }
    transaction->commit();
    return *previous;
}

} // namespace pml
