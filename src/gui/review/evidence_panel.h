#pragma once

#include "core/evidence.h"
#include "gui/document/tracker_document.h"
#include "gui/widgets/message_banner.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QMimeType;
class QPushButton;
class QTreeWidget;

namespace pml {

// What an evidence panel lists, and what evidence added there supports.
struct EvidenceTarget {
    QList<qint64> updates;          // their evidence is listed
    std::optional<Quarter> quarter; // with `line`: the line's quarter, listed too
    int line = 0;
    std::optional<qint64> addToUpdate; // new evidence supports this update, else the quarter
    // Why evidence cannot be added or withdrawn here (core's sentence: an approved or
    // submitted quarter); the buttons are disabled with it as their tooltip.
    std::optional<QString> blockedReason;
    bool isEmpty() const { return updates.isEmpty() && !quarter; }
};

// A list of evidence (files kept in the tracker, and links) with Add file…, Add link…,
// Open and Withdraw. Evidence is never deleted: a withdrawn one stays listed, struck
// out, with its reason. Refusals from the store show in the panel's message line.
class EvidencePanel : public QWidget {
    Q_OBJECT
public:
    enum Column { NameColumn, SupportsColumn, SizeColumn, ByColumn, AtColumn, ColumnCount };

    explicit EvidencePanel(TrackerDocument* document, QWidget* parent = nullptr);

    void setTarget(const EvidenceTarget& target);
    const EvidenceTarget& target() const { return m_target; }
    void refresh();
    QTreeWidget* list() const { return m_list; }
    QLabel* message() const { return m_message; }
    QPushButton* addFileButton() const { return m_addFile; }
    QPushButton* addLinkButton() const { return m_addLink; }
    QPushButton* openButton() const { return m_open; }
    QPushButton* withdrawButton() const { return m_withdraw; }
    const QList<Evidence>& evidence() const { return m_evidence; }
    qint64 selectedEvidence() const; // 0: none

    // The steps behind the buttons, without dialogs (the buttons ask, then call these).
    EditResult addFile(const QString& path);
    EditResult addLink(const QString& url);
    EditResult withdraw(qint64 evidence, const QString& reason);
    // Opens a link in the browser, after checking it again and showing its address for
    // confirmation, or a file in its application after copying it out of the tracker
    // into a private temporary folder. Returns the refusal, if any.
    QString open(qint64 evidence);
    // Asks whether to open the link at this address; by default a question box.
    void setLinkConfirmation(std::function<bool(const QString& address)> confirm);
    // Whether an application opens files of a type; by default the desktop's lists
    // (hasApplicationFor()). When none does, open() says so and the button offers to
    // save a copy instead.
    void setApplicationCheck(std::function<bool(const QMimeType&)> check);
    // Writes the file of evidence `id` to `path` (a new file, written whole or not at
    // all; never a tracker). Returns the refusal, if any.
    QString saveCopy(qint64 id, const QString& path);
    // The evidence open() last found no application for (0: none).
    qint64 unopenable() const { return m_unopenable; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateButtons();
    void showResult(const EditResult& result, const QString& done);
    void askFile();
    void askLink();
    void askWithdraw();
    bool askToOpenLink(const QString& address);
    void offerCopy(qint64 id, const QString& why);
    // Adds the request to this panel's target and shows the list again.
    EditResult submit(EvidenceRequest request);

    TrackerDocument* m_document;
    EvidenceTarget m_target;
    QList<Evidence> m_evidence;
    QTreeWidget* m_list;
    MessageBanner* m_message;
    QPushButton* m_addFile;
    QPushButton* m_addLink;
    QPushButton* m_open;
    QPushButton* m_withdraw;
    std::function<bool(const QString&)> m_confirmLink;
    std::function<bool(const QMimeType&)> m_hasApplication;
    qint64 m_unopenable = 0;
};

// The file of evidence `id` copied out of the tracker into a private temporary folder
// (removed when the program ends), for opening it; throws pml::Error.
QString extractEvidence(const TrackerReader& tracker, const Evidence& evidence);

} // namespace pml
