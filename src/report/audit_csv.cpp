#include "audit_csv.h"

#include "core/audit_text.h"
#include "core/error.h"
#include "writer_support.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace pml {
namespace {

struct AuditCsv {
    Q_DECLARE_TR_FUNCTIONS(pml::AuditCsv)
};

void appendRow(QString& out, const QStringList& cells, QChar separator)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0) {
            out += separator;
        }
        out += csvField(cells.at(i), separator);
    }
    out += QLatin1String("\r\n");
}

} // namespace

QByteArray auditCsv(const QList<AuditEntry>& entries, QChar separator, const AuditNames& names)
{
    if (separator != QLatin1Char(',') && separator != QLatin1Char(';')) {
        throw Error(QCoreApplication::translate("pml", "Invalid CSV separator \"%1\": use , or ;.")
                        .arg(separator));
    }
    QString out;
    appendRow(out,
              {AuditCsv::tr("Entry"), AuditCsv::tr("When (UTC)"), AuditCsv::tr("Who"),
               AuditCsv::tr("Kind"), AuditCsv::tr("Kind name"), AuditCsv::tr("Item"),
               AuditCsv::tr("What happened"), AuditCsv::tr("Old value"), AuditCsv::tr("New value"),
               AuditCsv::tr("Hash")},
              separator);
    for (const AuditEntry& e : entries) {
        appendRow(out,
                  {QString::number(e.id), e.recordedAt.toUTC().toString(Qt::ISODateWithMs),
                   e.recordedBy, e.kind, auditKindName(e.kind), e.item, auditSentence(e, names),
                   e.oldValue, e.newValue, QString::fromLatin1(e.hash)},
                  separator);
    }
    return out.toUtf8();
}

QChar localeCsvSeparator()
{
    return QLocale().decimalPoint() == QLatin1String(",") ? QLatin1Char(';') : QLatin1Char(',');
}

} // namespace pml
