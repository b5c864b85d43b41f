#include "gui/settings/preferences_dialog.h"

#include "core/enums.h"
#include "core/permissions.h"
#include "core/user.h"
#include "gui/as_of_toolbar.h"
#include "gui/document/acting_user.h"
#include "gui/document/tracker_document.h"
#include "gui/settings/settings_preview.h"
#include "gui/widgets/date_text.h"
#include "i18n/i18n.h"
#include "ui_preferences_dialog.h"

#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTimer>

namespace pml {

namespace {

const QString languageKey = QStringLiteral("ui/language");
const QString userNameKey = QStringLiteral("user/name");

} // namespace

QString PreferencesDialog::savedLanguage()
{
    const QString saved = QSettings().value(languageKey).toString();
    return languageKeys().contains(saved) ? saved : systemLanguage();
}

QString PreferencesDialog::savedUserName()
{
    const QString saved = QSettings().value(userNameKey).toString().trimmed();
    return saved.isEmpty() ? systemUserName() : saved;
}

PreferencesDialog::PreferencesDialog(TrackerDocument* document, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
    , m_document(document)
    , m_previewTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    // Language names stay in their own language, so anyone can find theirs.
    for (const QString& language : languageKeys())
        m_ui->languageCombo->addItem(languageName(language), language);
    m_ui->rollupCombo->addItem(QString(), QVariant::fromValue(int(RollupMode::Objectives)));
    m_ui->rollupCombo->addItem(QString(), QVariant::fromValue(int(RollupMode::Activities)));
    setLanguage(currentLanguage().isEmpty() ? savedLanguage() : currentLanguage());
    setUserName(document ? document->userName() : actingUserName());
    m_shownUserName = userName();

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150); // wait for the user to stop typing
    connect(m_previewTimer, &QTimer::timeout, this, &PreferencesDialog::updatePreviewNow);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);

    m_ui->trackerTab->setEnabled(document != nullptr);
    enableSettingsFields();
    if (document)
        setEditedSettings(document->snapshot().settings);

    connect(m_ui->startDateEdit, &QDateEdit::dateChanged, this, &PreferencesDialog::settingsEdited);
    for (QSpinBox* spin : {m_ui->shortYearsSpin, m_ui->mediumYearsSpin, m_ui->longYearsSpin})
        connect(spin, &QSpinBox::valueChanged, this, &PreferencesDialog::settingsEdited);
    for (QDoubleSpinBox* spin : {m_ui->atRiskSpin, m_ui->lateSpin})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &PreferencesDialog::settingsEdited);
    connect(m_ui->rollupCombo, &QComboBox::currentIndexChanged, this,
            &PreferencesDialog::settingsEdited);
    retranslate(); // also computes the preview
}

PreferencesDialog::~PreferencesDialog() = default;

std::optional<QString> PreferencesDialog::settingsBlockedReason() const
{
    if (!m_document)
        return std::nullopt;
    return m_document->editBlockedReason(Operation::ChangeSettings);
}

void PreferencesDialog::enableSettingsFields()
{
    // The store refuses settings from anyone but an admin: a user who may not change them
    // is not invited to fill in the form first. The tooltip names the role needed.
    const std::optional<QString> refused = settingsBlockedReason();
    const bool editable = m_document && !refused;
    for (QWidget* field :
         {static_cast<QWidget*>(m_ui->startDateEdit), static_cast<QWidget*>(m_ui->shortYearsSpin),
          static_cast<QWidget*>(m_ui->mediumYearsSpin), static_cast<QWidget*>(m_ui->longYearsSpin),
          static_cast<QWidget*>(m_ui->rollupCombo), static_cast<QWidget*>(m_ui->atRiskSpin),
          static_cast<QWidget*>(m_ui->lateSpin)}) {
        field->setEnabled(editable);
        field->setToolTip(refused.value_or(QString()));
    }
}

QString PreferencesDialog::language() const
{
    return m_ui->languageCombo->currentData().toString();
}

void PreferencesDialog::setLanguage(const QString& language)
{
    const int index = m_ui->languageCombo->findData(language);
    if (index >= 0)
        m_ui->languageCombo->setCurrentIndex(index);
}

QString PreferencesDialog::userName() const
{
    return m_ui->userNameEdit->text().trimmed();
}

