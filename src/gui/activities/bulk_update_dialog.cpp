#include "gui/activities/bulk_update_dialog.h"

#include "gui/document/tracker_document.h"
#include "gui/widgets/date_text.h"
#include "ui_bulk_update_dialog.h"

#include <QEvent>
#include <QPushButton>

namespace pml {

BulkUpdateDialog::BulkUpdateDialog(TrackerDocument* document, const QStringList& codes,
                                   QWidget* parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::BulkUpdateDialog>())
    , m_document(document)
    , m_codes(codes)
{
    ui->setupUi(this);
    for (Status s : allStatuses()) {
        ui->statusCombo->addItem(statusName(s), int(s));
    }
    setStatus(Status::InProgress);
    ui->percentSpin->setValue(50);
    const DateRange dates = effectiveDateRange(document->today());
    ui->dateEdit->setDateRange(dates.earliest, dates.latest);
    ui->dateEdit->setDate(document->today());
    // Recorded under the acting user, as every change (see UpdateForm).
    ui->recordedByEdit->setText(document->userName());
    ui->recordedByEdit->setReadOnly(true);
    connect(ui->statusCombo, &QComboBox::currentIndexChanged, this,
            &BulkUpdateDialog::statusChosen);
    connect(ui->keepPercentCheck, &QCheckBox::toggled, this, &BulkUpdateDialog::statusChosen);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &BulkUpdateDialog::accept);
    retranslate();
    statusChosen();
}

BulkUpdateDialog::~BulkUpdateDialog() = default;

void BulkUpdateDialog::retranslate()
{
    ui->retranslateUi(this);
    applyDateFormat(ui->dateEdit);
    for (int i = 0; i < ui->statusCombo->count(); ++i) {
        ui->statusCombo->setItemText(i, statusName(Status(ui->statusCombo->itemData(i).toInt())));
    }
    QStringList shown = m_codes.mid(0, 12);
    if (m_codes.size() > shown.size()) {
        shown << QStringLiteral("…");
    }
    ui->summaryLabel->setText(tr("Records the same status update for each of the %n selected "
                                 "activities (%1). One undo reverts them all.",
                                 nullptr, int(m_codes.size()))
                                  .arg(shown.join(QStringLiteral(", "))));
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Record updates"));
}

void BulkUpdateDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

Status BulkUpdateDialog::status() const
{
    return Status(ui->statusCombo->currentData().toInt());
}

void BulkUpdateDialog::setStatus(Status status)
{
    ui->statusCombo->setCurrentIndex(ui->statusCombo->findData(int(status)));
}

void BulkUpdateDialog::setPercent(int percent)
{
    ui->keepPercentCheck->setChecked(false);
    ui->percentSpin->setValue(percent);
}

void BulkUpdateDialog::setNote(const QString& note)
{
    ui->noteEdit->setPlainText(note);
}

void BulkUpdateDialog::statusChosen()
{
    const PercentRule rule = percentRule(status());
    const bool optional = rule.input == PercentInput::Optional;
    ui->keepPercentCheck->setVisible(optional);
    if (rule.acceptsPercent()) {
        ui->percentSpin->setRange(rule.range.minimum, rule.range.maximum);
    }
    const bool free =
        rule.input == PercentInput::Required || (optional && !ui->keepPercentCheck->isChecked());
    ui->percentSpin->setEnabled(free);
    ui->percentSpin->setVisible(rule.acceptsPercent());
    ui->percentLabel->setVisible(rule.acceptsPercent());
}

QList<UpdateRequest> BulkUpdateDialog::requests() const
{
    const Status s = status();
    const PercentRule rule = percentRule(s);
    std::optional<int> percent;
    const bool kept = rule.input == PercentInput::Optional && ui->keepPercentCheck->isChecked();
    if (rule.acceptsPercent() && !kept) {
        percent = ui->percentSpin->value();
    }
    QList<UpdateRequest> list;
    list.reserve(m_codes.size());
    for (const QString& code : m_codes) {
        UpdateRequest r;
        r.activity = code;
        r.effectiveDate = ui->dateEdit->date();
        r.status = s;
        r.percent = percent;
        r.note = ui->noteEdit->toPlainText().trimmed();
        r.recordedBy = ui->recordedByEdit->text().trimmed();
        list.append(r);
    }
    return list;
}

QString BulkUpdateDialog::problem() const
{
    const QList<UpdateRequest> list = requests();
    if (list.isEmpty()) {
        return tr("No activity is selected.");
    }
    if (auto error = validateEffectiveDate(list.first().effectiveDate, m_document->today())) {
        return *error;
    }
    if (list.first().recordedBy.isEmpty()) {
        return tr("Say who records these updates.");
    }
    const Progress& progress = m_document->progress();
    for (const UpdateRequest& r : list) {
        const int previous = progress.activities.value(r.activity).percent;
        const ResolvedPercent resolved = resolvePercent(r.status, r.percent, previous);
        if (resolved.error) {
            return QStringLiteral("%1: %2").arg(r.activity, *resolved.error);
        }
    }
    return {};
}

void BulkUpdateDialog::accept()
{
    const QString message = problem();
    if (!message.isEmpty()) {
        ui->problemLabel->showError(message);
        return;
    }
    QDialog::accept();
}

} // namespace pml
