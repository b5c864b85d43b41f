#pragma once

#include <QMetaObject>
#include <QString>

namespace pml {

class TrackerDocument;

// Why the document cannot be edited right now, as a sentence for the user
// ("Read-only tracker", "Viewing 30/06/2026: editing is possible only as of today");
// empty when editing is possible.
QString editBlockedReason(const TrackerDocument* document);

// Catches the document's editRefused() message while it lives, so a form can show the
// refusal of its own edit inline (the document emits it synchronously).
class RefusalCatcher {
public:
    explicit RefusalCatcher(TrackerDocument* document);
    ~RefusalCatcher();
    RefusalCatcher(const RefusalCatcher&) = delete;
    RefusalCatcher& operator=(const RefusalCatcher&) = delete;

    bool refused() const { return !m_message.isEmpty(); }
    const QString& message() const { return m_message; }

private:
    QString m_message;
    QMetaObject::Connection m_connection;
};

} // namespace pml
