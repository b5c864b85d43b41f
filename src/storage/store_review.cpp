#include "sqlite_store.h"

namespace pml {

QList<ReviewTransition> SqliteTrackerStore::reviewTransitions(const Quarter& quarter, int line)
{
    sql::Transaction transaction(db(), sql::Transaction::Kind::Read);
    QList<ReviewTransition> out =
        line > 0
            ? m_persistence.readTransitions(QStringLiteral("WHERE quarter = ? AND line = ?"),
                                            {quarter.key(), line})
            : m_persistence.readTransitions(QStringLiteral("WHERE quarter = ?"), {quarter.key()});
    transaction.commit();
    return out;
}

QList<ReviewTransition> SqliteTrackerStore::allReviewTransitions()
{
    sql::Transaction transaction(db(), sql::Transaction::Kind::Read);
    QList<ReviewTransition> out = m_persistence.readTransitions({}, {});
    transaction.commit();
    return out;
}

} // namespace pml
