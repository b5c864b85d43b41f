#include "gui/reports/report_dialog.h"

#include "core/error.h"
#include "core/sign_off.h"
#include "gui/document/tracker_document.h"
#include "gui/widgets/error_box.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace pml {
namespace {

const QString quarterKey = QStringLiteral("reports/quarter");
const QString lineKey = QStringLiteral("reports/line");
const QString formatKey = QStringLiteral("reports/format");
const QString languageKey = QStringLiteral("reports/language");
const QString appendixKey = QStringLiteral("reports/appendix");
const QString separatorKey = QStringLiteral("reports/separator");
const QString folderKey = QStringLiteral("reports/folder");

void selectData(QComboBox* combo, const QVariant& value)
{
    const int index = combo->findData(value);
    if (index >= 0) {
        combo->setCurrentIndex(index);
    }
}

} // namespace

ReportDialog::ReportDialog(TrackerDocument* document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
{
    setWindowTitle(tr("Quarterly Progress Report"));
    buildForm();
    fillQuarters();
    restoreChoices();
    m_rebuildTimer = new QTimer(this);
    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(150);
    connect(m_rebuildTimer, &QTimer::timeout, this, &ReportDialog::rebuild);
    m_resizeTimer = new QTimer(this);
    m_resizeTimer->setSingleShot(true);
    m_resizeTimer->setInterval(100);
    connect(m_resizeTimer, &QTimer::timeout, this, &ReportDialog::showPage);
    for (QComboBox* combo : {m_quarter, m_line}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &ReportDialog::periodChanged);
    }
    for (QComboBox* combo : {m_format, m_language, m_separator}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &ReportDialog::choicesChanged);
    }
    for (QLineEdit* name : {m_preparedBy, m_reviewedBy}) {
        connect(name, &QLineEdit::textEdited, this, &ReportDialog::choicesChanged);
    }
    connect(m_appendix, &QCheckBox::toggled, this, &ReportDialog::choicesChanged);
    connect(m_page, &QSpinBox::valueChanged, this, &ReportDialog::showPage);
    // Recorded updates or settings changed in the window: the report follows.
    connect(m_document, &TrackerDocument::progressChanged, this, &ReportDialog::choicesChanged);
    // Tall enough for a page's top half, never taller than a laptop's screen.
    const int available = screen() ? screen()->availableGeometry().height() : 768;
    resize(900, std::min(760, available - 80));
    periodChanged();
}

ReportDialog::~ReportDialog() = default;

