#include "audit_csv.h"

#include "writer_support.h"

#include <QCoreApplication>
#include <QStringList>

namespace pml {
namespace {

struct AuditCsv {
    Q_DECLARE_TR_FUNCTIONS(pml::AuditCsv)
};

void appendRow(QString& out, const QStringList& cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0) {
            out += QLatin1Char(',');
        }
        out += csvField(cells.at(i));
    }
    out += QLatin1String("\r\n");
}

} // namespace

QByteArray auditCsv(const QList<AuditEntry>& entries)
{
    QString out;
    appendRow(out, {AuditCsv::tr("Entry"), AuditCsv::tr("When (UTC)"), AuditCsv::tr("Who"),
                    AuditCsv::tr("Kind"), AuditCsv::tr("Kind name"), AuditCsv::tr("Item"),
                    AuditCsv::tr("Old value"), AuditCsv::tr("New value"), AuditCsv::tr("Hash")});
    for (const AuditEntry& e : entries) {
        appendRow(out, {QString::number(e.id), e.recordedAt.toUTC().toString(Qt::ISODateWithMs),
                        e.recordedBy, e.kind, auditKindName(e.kind), e.item, e.oldValue, e.newValue,
                        QString::fromLatin1(e.hash)});
    }
    return out.toUtf8();
}

} // namespace pml
