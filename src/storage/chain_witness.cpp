#include "chain_witness.h"

#include "core/messages.h"

#include <QSettings>
#include <QStandardPaths>

namespace pml {
namespace {

QString defaultFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/pml-tracker/witness.ini");
}

QString groupOf(const QByteArray& origin)
{
    return QStringLiteral("tracker-") + QString::fromLatin1(origin.left(64));
}

} // namespace

ChainWitness::ChainWitness(const QString& file)
    : m_file(file.isEmpty() ? defaultFile() : file)
{
}

std::optional<ChainMark> ChainWitness::seen(const QByteArray& origin) const
{
    QSettings settings(m_file, QSettings::IniFormat);
    settings.beginGroup(groupOf(origin));
    if (origin.isEmpty() || !settings.contains(QStringLiteral("length"))) {
        return std::nullopt;
    }
    return ChainMark{origin, settings.value(QStringLiteral("length")).toLongLong(),
                     settings.value(QStringLiteral("head")).toByteArray(),
                     settings.value(QStringLiteral("seen")).toDate()};
}

void ChainWitness::remember(const ChainMark& mark, const TrackerLocation& location,
                            const QDate& today)
{
    if (mark.origin.isEmpty()) {
        return;
    }
    QSettings settings(m_file, QSettings::IniFormat);
    settings.beginGroup(groupOf(mark.origin));
    settings.setValue(QStringLiteral("length"), mark.length);
    settings.setValue(QStringLiteral("head"), mark.head);
    settings.setValue(QStringLiteral("seen"), today);
    settings.setValue(QStringLiteral("location"), location.text());
}

QList<ChainWitness::Entry> ChainWitness::all() const
{
    QSettings settings(m_file, QSettings::IniFormat);
    QList<Entry> entries;
    for (const QString& group : settings.childGroups()) {
        if (!group.startsWith(QLatin1String("tracker-"))) {
            continue;
        }
        const auto mark = seen(group.mid(8).toLatin1());
        if (mark) {
            settings.beginGroup(group);
            entries.append({*mark, settings.value(QStringLiteral("location")).toString()});
            settings.endGroup();
        }
    }
    return entries;
}

QStringList verifyOnOpening(TrackerStore& store, ChainWitness& witness, const QDate& today)
{
    const TrackerStore::OpeningCheck result =
        store.checkOnOpening(witness.seen(store.chainOrigin()));
    if (result.problems.isEmpty()) {
        witness.remember(result.mark, store.location(), today);
        // On closing, what was added since (this program's writes and others') is verified
        // from there and remembered too, so that a later rollback of them is noticed.
        store.setAtClose([file = witness.file(), today](TrackerStore& store) {
            ChainWitness atClose(file);
            const auto closing = store.checkOnOpening(atClose.seen(store.chainOrigin()));
            if (closing.problems.isEmpty()) {
                atClose.remember(closing.mark, store.location(), today);
            }
        });
        return {};
    }
    store.refuseWrites(Messages::tr("%1 was changed outside the program, so nothing can be "
                                    "changed in it until it is examined: %2")
                           .arg(store.location().shown(), result.problems.constFirst()));
    return result.problems;
}

} // namespace pml
