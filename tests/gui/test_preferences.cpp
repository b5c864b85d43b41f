#include "core/clock.h"
#include "gui/settings/preferences_dialog.h"
#include "gui_fixtures.h"

#include <QSettings>

#include <catch2/catch.hpp>

using namespace pml;
using namespace pml::test;

TEST_CASE("preferences preview the effect of edited settings before applying them", "[preferences]")
{
    TempTracker tracker;
    auto document = tracker.open();
    REQUIRE(document->recordUpdates({updateRequest(QStringLiteral("1.C1"), Status::InProgress, 20)})
                .done());
    PreferencesDialog dialog(document.get());
    Settings edited = document->snapshot().settings;
    edited.start = pml::today().addYears(-1).addDays(-1); // schedule a year further on
    dialog.setEditedSettings(edited);
    REQUIRE(dialog.validationMessage().isEmpty());
    Snapshot copy = document->snapshot();
    copy.settings = edited;
    const Progress expected = computeProgress(copy, document->asOf());
    REQUIRE(dialog.previewProgress().strategy.planned == expected.strategy.planned);
    REQUIRE(dialog.previewProgress().strategy.planned != document->progress().strategy.planned);
    // Nothing is applied before OK.
    REQUIRE(document->snapshot().settings != edited);

    dialog.accept();
    REQUIRE(storeOf(*document).settings() == edited);
    REQUIRE(document->undoStack()->count() == 2);
    document->undoStack()->undo();
    REQUIRE(storeOf(*document).settings() != edited);
}

TEST_CASE("preferences show the core's validation message and refuse invalid settings",
          "[preferences]")
{
    TempTracker tracker;
    auto document = tracker.open();
    PreferencesDialog dialog(document.get());
    Settings edited = document->snapshot().settings;
    edited.atRiskGap = 30;
    edited.lateGap = 10; // at-risk gap above late gap
    dialog.setEditedSettings(edited);
    REQUIRE(dialog.validationMessage() == validateSettings(edited).value_or(QString()));
    REQUIRE_FALSE(dialog.validationMessage().isEmpty());
    dialog.accept();
    REQUIRE(storeOf(*document).settings() != edited);
    REQUIRE(document->undoStack()->count() == 0);
}

TEST_CASE("the acting user comes from preferences and must be listed in the tracker",
          "[preferences][people]")
{
    // The saved name would follow the next tests' windows: remove it afterwards.
    struct ForgetName {
        ~ForgetName() { QSettings().remove(QStringLiteral("user/name")); }
    } forget;
    TempTracker tracker;
    auto document = tracker.open();
    {
        // Not listed: the store refuses, naming the person and how to list them.
        PreferencesDialog dialog(document.get());
        dialog.setUserName(QStringLiteral("Pedro Ramos"));
        dialog.accept();
        REQUIRE(document->userName() == QStringLiteral("Pedro Ramos"));
        const EditResult refused =
            document->recordUpdates({updateRequest(QStringLiteral("2.C1"), Status::Completed, {})});
        REQUIRE_FALSE(refused.done());
        REQUIRE(refused.refusal.contains(QStringLiteral("\"Pedro Ramos\" is not among")));
        REQUIRE(storeOf(*document).history().isEmpty());
    }
    addPerson(*document, QStringLiteral("María Quispe"), {Role::Monitor});
    PreferencesDialog dialog(document.get());
    REQUIRE(dialog.userName() == QStringLiteral("Pedro Ramos"));
    dialog.setUserName(QStringLiteral("María Quispe"));
    dialog.accept();
    REQUIRE(document->userName() == QStringLiteral("María Quispe"));
    REQUIRE(storeOf(*document).actingUser() == QStringLiteral("María Quispe"));
    REQUIRE(PreferencesDialog::savedUserName() == QStringLiteral("María Quispe"));
    REQUIRE(document->actingRoles() == QList<Role>{Role::Monitor});
    REQUIRE(document->recordUpdates({updateRequest(QStringLiteral("2.C1"), Status::Completed, {})})
                .done());
    REQUIRE(storeOf(*document).history().first().recordedBy == QStringLiteral("María Quispe"));
    REQUIRE(storeOf(*document).auditLog().last().recordedBy == QStringLiteral("María Quispe"));
}

TEST_CASE("only a user who may change settings can edit them; the tooltip names the role",
          "[preferences][people]")
{
    TempTracker tracker;
    auto document = tracker.open();
    const auto fields = [](const PreferencesDialog& dialog) {
        QList<QWidget*> found;
        for (const char* name : {"startDateEdit", "shortYearsSpin", "mediumYearsSpin",
                                 "longYearsSpin", "rollupCombo", "atRiskSpin", "lateSpin"})
            found.append(dialog.findChild<QWidget*>(QLatin1String(name)));
        return found;
    };
    actAs(*document, QStringLiteral("Ana Quispe"), {Role::Monitor});
    {
        PreferencesDialog dialog(document.get());
        for (QWidget* field : fields(dialog)) {
            REQUIRE(field != nullptr);
            REQUIRE_FALSE(field->isEnabled());
            REQUIRE(field->toolTip().contains(QStringLiteral("admin role")));
        }
    }
    actAs(*document, QStringLiteral("Luis Rojas"), {Role::Admin});
    PreferencesDialog dialog(document.get());
    for (QWidget* field : fields(dialog)) {
        REQUIRE(field->isEnabled());
        REQUIRE(field->toolTip().isEmpty());
    }
}
