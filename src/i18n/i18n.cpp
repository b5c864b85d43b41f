#include "i18n.h"

#include "core/enums.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace pml {

namespace {

struct Installed {
    QString language;
    std::unique_ptr<QTranslator> program;
    std::unique_ptr<QTranslator> qt;
};

Installed& installed()
{
    static Installed state;
    return state;
}

// An installed program reads the catalogues installed beside it, as packages expect; the
// copy built into the program serves the build tree (and an installation without them).
QStringList catalogueFolders()
{
    return {QCoreApplication::applicationDirPath() + QLatin1Char('/') +
                QStringLiteral(PML_TRANSLATIONS_FROM_BINDIR),
            QStringLiteral(":/i18n")};
}

bool loadCatalogue(QTranslator& translator, const QString& language)
{
    const QString name = QStringLiteral("pml-tracker_%1").arg(language);
    for (const QString& folder : catalogueFolders()) {
        if (translator.load(name, folder))
            return true;
    }
    return false;
}

void removeTranslator(std::unique_ptr<QTranslator>& translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator.get());
        translator.reset();
    }
}

} // namespace

QString systemLanguage()
{
    return QLocale::system().language() == QLocale::Spanish ? QStringLiteral("es")
                                                            : QStringLiteral("en");
}

QLocale localeForLanguage(const QString& language)
{
    const QLocale system = QLocale::system();
    if (language == QLatin1String("es")) {
        // The program's Spanish writes numbers with a decimal comma (45,3 %), as the
        // strategy's reports do; Peru's own locale uses a decimal point.
        return system.language() == QLocale::Spanish && system.decimalPoint() == QLatin1String(",")
                   ? system
                   : QLocale(QLocale::Spanish, QLocale::Spain);
    }
    return system.language() == QLocale::English
               ? system
               : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

bool installTranslations(const QString& language)
{
    if (!languageKeys().contains(language))
        return false;
    Installed& state = installed();
    removeTranslator(state.program);
    removeTranslator(state.qt);

    // English is the source language: no translator of ours, but Qt's own English
    // catalogue keeps plural forms of Qt's strings right.
    auto program = std::make_unique<QTranslator>();
    if (language != QLatin1String("en") && loadCatalogue(*program, language)) {
        QCoreApplication::installTranslator(program.get());
        state.program = std::move(program);
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        state.qt = std::move(qt);
    }
    QLocale::setDefault(localeForLanguage(language));
    state.language = language;
    // QApplication posts LanguageChange to every window; deliver it now, so the whole
    // interface speaks the new language when this returns.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    return true;
}

QString currentLanguage()
{
    return installed().language;
}

QString translatedIn(const QString& language, const char* context, const char* source)
{
    // Loaded once and only read afterwards, so any thread may use it.
    static const std::unique_ptr<QTranslator> spanish = [] {
        auto translator = std::make_unique<QTranslator>();
        if (!loadCatalogue(*translator, QStringLiteral("es")))
            translator.reset();
        return translator;
    }();
    if (language == QLatin1String("es") && spanish) {
        const QString text = spanish->translate(context, source);
        if (!text.isEmpty())
            return text;
    }
    return QString::fromUtf8(source);
}

} // namespace pml
