#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace pml {

// The interface languages the program ships are core's languageKeys(): "es" (Spanish,
// the default on a Spanish system) and "en" (English, the source language of every
// string).

// The language to use when the user has chosen none: Spanish on a Spanish system.
QString systemLanguage();
// The locale used for dates and numbers in `language`: the system's own locale when
// it speaks that language (for Spanish: one with a decimal comma), else Spain's
// Spanish (45,3 %) and British English (both write dates day first).
QLocale localeForLanguage(const QString& language);

// Replaces the application's translators (ours and Qt's own qtbase_xx) with those of
// `language` and makes its locale the default. Widgets receive QEvent::LanguageChange.
// Returns false when `language` is not available (nothing changes then).
bool installTranslations(const QString& language);
// The language installed last ("" before the first call).
QString currentLanguage();

// `source` (a string marked with QT_TRANSLATE_NOOP in `context`) in `language`, from the
// program's catalogue, whatever language the interface speaks: a report can be written in
// Spanish from an English window. English, or a string without translation, gives
// `source` itself. Safe to call from any thread.
QString translatedIn(const QString& language, const char* context, const char* source);

} // namespace pml
