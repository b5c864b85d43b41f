#pragma once

#include "core/progress.h"
#include "core/settings.h"

#include <QDialog>

#include <memory>
#include <optional>

class QTimer;
namespace Ui {
class PreferencesDialog;
}

namespace pml {

class TrackerDocument;

// Language, the acting user (who changes are recorded under), and the tracker's settings with an
// immediate preview of their effect on the figures. OK applies: the language at once
// (every window retranslates), the settings as one undoable change.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    // `document` may be null (no tracker open: only the general preferences).
    explicit PreferencesDialog(TrackerDocument* document, QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    QString language() const;
    void setLanguage(const QString& language);
    QString userName() const;
    void setUserName(const QString& name);
    Settings editedSettings() const;
    void setEditedSettings(const Settings& settings);
    // Problem with the edited settings (OK is disabled meanwhile); empty when valid.
    QString validationMessage() const;
    // The figures computed with the edited settings, once the preview is up to date.
    const Progress& previewProgress() const { return m_preview; }
    void updatePreviewNow();

    void accept() override;

    static QString savedLanguage(); // QSettings "ui/language", else the system's
    static QString savedUserName(); // QSettings "user/name", else the system user

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void settingsEdited();
    // Why the acting user may not change the tracker's settings; none when they may.
    std::optional<QString> settingsBlockedReason() const;
    void enableSettingsFields();
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    TrackerDocument* m_document;
    QTimer* m_previewTimer;
    Progress m_preview;
    QString m_validation;
    QString m_shownUserName; // saved only when the user changed it
};

} // namespace pml