void ReportDialog::buildForm()
{
    m_quarter = new QComboBox(this);
    m_line = new QComboBox(this);
    m_line->addItem(tr("Whole strategy"), 0);
    for (const Line& line : m_document->snapshot().strategy.lines) {
        m_line->addItem(QStringLiteral("%1. %2").arg(line.number).arg(line.name), line.number);
    }
    m_format = new QComboBox(this);
    m_format->addItem(tr("PDF document"), QStringLiteral("pdf"));
    m_format->addItem(tr("Excel workbook (XLSX)"), QStringLiteral("xlsx"));
    m_format->addItem(tr("Web page (HTML)"), QStringLiteral("html"));
    m_format->addItem(tr("Activity table (CSV)"), QStringLiteral("csv"));
    m_format->addItem(tr("Data for other tools (JSON)"), QStringLiteral("json"));
    m_language = new QComboBox(this);
    for (const QString& language : languageKeys()) {
        m_language->addItem(languageName(language), language);
    }
    m_appendix = new QCheckBox(tr("Appendix with all activities (PDF, HTML)"), this);
    m_appendix->setChecked(true);
    m_separator = new QComboBox(this);
    m_separator->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_separator->addItem(tr("Semicolon ( ; ), for Spanish Excel"), QStringLiteral(";"));
    m_preparedBy = new QLineEdit(this);
    m_preparedBy->setObjectName(QStringLiteral("preparedBy"));
    m_reviewedBy = new QLineEdit(this);
    m_reviewedBy->setObjectName(QStringLiteral("reviewedBy"));
    m_reviewedBy->setPlaceholderText(tr("Blank: a line to sign by hand"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Quarter:"), m_quarter);
    form->addRow(tr("&Line of action:"), m_line);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("Report &language:"), m_language);
    form->addRow(tr("CSV &separator:"), m_separator);
    form->addRow(QString(), m_appendix);
    form->addRow(tr("Prepared &by:"), m_preparedBy);
    form->addRow(tr("Re&viewed by:"), m_reviewedBy);

    m_page = new QSpinBox(this);
    m_page->setRange(1, 1);
    m_pageCount = new QLabel(this);
    auto* pages = new QHBoxLayout;
    pages->addWidget(new QLabel(tr("Preview page:"), this));
    pages->addWidget(m_page);
    pages->addWidget(m_pageCount);
    pages->addStretch();

    m_pageImage = new QLabel(this);
    m_pageImage->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_pageImage);
    m_scroll->setWidgetResizable(true);
    m_scroll->setBackgroundRole(QPalette::Dark);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    QPushButton* exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    exportButton->setDefault(true);
    connect(print, &QPushButton::clicked, this, &ReportDialog::print);
    connect(exportButton, &QPushButton::clicked, this, &ReportDialog::exportReport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(pages);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
}

// Every quarter from the one the schedule starts in to the current one, latest first.
void ReportDialog::fillQuarters()
{
    const QDate today = m_document->today();
    const Quarter current = quarterOf(today);
    for (const Quarter& quarter : quartersSince(m_document->snapshot().settings.start, today)) {
        QString label = quarterText(quarter);
        if (quarter == current) {
            label += QLatin1Char(' ') + tr("(in progress)");
        }
        m_quarter->addItem(label, quarter.key());
    }
    // The last complete quarter is what a quarterly report is usually about.
    m_quarter->setCurrentIndex(m_quarter->count() > 1 ? 1 : 0);
}

void ReportDialog::restoreChoices()
{
    const QSettings settings;
    if (settings.contains(quarterKey)) {
        selectQuarter(settings.value(quarterKey).toString());
    }
    const int line = settings.value(lineKey, 0).toInt();
    selectData(m_line, m_document->snapshot().strategy.line(line) ? line : 0);
    selectData(m_format, settings.value(formatKey, QStringLiteral("pdf")));
    selectData(m_language, settings.value(languageKey, languageKeys().constFirst()));
    selectData(m_separator, settings.value(separatorKey, QStringLiteral(",")));
    m_appendix->setChecked(settings.value(appendixKey, true).toBool());
}

void ReportDialog::saveChoices() const
{
    QSettings settings;
    settings.setValue(quarterKey, m_quarter->currentData());
    settings.setValue(lineKey, m_line->currentData());
    settings.setValue(formatKey, m_format->currentData());
    settings.setValue(languageKey, m_language->currentData());
    settings.setValue(separatorKey, m_separator->currentData());
    settings.setValue(appendixKey, m_appendix->isChecked());
}

bool ReportDialog::selectQuarter(const QString& key)
{
    const int index = m_quarter->findData(key);
    if (index >= 0) {
        m_quarter->setCurrentIndex(index);
    }
    return index >= 0;
}

void ReportDialog::selectLine(std::optional<int> line)
{
    selectData(m_line, line.value_or(0));
}

void ReportDialog::selectFormat(ReportFormat format)
{
    selectData(m_format, reportFormatKey(format));
}

void ReportDialog::selectLanguage(const QString& language)
{
    selectData(m_language, language);
}

ReportOptions ReportDialog::options() const
{
    const Quarter quarter = parseQuarter(m_quarter->currentData().toString());
    ReportOptions options;
    options.year = quarter.year;
    options.quarter = quarter.number;
    const int line = m_line->currentData().toInt();
    if (line > 0) {
        options.line = line;
    }
    options.language = m_language->currentData().toString();
    options.appendix = m_appendix->isChecked();
    options.today = m_document->today();
    return options;
}

ReportFormat ReportDialog::format() const
{
    return reportFormatFromKey(m_format->currentData().toString()).value_or(ReportFormat::Pdf);
}

WriteOptions ReportDialog::writeOptions() const
{
    WriteOptions options;
    options.separator = m_separator->currentData().toString().at(0);
    return options;
}

void ReportDialog::periodChanged()
{
    // New lines or quarter, new signatories; a name typed by hand lasts until then.
    const ReportOptions chosen = options();
    const SignOff signOff = quarterSignOff(
        m_document->reader().reviewTransitions(chosen.period(), 0), chosen.period(), chosen.line);
    m_preparedBy->setText(signOff.preparedBy.isEmpty() ? m_document->userName()
                                                       : signOff.preparedBy);
    m_reviewedBy->setText(signOff.reviewedBy);
    choicesChanged();
}

QString ReportDialog::preparedBy() const
{
    return m_preparedBy->text().trimmed();
}

QString ReportDialog::reviewedBy() const
{
    return m_reviewedBy->text().trimmed();
}

void ReportDialog::choicesChanged()
{
    m_separator->setEnabled(format() == ReportFormat::Csv);
    m_stale = true;
    saveChoices();
    m_rebuildTimer->start();
}

const ReportModel* ReportDialog::report()
{
    if (m_stale) {
        rebuild();
    }
    return m_model ? &*m_model : nullptr;
}

int ReportDialog::previewPageCount()
{
    report();
    return m_preview ? m_preview->pageCount() : 0;
}

void ReportDialog::rebuild()
{
    m_rebuildTimer->stop();
    m_stale = false;
    m_model.reset();
    m_preview.reset();
    try {
        ReportMeta meta;
        meta.trackerFile = m_document->location().displayName();
        meta.producedBy = preparedBy();
        meta.reviewedBy = reviewedBy();
        meta.producedAt = QDateTime::currentDateTimeUtc();
        m_model = m_document->reader().report(options(), meta);
        m_preview = std::make_unique<ReportPreview>(*m_model);
        m_status->clear();
    } catch (const Error& error) {
        m_model.reset();
        m_status->setText(error.message());
    }
    const int pages = m_preview ? m_preview->pageCount() : 0;
    const QSignalBlocker blocker(m_page);
    m_page->setRange(pages > 0 ? 1 : 0, std::max(pages, 1));
    m_pageCount->setText(tr("of %1").arg(pages));
    showPage();
}

void ReportDialog::showPage()
{
    if (!m_preview) {
        m_pageImage->clear();
        return;
    }
    const int width = std::max(320, m_scroll->viewport()->width() - 24);
    const QImage page = m_preview->page(m_page->value() - 1, width);
    m_pageImage->setPixmap(QPixmap::fromImage(page));
}

void ReportDialog::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    if (m_resizeTimer) {
        m_resizeTimer->start();
    }
}

