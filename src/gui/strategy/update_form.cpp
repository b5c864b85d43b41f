#include "gui/strategy/update_form.h"

#include "core/error.h"
#include "core/messages.h"
#include "gui/document/acting_user.h"
#include "gui/document/tracker_document.h"
#include "gui/widgets/date_text.h"
#include "gui/widgets/edit_notice.h"
#include "ui_update_form.h"

#include <QEvent>

namespace pml {
namespace {

// How the percent field reads for each status (what the status does to it is core's
// percentRule()).
QString percentHint(Status status)
{
    switch (status) {
    case Status::NotStarted:
        return UpdateForm::tr("always 0 %");
    case Status::InProgress:
        return UpdateForm::tr("between 1 and 99 %");
    case Status::Completed:
        return UpdateForm::tr("always 100 %");
    case Status::Suspended:
        return UpdateForm::tr("the percent reached, 0 to 99 %");
    case Status::Cancelled:
        return UpdateForm::tr("keeps the last percent; no longer counts");
    }
    return {};
}

} // namespace

UpdateForm::UpdateForm(TrackerDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_ui(std::make_unique<Ui::UpdateForm>())
{
    m_ui->setupUi(this);
    fillStatuses();
    limitEffectiveDate();
    applyDateFormat(m_ui->dateEdit);
    m_ui->messageLabel->hide();
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this,
            &UpdateForm::applyStatusRules);
    connect(m_ui->recordButton, &QPushButton::clicked, this, &UpdateForm::record);
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, &UpdateForm::effectiveDateChanged);
    // Updates are recorded under the acting user (Preferences or --user): who records is
    // who acts, as the audit log says, so the name is shown, not typed.
    m_ui->recordedByEdit->setReadOnly(true);
    connect(m_document, &TrackerDocument::actingUserChanged, this,
            [this] { setEditable(m_editable); });
}

UpdateForm::~UpdateForm() = default;

void UpdateForm::fillStatuses()
{
    const int current = m_ui->statusCombo->currentIndex();
    const QSignalBlocker blocker(m_ui->statusCombo);
    m_ui->statusCombo->clear();
    for (Status s : allStatuses()) {
        m_ui->statusCombo->addItem(statusName(s), int(s));
    }
    m_ui->statusCombo->setCurrentIndex(qMax(0, current));
}

// The percent in force at the form's effective date, asked of the store: the same
// number it starts from when it resolves a suspension's or cancellation's percent.
int UpdateForm::percentInForce() const
{
    try {
        const QList<StatusUpdate> inForce =
            m_document->reader().updatesInForce(m_ui->dateEdit->date(), {m_code});
        return inForce.isEmpty() ? 0 : inForce.first().percent;
    } catch (const Error&) {
        return 0; // unreadable for a moment: recording will say so, with its reason
    }
}

void UpdateForm::showLock()
{
    // Known before anything is typed: a date in an approved quarter of the line is refused.
    if (!m_editable || !m_canRecord || m_code.isEmpty())
        return;
    const auto locked = m_document->lockedReason(m_code, m_ui->dateEdit->date());
    m_ui->recordButton->setEnabled(!locked);
    if (locked) {
        m_ui->recordButton->setToolTip(*locked);
        m_ui->messageLabel->showMessage(*locked, MessageBanner::Kind::Warning);
    } else {
        allowFor(m_ui->recordButton, *m_document, Operation::RecordUpdate);
        if (m_ui->messageLabel->kind() == MessageBanner::Kind::Warning)
            m_ui->messageLabel->clearMessage();
    }
}

void UpdateForm::effectiveDateChanged()
{
    showLock();
    // A back-dated suspension or cancellation starts from the percent of that date.
    const Status status = currentStatus();
    if (percentRule(status).keepsPercentInForce()) {
        m_rulesStatus.reset();
        applyStatusRules();
    }
}

Status UpdateForm::currentStatus() const
{
    return Status(m_ui->statusCombo->currentData().toInt());
}

