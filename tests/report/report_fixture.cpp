#include "report_fixture.h"

#include <QBuffer>
#include <QProcess>
#include <QStandardPaths>
#include <QTimeZone>

namespace pml::test {
namespace {

Activity activity(const QString& code, const QString& text, Horizon horizon, int objective,
                  const QString& group, double weight = 1)
{
    Activity a;
    a.code = code;
    a.text = text;
    a.horizon = horizon;
    a.objectives = {objective};
    a.barrierGroup = group;
    a.weight = weight;
    return a;
}

StatusUpdate update(qint64 id, const QString& code, const QDate& effective, Status status,
                    int percent, const QString& note = {}, bool withdrawn = false)
{
    StatusUpdate u;
    u.id = id;
    u.activity = code;
    u.effectiveDate = effective;
    // Recorded in id order, a day after taking effect.
    u.recordedAt = QDateTime(effective.addDays(1), QTime(9, 0).addSecs(int(id)), QTimeZone::utc());
    u.status = status;
    u.percent = percent;
    u.note = note;
    u.recordedBy = QStringLiteral("monitor%1").arg(id);
    u.withdrawn = withdrawn;
    return u;
}

} // namespace

Snapshot reportSnapshot()
{
    Snapshot s;
    Strategy& st = s.strategy;
    st.title = QStringLiteral("Estrategia de prueba");
    Line one;
    one.number = 1;
    one.name = QStringLiteral("Sensibilización, Difusión, Capacitación");
    Line two;
    two.number = 2;
    two.name = QStringLiteral("Tecnología");
    st.lines = {one, two};
    BarrierGroup g1;
    g1.code = g1.sourceCode = QStringLiteral("1.1");
    g1.line = 1;
    g1.heading = QStringLiteral("Falta de información");
    BarrierGroup g2;
    g2.code = QStringLiteral("2.1");
    g2.sourceCode = QStringLiteral("1.1");
    g2.line = 2;
    g2.heading = QStringLiteral("Falta de tecnología");
    st.barrierGroups = {g1, g2};
    st.objectives = {{1, QStringLiteral("Sensibilizar a las empresas"), QStringLiteral("1.1")},
                     {2, QStringLiteral("Difundir experiencias"), QStringLiteral("1.1")},
                     {3, QStringLiteral("Promover tecnologías limpias"), QStringLiteral("2.1")}};
    st.activities = {
        activity(QStringLiteral("1.C1"), QStringLiteral("Realizar talleres regionales"),
                 Horizon::Short, 1, QStringLiteral("1.1")),
        activity(QStringLiteral("1.C2"), QStringLiteral("Publicar una guía"), Horizon::Short, 1,
                 QStringLiteral("1.1"), 2),
        activity(QStringLiteral("2.C1"), QStringLiteral("Difundir casos de éxito"), Horizon::Short,
                 2, QStringLiteral("1.1")),
        activity(QStringLiteral("2.M1"), QStringLiteral("Crear una red de difusión"),
                 Horizon::Medium, 2, QStringLiteral("1.1")),
        activity(QStringLiteral("3.C1"), QStringLiteral("Inventariar tecnologías"), Horizon::Short,
                 3, QStringLiteral("2.1")),
        activity(QStringLiteral("3.C2"), QStringLiteral("=1+2 Formular normas; técnicas"),
                 Horizon::Short, 3, QStringLiteral("2.1")),
    };
    st.actors = {{1, QStringLiteral("Consejo Nacional del Ambiente"), QStringLiteral("CONAM"),
                  ActorGroup::Other},
                 {2, QStringLiteral("Sociedad Nacional de Industrias"), QStringLiteral("SNI"),
                  ActorGroup::BusinessAssociation}};
    s.assignments = {{QStringLiteral("1.C1"), 1, ActorRole::Lead},
                     {QStringLiteral("1.C2"), 2, ActorRole::Support},
                     {QStringLiteral("3.C1"), 2, ActorRole::Lead}};
    s.settings.start = QDate(2026, 1, 1);
    s.updates = {
        update(1, QStringLiteral("1.C1"), QDate(2026, 5, 10), Status::InProgress, 30),
        update(2, QStringLiteral("1.C1"), QDate(2026, 8, 15), Status::InProgress, 60,
               QStringLiteral("<script>alert(1)</script> & más")),
        update(3, QStringLiteral("1.C2"), QDate(2026, 7, 1), Status::Completed, 100,
               QStringLiteral("=HYPERLINK(\"http://x\")")),
        update(4, QStringLiteral("2.C1"), QDate(2026, 9, 30), Status::InProgress, 20),
        update(5, QStringLiteral("2.C1"), QDate(2026, 9, 30), Status::InProgress, 25,
               QStringLiteral("Corrección del mismo día")),
        update(6, QStringLiteral("3.C1"), QDate(2026, 8, 1), Status::Cancelled, 0),
        update(7, QStringLiteral("3.C2"), QDate(2026, 7, 15), Status::InProgress, 10,
               QStringLiteral("retirada"), true),
        update(8, QStringLiteral("3.C2"), QDate(2026, 10, 5), Status::InProgress, 50),
        update(9, QStringLiteral("1.C1"), QDate(2026, 3, 31), Status::InProgress, 10),
    };
    return s;
}

ReportOptions quarterOptions(int year, int quarter, std::optional<int> line,
                             const QString& language)
{
    ReportOptions options;
    options.year = year;
    options.quarter = quarter;
    options.line = line;
    options.language = language;
    options.today = testToday();
    return options;
}

QDate testToday()
{
    return QDate(2026, 10, 8);
}

ReportMeta testMeta()
{
    return {QStringLiteral("/datos/seguimiento-pml.db"), QStringLiteral("Monitora Quispe"),
            QDateTime(QDate(2026, 10, 8), QTime(15, 30), QTimeZone::utc()),
            QStringLiteral("Revisora Flores")};
}

std::optional<QByteArray> runTool(const QString& program, const QStringList& arguments)
{
    if (QStandardPaths::findExecutable(program).isEmpty()) {
        return std::nullopt;
    }
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        return QByteArray(); // ran but failed: callers check for the expected output
    }
    return process.readAllStandardOutput();
}

} // namespace pml::test

namespace pml::test {

QByteArray written(const ReportModel& model, ReportFormat format, const WriteOptions& options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeReport(model, format, buffer, options);
    return buffer.data();
}

QString saved(const QTemporaryDir& dir, const ReportModel& model, ReportFormat format,
              const QString& name)
{
    const QString path = dir.filePath(name);
    writeReportFile(model, format, path);
    return path;
}

std::optional<QString> pdfText(const QString& path, int first, int last)
{
    QStringList arguments;
    if (first > 0) {
        arguments << QStringLiteral("-f") << QString::number(first);
    }
    if (last > 0) {
        arguments << QStringLiteral("-l") << QString::number(last);
    }
    const auto out = runTool(QStringLiteral("pdftotext"), arguments << path << QStringLiteral("-"));
    if (!out) {
        return std::nullopt;
    }
    QString text = QString::fromUtf8(*out);
    text.replace(QChar(0x00a0), QLatin1Char(' '));
    return text.simplified();
}

QString zipEntry(const QString& zip, const QString& entry)
{
    const auto out = runTool(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, entry});
    return out ? QString::fromUtf8(*out) : QString();
}

} // namespace pml::test
