#include "store_rules_replay.h"

#include "audit_format.h"
#include "core/evidence.h"
#include "core/messages.h"
#include "core/permissions.h"
#include "core/quarter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace pml {
namespace {

// A person as the log and the people table's audited state write them.
Person personFromState(const QString& name, const QString& text)
{
    const QJsonObject state = QJsonDocument::fromJson(text.toUtf8()).object();
    return {name, sql::rolesFromKeys(state.value(QLatin1String("roles")).toString()),
            state.value(QLatin1String("active")).toInt() != 0};
}

QString reviewKey(const QString& quarter, int line)
{
    return QStringLiteral("%1|%2").arg(quarter).arg(line);
}

class Replay {
public:
    explicit Replay(const ReplayInput& input)
        : m_input(input)
        , m_people(input.peopleAtStart)
        , m_updates(input.earlierUpdates)
    {
    }

    QStringList run()
    {
        for (int i = 1; i < m_input.entries.size(); ++i) { // the first is the baseline
            replay(m_input.entries.at(i));
        }
        return m_problems;
    }

private:
    void replay(const AuditEntry& e)
    {
        const QJsonObject records = QJsonDocument::fromJson(e.newValue.toUtf8()).object();
        const std::optional<Operation> operation = operationOfAuditKind(e.kind);
        if (!operation) {
            refuse(e, Messages::tr("no action of the program makes such an entry"));
            return;
        }
        if (const auto problem = operationProblem(m_people, e.recordedBy, *operation)) {
            refuse(e, *problem);
        }
        if (e.kind.startsWith(QLatin1String("person."))) {
            replayPerson(e);
        } else if (e.kind.startsWith(QLatin1String("review."))) {
            replayReview(e, records);
        } else if (e.kind == QLatin1String("update.record")) {
            replayUpdate(e, records.value(QLatin1String("status_updates")).toObject());
        } else if (e.kind.startsWith(QLatin1String("update."))) {
            const QJsonObject w = records.value(QLatin1String("update_withdrawals")).toObject();
            requireUnlocked(e, w.value(QLatin1String("update_id")).toInteger());
        } else if (e.kind == QLatin1String("evidence.add")) {
            replayEvidence(e, records.value(QLatin1String("evidence")).toObject());
        } else if (e.kind == QLatin1String("evidence.withdraw")) {
            const QJsonObject w = records.value(QLatin1String("evidence_withdrawals")).toObject();
            requireEvidenceChangeable(
                e, m_evidence.value(w.value(QLatin1String("evidence_id")).toInteger()));
        }
    }

    void replayPerson(const AuditEntry& e)
    {
        const Person* existing = findPerson(m_people, e.item);
        if (e.kind == QLatin1String("person.add") && existing && existing->active) {
            refuse(e, Messages::tr("%1 was already listed").arg(existing->name));
        }
        Person person = personFromState(e.item, e.newValue);
        if (existing) {
            m_people[int(existing - m_people.constData())] = person;
        } else {
            m_people.append(person);
        }
    }

    void replayReview(const AuditEntry& e, const QJsonObject& records)
    {
        const QJsonObject t = records.value(QLatin1String("review_transitions")).toObject();
        const QString quarter = t.value(QLatin1String("quarter")).toString();
        const int line = t.value(QLatin1String("line")).toInt();
        const auto action = reviewActionFromKey(t.value(QLatin1String("action")).toString());
        const auto from = reviewStateFromKey(t.value(QLatin1String("from_state")).toString());
        const ReviewState state = m_reviews.value(reviewKey(quarter, line), ReviewState::Open);
        if (!action || !from || *from != state) {
            refuse(e, Messages::tr("line %1, %2 was %3 at that moment, not as the step says")
                          .arg(line)
                          .arg(quarter, reviewStateName(state)));
        } else if (const auto problem = stateProblem(state, *action)) {
            refuse(e, *problem);
        }
        if (action == ReviewAction::Approve &&
            !records.contains(QLatin1String("review_snapshots"))) {
            refuse(e, Messages::tr("an approval without the figures it froze"));
        }
        if (action) {
            m_reviews.insert(reviewKey(quarter, line), stateAfter(*action));
        }
    }

    void replayUpdate(const AuditEntry& e, const QJsonObject& row)
    {
        const qint64 id = row.value(QLatin1String("id")).toInteger();
        const QString activity = row.value(QLatin1String("activity")).toString();
        const QDate date =
            QDate::fromString(row.value(QLatin1String("effective_date")).toString(), Qt::ISODate);
        if (row.value(QLatin1String("recorded_by")).toString() != e.recordedBy) {
            refuse(e, Messages::tr("the update names another author than the entry"));
        }
        m_updates.insert(id, {activity, date});
        requireUnlocked(e, id);
    }

    void replayEvidence(const AuditEntry& e, const QJsonObject& row)
    {
        Target target;
        if (row.value(QLatin1String("update_id")).isDouble()) {
            target.update = row.value(QLatin1String("update_id")).toInteger();
        } else {
            target.quarter = row.value(QLatin1String("quarter")).toString();
            target.line = row.value(QLatin1String("line")).toInt();
        }
        m_evidence.insert(row.value(QLatin1String("id")).toInteger(), target);
        requireEvidenceChangeable(e, target);
    }

    struct Target {
        qint64 update = 0;
        QString quarter;
        int line = 0;
    };

    void requireEvidenceChangeable(const AuditEntry& e, const Target& target)
    {
        if (target.update > 0) {
            requireUnlocked(e, target.update);
            return;
        }
        const ReviewState state =
            m_reviews.value(reviewKey(target.quarter, target.line), ReviewState::Open);
        const auto quarter = quarterFromKey(target.quarter);
        if (quarter && quarterEvidenceProblem(target.line, *quarter, state)) {
            refuse(e, Messages::tr("line %1, %2 was %3, so its evidence could not change")
                          .arg(target.line)
                          .arg(quarterText(*quarter), reviewStateName(state)));
        }
    }

    void requireUnlocked(const AuditEntry& e, qint64 update)
    {
        const auto found = m_updates.constFind(update);
        if (found == m_updates.cend()) {
            refuse(e, Messages::tr("it names update %1, which was never recorded").arg(update));
            return;
        }
        const int line = m_input.lineOfActivity.value(found->first);
        const Quarter quarter = quarterOf(found->second);
        if (m_reviews.value(reviewKey(quarter.key(), line)) == ReviewState::Approved) {
            refuse(e, lockedQuarterMessage(found->first, found->second, line, quarter));
        }
    }

private:
    void refuse(const AuditEntry& e, const QString& why)
    {
        m_problems << Messages::tr("Audit entry %1 (%2 by %3) was not allowed when it was made: "
                                   "%4. It was written outside the program.")
                          .arg(e.id)
                          .arg(auditKindName(e.kind), e.recordedBy, why);
    }

    const ReplayInput& m_input;
    QList<Person> m_people;
    QHash<qint64, QPair<QString, QDate>> m_updates;
    QHash<qint64, Target> m_evidence;
    QHash<QString, ReviewState> m_reviews;
    QStringList m_problems;
};

} // namespace

QList<Person> peopleAtStart(const QMap<QString, QString>& now, const QList<AuditEntry>& entries)
{
    QList<Person> people;
    const QMap<QString, QString> atStart =
        sql::stateAtStart(now, entries, QStringLiteral("people"));
    for (auto it = atStart.cbegin(); it != atStart.cend(); ++it) {
        people.append(personFromState(it.key(), it.value()));
    }
    return people;
}

QStringList replayProblems(const ReplayInput& input)
{
    return Replay(input).run();
}

} // namespace pml
