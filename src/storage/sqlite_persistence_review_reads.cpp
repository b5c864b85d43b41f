#include "sqlite_persistence.h"

namespace pml {

QList<ReviewTransition> SqlitePersistence::reviewTransitions(const Quarter& quarter, int line)
{
    sql::Transaction transaction(db(), sql::Transaction::Kind::Read);
    QList<ReviewTransition> out =
        line > 0 ? readTransitions(QStringLiteral("WHERE quarter = ? AND line = ?"),
                                   {quarter.key(), line})
                 : readTransitions(QStringLiteral("WHERE quarter = ?"), {quarter.key()});
    transaction.commit();
    return out;
}

QList<ReviewTransition> SqlitePersistence::allReviewTransitions()
{
    sql::Transaction transaction(db(), sql::Transaction::Kind::Read);
    QList<ReviewTransition> out = readTransitions({}, {});
    transaction.commit();
    return out;
}

} // namespace pml