void UpdateForm::setActivity(const QString& code, bool force)
{
    const bool same = code == m_code;
    m_code = code;
    const auto& activities = m_document->progress().activities;
    const auto it = activities.constFind(code);
    m_lastPercent = it != activities.constEnd() ? it->percent : 0;
    if (!same || force) {
        resetFields();
        m_ui->messageLabel->hide();
    }
    // Today may have moved on since the form was filled (a window left open overnight).
    limitEffectiveDate();
    showLock();
}

void UpdateForm::limitEffectiveDate()
{
    const DateRange range = effectiveDateRange(m_document->today());
    m_ui->dateEdit->setDateRange(range.earliest, range.latest);
}

void UpdateForm::resetFields()
{
    const auto& activities = m_document->progress().activities;
    const auto it = activities.constFind(m_code);
    const Status status = it != activities.constEnd() ? it->status : Status::NotStarted;
    {
        const QSignalBlocker blocker(m_ui->statusCombo);
        m_ui->statusCombo->setCurrentIndex(m_ui->statusCombo->findData(int(status)));
    }
    m_ui->percentSpin->setRange(0, 100);
    m_ui->percentSpin->setValue(m_lastPercent);
    m_rulesStatus.reset();
    applyStatusRules();
    limitEffectiveDate();
    m_ui->dateEdit->setDate(m_document->today());
    m_ui->noteEdit->clear();
}

void UpdateForm::applyStatusRules()
{
    QSpinBox* spin = m_ui->percentSpin;
    const int typed = spin->value();
    const Status status = currentStatus();
    // Defaults apply when the status changes, not on every refresh of the form.
    const bool changed = !m_rulesStatus || *m_rulesStatus != status;
    m_rulesStatus = status;
    const PercentRule rule = percentRule(status);
    spin->setRange(rule.range.minimum, rule.range.maximum);
    if (rule.keepsPercentInForce()) {
        if (changed) {
            spin->setValue(resolvePercent(status, std::nullopt, percentInForce()).percent);
        }
    } else {
        spin->setValue(qBound(rule.range.minimum, typed, rule.range.maximum));
    }
    m_ui->percentHint->setText(percentHint(status));
    const bool editablePercent =
        rule.input == PercentInput::Required || rule.input == PercentInput::Optional;
    spin->setEnabled(m_editable && m_canRecord && editablePercent);
}

void UpdateForm::setEditable(bool editable)
{
    m_editable = editable;
    m_canRecord = !m_document->permissionProblem(Operation::RecordUpdate);
    for (QWidget* w :
         {static_cast<QWidget*>(m_ui->statusCombo), static_cast<QWidget*>(m_ui->dateEdit),
          static_cast<QWidget*>(m_ui->noteEdit), static_cast<QWidget*>(m_ui->recordButton)}) {
        w->setEnabled(editable && m_canRecord);
    }
    m_ui->recordedByEdit->setText(m_document->userName());
    m_ui->recordedByEdit->setToolTip(
        tr("Updates are recorded under the acting user; change it in Preferences."));
    if (editable) {
        allowFor(m_ui->recordButton, *m_document, Operation::RecordUpdate);
    }
    applyStatusRules();
    showLock();
}

void UpdateForm::showMessage(const QString& text, bool error)
{
    m_ui->messageLabel->showMessage(text,
                                    error ? MessageBanner::Kind::Error : MessageBanner::Kind::Info);
}

void UpdateForm::record()
{
    if (!m_editable || m_code.isEmpty()) {
        return;
    }
    UpdateRequest request;
    request.activity = m_code;
    request.effectiveDate = m_ui->dateEdit->date();
    request.status = currentStatus();
    if (percentRule(request.status).acceptsPercent()) {
        request.percent = m_ui->percentSpin->value();
    }
    request.note = m_ui->noteEdit->toPlainText().trimmed();
    if (const EditResult result = m_document->recordUpdates({request}); !result.done()) {
        showMessage(result.refusal, true);
        return;
    }
    setActivity(m_code, true);
    showMessage(tr("Update recorded. Undo with Ctrl+Z."), false);
}

void UpdateForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        applyDateFormat(m_ui->dateEdit);
        fillStatuses();
        applyStatusRules();
    }
    QWidget::changeEvent(event);
}

} // namespace pml
