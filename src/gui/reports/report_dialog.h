#pragma once

#include "report/report_model.h"
#include "report/report_writers.h"

#include <QDialog>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QScrollArea;
class QSpinBox;
class QTimer;

namespace pml {

class TrackerDocument;

// Reports → Quarterly report: choose the quarter, the line (or the whole strategy),
// format, language and options; preview the report's pages; print them or export the
// report to a file (written atomically). The choices are remembered (QSettings
// "reports/…").
class ReportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ReportDialog(TrackerDocument* document, QWidget* parent = nullptr);
    ~ReportDialog() override;

    // The current choices.
    ReportOptions options() const;
    ReportFormat format() const;
    WriteOptions writeOptions() const;
    // Selects a quarter ("2026-Q3") when it is in the list; returns whether it was.
    bool selectQuarter(const QString& key);
    void selectLine(std::optional<int> line);
    void selectFormat(ReportFormat format);
    void selectLanguage(const QString& language);
    // The sign-off names: by default those who submitted and approved the quarter's lines
    // (the acting user prepares when no line is submitted); the user may change them.
    QString preparedBy() const;
    QString reviewedBy() const;

    // The report for the current choices (rebuilt at once if choices changed), or null
    // when it could not be built (the dialog shows why).
    const ReportModel* report();
    int previewPageCount();
    // Writes the report to `path` in the chosen format; on failure shows the message (with
    // what the library said in the error box's details part) and returns the message
    // (empty on success).
    QString exportTo(const QString& path);
    // The file name the export dialog proposes, e.g. "informe-2026-T3.pdf".
    QString suggestedFileName() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void buildForm();
    void fillQuarters();
    void restoreChoices();
    void saveChoices() const;
    void choicesChanged();
    void periodChanged();
    void rebuild();
    void showPage();
    void print();
    void exportReport();

    TrackerDocument* m_document;
    std::optional<ReportModel> m_model;
    std::unique_ptr<ReportPreview> m_preview;
    bool m_stale = true;

    QComboBox* m_quarter = nullptr;
    QComboBox* m_line = nullptr;
    QComboBox* m_format = nullptr;
    QComboBox* m_language = nullptr;
    QCheckBox* m_appendix = nullptr;
    QLineEdit* m_preparedBy = nullptr;
    QLineEdit* m_reviewedBy = nullptr;
    QComboBox* m_separator = nullptr;
    QSpinBox* m_page = nullptr;
    QLabel* m_pageCount = nullptr;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_pageImage = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_rebuildTimer = nullptr;
    QTimer* m_resizeTimer = nullptr;
};

} // namespace pml