void PreferencesDialog::setUserName(const QString& name)
{
    m_ui->userNameEdit->setText(name);
}

Settings PreferencesDialog::editedSettings() const
{
    Settings settings = m_document ? m_document->snapshot().settings : Settings{};
    settings.start = m_ui->startDateEdit->date();
    settings.shortYears = m_ui->shortYearsSpin->value();
    settings.mediumYears = m_ui->mediumYearsSpin->value();
    settings.longYears = m_ui->longYearsSpin->value();
    settings.mode = RollupMode(m_ui->rollupCombo->currentData().toInt());
    settings.atRiskGap = m_ui->atRiskSpin->value();
    settings.lateGap = m_ui->lateSpin->value();
    return settings;
}

void PreferencesDialog::setEditedSettings(const Settings& settings)
{
    m_ui->startDateEdit->setDate(settings.start);
    m_ui->shortYearsSpin->setValue(settings.shortYears);
    m_ui->mediumYearsSpin->setValue(settings.mediumYears);
    m_ui->longYearsSpin->setValue(settings.longYears);
    m_ui->rollupCombo->setCurrentIndex(m_ui->rollupCombo->findData(int(settings.mode)));
    m_ui->atRiskSpin->setValue(settings.atRiskGap);
    m_ui->lateSpin->setValue(settings.lateGap);
    updatePreviewNow();
}

QString PreferencesDialog::validationMessage() const
{
    return m_validation;
}

void PreferencesDialog::settingsEdited()
{
    m_previewTimer->start();
}

void PreferencesDialog::updatePreviewNow()
{
    m_previewTimer->stop();
    if (!m_document)
        return;
    const Settings settings = editedSettings();
    const auto problem = validateSettings(settings);
    m_validation = problem.value_or(QString());
    m_ui->validationLabel->showError(m_validation);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_validation.isEmpty());
    if (problem) {
        m_ui->previewLabel->setText(tr("No preview: the settings are not valid."));
        return;
    }
    // The engine itself shows the effect; a big tracker takes a moment here.
    m_preview = progressWithSettings(m_document->snapshot(), settings, m_document->asOf());
    m_ui->previewLabel->setText(
        previewHtml(previewRows(m_document->snapshot(), m_document->progress(), m_preview)));
}

void PreferencesDialog::accept()
{
    updatePreviewNow();
    if (!m_validation.isEmpty())
        return;
    QSettings settings;
    const QString chosen = language();
    settings.setValue(languageKey, chosen);
    if (chosen != currentLanguage())
        installTranslations(chosen); // every widget receives LanguageChange
    // Only a name the user changed is saved: one given with --user stays for the session.
    const bool userChanged = userName() != m_shownUserName;
    if (userChanged) {
        settings.setValue(userNameKey, userName());
        setSessionUser({});
    }
    if (m_document) {
        if (userChanged)
            m_document->setUserName(actingUserName());
        const Settings edited = editedSettings();
        if (!m_document->editBlockedReason(Operation::ChangeSettings) &&
            edited != m_document->latestSnapshot().settings) {
            // One undoable change; a refusal keeps the dialog open to correct it.
            if (const EditResult result = m_document->setSettings(edited); !result.done()) {
                QMessageBox::warning(this, tr("Change Refused"), result.refusal);
                return;
            }
        }
    }
    QDialog::accept();
}

void PreferencesDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void PreferencesDialog::retranslate()
{
    m_ui->rollupCombo->setItemText(0, rollupModeName(RollupMode::Objectives));
    m_ui->rollupCombo->setItemText(1, rollupModeName(RollupMode::Activities));
    setLocale(QLocale()); // spin boxes and date field follow
    m_ui->startDateEdit->setDisplayFormat(dateEditFormat());
    if (!m_document) {
        m_ui->trackerNotice->setText(tr("No tracker is open."));
    } else if (const auto blocked = m_document->editBlockedReason(Operation::ChangeSettings)) {
        m_ui->trackerNotice->setText(*blocked);
    } else {
        m_ui->trackerNotice->setText(
            tr("These settings apply to the whole tracker and every as-of date. The preview "
               "shows their effect before you apply them; the change can be undone."));
    }
    updatePreviewNow();
}

} // namespace pml
