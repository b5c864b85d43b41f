#include "audit_csv.h"

#include "files/atomic_file.h"
#include "files/output_target.h"
#include "report/writer_support.h"

#include <QCoreApplication>

namespace pml {
namespace {

struct AuditCsv {
    Q_DECLARE_TR_FUNCTIONS(pml::AuditCsv)
};

QString field(const QString& text)
{
    // Text a spreadsheet could take for a formula stays text (a note "=HYPERLINK(…)").
    QString safe = neutraliseFormula(text);
    if (safe.contains(QLatin1Char(',')) || safe.contains(QLatin1Char('"')) ||
        safe.contains(QLatin1Char('\n')) || safe.contains(QLatin1Char('\r'))) {
        safe.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + safe + QLatin1Char('"');
    }
    return safe;
}

void appendRow(QString& out, const QStringList& cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        out += field(cells.at(i));
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
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

void writeAuditCsv(const QList<AuditEntry>& entries, const QString& file,
                   const QStringList& protectedFiles)
{
    files::requireOutputTarget(file, protectedFiles);
    files::AtomicFile::write(file, auditCsv(entries), protectedFiles);
}

} // namespace pml
