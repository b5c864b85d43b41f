#include "audit.h"

#include "messages.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace pml {
namespace {

// Length-prefixed fields: no text of any field can imitate another's boundary.
void addField(QCryptographicHash& hash, const QByteArray& field)
{
    hash.addData(QByteArray::number(field.size()));
    hash.addData(QByteArrayView(":"));
    hash.addData(field);
}

struct KindText {
    const char* key;
    const char* text;
};

const KindText kKinds[] = {
    {"tracker.create", QT_TRANSLATE_NOOP("pml", "tracker created")},
    {"tracker.upgrade", QT_TRANSLATE_NOOP("pml", "audit log started")},
    {"update.record", QT_TRANSLATE_NOOP("pml", "update recorded")},
    {"update.withdraw", QT_TRANSLATE_NOOP("pml", "update withdrawn")},
    {"update.restore", QT_TRANSLATE_NOOP("pml", "update restored")},
    {"planning", QT_TRANSLATE_NOOP("pml", "planning changed")},
    {"responsibility", QT_TRANSLATE_NOOP("pml", "responsibility changed")},
    {"actor.add", QT_TRANSLATE_NOOP("pml", "actor added")},
    {"actor.change", QT_TRANSLATE_NOOP("pml", "actor changed")},
    {"settings", QT_TRANSLATE_NOOP("pml", "settings changed")},
    {"person.add", QT_TRANSLATE_NOOP("pml", "person added")},
    {"person.change", QT_TRANSLATE_NOOP("pml", "person's roles changed")},
    {"person.remove", QT_TRANSLATE_NOOP("pml", "person removed")},
    {"review.submit", QT_TRANSLATE_NOOP("pml", "quarter submitted")},
    {"review.approve", QT_TRANSLATE_NOOP("pml", "quarter approved")},
    {"review.return", QT_TRANSLATE_NOOP("pml", "quarter returned")},
    {"review.reopen", QT_TRANSLATE_NOOP("pml", "quarter reopened")},
    {"evidence.add", QT_TRANSLATE_NOOP("pml", "evidence added")},
    {"evidence.withdraw", QT_TRANSLATE_NOOP("pml", "evidence withdrawn")},
};

} // namespace

QByteArray auditHash(const AuditEntry& entry, const QByteArray& previousHash)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addField(hash, previousHash);
    addField(hash, QByteArray::number(entry.id));
    addField(hash, QByteArray::number(entry.recordedAt.toMSecsSinceEpoch()));
    addField(hash, entry.recordedBy.toUtf8());
    addField(hash, entry.kind.toUtf8());
    addField(hash, entry.item.toUtf8());
    addField(hash, entry.oldValue.toUtf8());
    addField(hash, entry.newValue.toUtf8());
    return hash.result().toHex();
}

std::optional<ChainBreak> chainBreak(const QList<AuditEntry>& entries, const ChainStart& start)
{
    QByteArray previous = start.previousHash;
    for (int i = 0; i < entries.size(); ++i) {
        const AuditEntry& e = entries.at(i);
        if (e.hash != auditHash(e, previous)) {
            const bool first = i == 0 && start.position == 0;
            const QString reason =
                first ? Messages::tr("its content does not match its hash: it was changed, or "
                                     "entries before it were removed")
                      : Messages::tr("its content or its link to entry %1 does not match its "
                                     "hash: it or an entry before it was changed, removed or "
                                     "moved")
                            .arg(i == 0 ? start.previousId : entries.at(i - 1).id);
            return ChainBreak{e.id, start.position + i + 1, reason};
        }
        previous = e.hash;
    }
    return std::nullopt;
}

QString shortFingerprint(const QByteArray& hash)
{
    const QString hex = QString::fromLatin1(hash.left(16));
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4) {
        groups << hex.mid(i, 4);
    }
    return groups.join(QLatin1Char(' ')) + QStringLiteral(" …");
}

std::optional<QByteArray> parseFingerprint(const QString& text)
{
    QString digits = text.trimmed().toLower();
    digits.remove(QChar(0x2026)).remove(QStringLiteral("...")).remove(QLatin1Char(' '));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{16,64}$"));
    if (!hex.match(digits).hasMatch()) {
        return std::nullopt;
    }
    return digits.toLatin1();
}

QString auditKindName(const QString& kind)
{
    for (const KindText& k : kKinds) {
        if (kind == QLatin1String(k.key)) {
            return Messages::tr(k.text);
        }
    }
    return kind;
}

QStringList auditKinds()
{
    QStringList keys;
    for (const KindText& k : kKinds) {
        keys << QString::fromLatin1(k.key);
    }
    return keys;
}

} // namespace pml
