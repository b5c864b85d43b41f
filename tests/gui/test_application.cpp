// The window's last resort for exceptions no slot caught, and the shared message banner.
#include "gui/application.h"
#include "gui/widgets/message_banner.h"

#include <QMessageBox>
#include <QTimer>

#include <catch2/catch.hpp>
#include <stdexcept>

using namespace pml;

namespace {

QMessageBox* unexpectedErrorBox()
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == QLatin1String("unexpectedErrorBox") && widget->isVisible())
            return qobject_cast<QMessageBox*>(widget);
    }
    return nullptr;
}

} // namespace

TEST_CASE("a slot that throws does not end the program; the user reads a sentence", "[window]")
{
    REQUIRE(qobject_cast<Application*>(QCoreApplication::instance()) != nullptr);
    bool ran = false;
    QTimer::singleShot(0, [&ran] {
        ran = true;
        throw std::runtime_error("sqlite3_step: disk I/O error 0x1a");
    });
    QCoreApplication::processEvents();
    REQUIRE(ran);
    QMessageBox* box = unexpectedErrorBox();
    REQUIRE(box != nullptr);
    // A sentence for the user; the library's text only in the details.
    REQUIRE(box->text() == unexpectedErrorSentence());
    REQUIRE_FALSE(box->text().contains(QStringLiteral("sqlite3_step")));
    REQUIRE(box->detailedText().contains(QStringLiteral("disk I/O error 0x1a")));
    box->close();
    // The event loop goes on.
    bool later = false;
    QTimer::singleShot(0, [&later] { later = true; });
    QCoreApplication::processEvents();
    REQUIRE(later);
}

TEST_CASE("the message banner shows each kind word-wrapped, named for screen readers", "[widgets]")
{
    QWidget page;
    auto& banner = *new MessageBanner(&page);
    page.show();
    REQUIRE_FALSE(banner.isVisible()); // empty: hidden within its page
    REQUIRE(banner.wordWrap());
    banner.showMessage(QStringLiteral("The date is after today."), MessageBanner::Kind::Error);
    REQUIRE(banner.isVisible());
    REQUIRE(banner.text() == QStringLiteral("The date is after today."));
    REQUIRE(banner.accessibleName() == MessageBanner::kindName(MessageBanner::Kind::Error));
    REQUIRE(banner.accessibleDescription() == banner.text());
    const QString errorStyle = banner.styleSheet();
    banner.showInfo(QStringLiteral("Recorded."));
    REQUIRE(banner.kind() == MessageBanner::Kind::Info);
    REQUIRE(banner.styleSheet() != errorStyle);
    banner.clearMessage();
    REQUIRE_FALSE(banner.isVisible());
}
