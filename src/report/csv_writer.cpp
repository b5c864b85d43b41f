#include "core/error.h"
#include "report_text.h"
#include "report_writers.h"
#include "writer_support.h"

#include <QCoreApplication>
#include <QStringList>

namespace pml {
namespace {

// Numbers are data, not prose: no unit, ISO-like, with the decimal mark a spreadsheet
// using this separator expects (';' goes with the decimal comma).
QString decimal(double value, int decimals, QChar separator)
{
    QString text = QString::number(value, 'f', decimals);
    if (separator == QLatin1Char(';')) {
        text.replace(QLatin1Char('.'), QLatin1Char(','));
    }
    return text;
}

QString weight(double value, QChar separator)
{
    QString text = QString::number(value, 'g', 10);
    if (separator == QLatin1Char(';')) {
        text.replace(QLatin1Char('.'), QLatin1Char(','));
    }
    return text;
}

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

void writeCsv(const ReportModel& model, QIODevice& device, QChar separator)
{
    if (separator != QLatin1Char(',') && separator != QLatin1Char(';')) {
        throw Error(QCoreApplication::translate("pml", "Invalid CSV separator \"%1\": use , or ;.")
                        .arg(separator));
    }
    const ReportText t(model.options.language);
    const QStringList header{
        t(Phrase::Code),       t(Phrase::Activity),     t(Phrase::Line),
        t(Phrase::Objectives), t(Phrase::Horizon),      t(Phrase::Status),
        t(Phrase::Percent),    t(Phrase::Weight),       t(Phrase::Planned),
        t(Phrase::Schedule),   t(Phrase::PlannedStart), t(Phrase::PlannedEnd),
        t(Phrase::Lead),       t(Phrase::Support),      t(Phrase::LastUpdate),
        t(Phrase::AsOf),       t(Phrase::Provisional),  t(Phrase::ReviewColumn),
        t(Phrase::Fingerprint)};
    // The table has no cover: each row carries the cut-off, whether it is provisional,
    // the review of its line and the tracker's fingerprint (empty without a tracker).
    const QString asOf = isoDate(model.asOf);
    const QString provisional = t(model.provisional ? Phrase::Yes : Phrase::No);
    const QString fingerprint =
        model.fingerprint.isEmpty() ? QString() : t.fingerprint(model.fingerprint);
    QString out;
    out.reserve(256 * (model.activities.size() + 1));
    const auto appendRow = [&](const QStringList& cells) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0) {
                out += separator;
            }
            out += csvField(cells[i], separator);
        }
        out += QLatin1String("\r\n");
    };
    appendRow(header);
    for (const ReportActivity& row : model.activities) {
        QStringList leads;
        QStringList supports;
        for (const ActorRef& actor : row.actors) {
            (actor.role == ActorRole::Lead ? leads : supports).append(actor.name);
        }
        const LineReview* review = model.review(row.line);
        appendRow({row.code, row.text, QString::number(row.line), numberList(row.objectives),
                   t.horizon(row.horizon), t.status(row.status), QString::number(row.percent),
                   weight(row.weight, separator), decimal(row.planned, 1, separator),
                   t.schedule(row.schedule), isoDate(row.plannedStart), isoDate(row.plannedEnd),
                   leads.join(QStringLiteral(", ")), supports.join(QStringLiteral(", ")),
                   isoDate(row.lastUpdate), asOf, provisional,
                   review ? t.reviewSummary(*review) : QString(), fingerprint});
    }
    writeAll(device, QByteArray("\xEF\xBB\xBF") + out.toUtf8());
}

} // namespace pml