void ReportDialog::print()
{
    const ReportModel* model = report();
    if (!model) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true); // the report draws its own margins
    printer.setDocName(QFileInfo(suggestedFileName()).completeBaseName());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    try {
        paintReport(*model, printer);
    } catch (const Error& error) {
        showErrorBox(this, windowTitle(), error);
    }
}

QString ReportDialog::suggestedFileName() const
{
    const ReportOptions chosen = options();
    const bool spanish = chosen.language == QLatin1String("es");
    QString name = QStringLiteral("%1-%2-%3%4")
                       .arg(spanish ? QStringLiteral("informe") : QStringLiteral("report"))
                       .arg(chosen.year)
                       .arg(spanish ? QLatin1Char('T') : QLatin1Char('Q'))
                       .arg(chosen.quarter);
    if (chosen.line) {
        name += QStringLiteral("-%1-%2")
                    .arg(spanish ? QStringLiteral("linea") : QStringLiteral("line"))
                    .arg(*chosen.line);
    }
    return name + QLatin1Char('.') + reportFormatKey(format());
}

QString ReportDialog::exportTo(const QString& chosenPath)
{
    const ReportModel* model = report();
    if (!model) {
        return m_status->text();
    }
    const QString path = withReportExtension(format(), chosenPath);
    if (const auto problem = reportFileNameProblem(format(), path)) {
        m_status->setText(*problem);
        showErrorBox(this, tr("Export Report"), *problem);
        return *problem;
    }
    try {
        writeReportFile(*model, format(), path, writeOptions(),
                        m_document->reader().location().filesToProtect());
    } catch (const Error& error) {
        m_status->setText(error.message()); // the sentence alone; details only in the box
        showErrorBox(this, tr("Export Report"), error);
        return error.message();
    }
    m_status->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return {};
}

void ReportDialog::exportReport()
{
    if (!report()) {
        return;
    }
    QSettings settings;
    QString folder = settings.value(folderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    const QString key = reportFormatKey(format());
    const QString filter = tr("%1 files (*.%2)").arg(key.toUpper(), key);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Report"), QDir(folder).filePath(suggestedFileName()), filter);
    if (path.isEmpty()) {
        return;
    }
    settings.setValue(folderKey, QFileInfo(path).absolutePath());
    exportTo(path);
}

} // namespace pml
