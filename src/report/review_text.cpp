#include "core/audit.h"
#include "report_text.h"

#include <QLocale>

namespace pml {

QString ReportText::reviewState(ReviewState state) const
{
    switch (state) {
    case ReviewState::Open:
        return (*this)(Phrase::ReviewOpen);
    case ReviewState::Submitted:
        return (*this)(Phrase::ReviewSubmitted);
    case ReviewState::Returned:
        return (*this)(Phrase::ReviewReturned);
    case ReviewState::Approved:
        return (*this)(Phrase::ReviewApproved);
    }
    return {};
}

QString ReportText::reviewSummary(const LineReview& review) const
{
    if (review.state != ReviewState::Approved) {
        return reviewState(review.state);
    }
    QString text = (*this)(Phrase::ApprovedByOn)
                       .arg(review.approvedBy, date(review.approvedAt.toLocalTime().date()));
    if (review.reopened) {
        text += QStringLiteral(" (%1)").arg((*this)(Phrase::ReopenedAndApproved));
    }
    return text;
}

QString ReportText::lineReviewSummary(const LineReview& review) const
{
    return QStringLiteral("%1 %2: %3")
        .arg((*this)(Phrase::Line))
        .arg(review.line)
        .arg(reviewSummary(review));
}

QStringList ReportText::reviewSentences(const ReportModel& model, const LineReview& review) const
{
    const auto on = [this](const QDateTime& at) {
        return date(at.toLocalTime().date());
    };
    const ReviewTransition* last =
        review.transitions.isEmpty() ? nullptr : &review.transitions.constLast();
    QStringList sentences;
    switch (review.state) {
    case ReviewState::Approved:
        sentences.append(sentence(reviewSummary(review)) + QLatin1Char('.'));
        break;
    case ReviewState::Submitted:
        sentences.append(
            (*this)(Phrase::SubmittedByOn).arg(review.submittedBy, on(review.submittedAt)));
        break;
    case ReviewState::Returned:
        sentences.append((*this)(Phrase::ReturnedByOn).arg(last->recordedBy, on(last->recordedAt)));
        sentences.append((*this)(Phrase::ReturnNote).arg(closed(review.returnNote)));
        break;
    case ReviewState::Open:
        if (last && last->action == ReviewAction::Reopen) {
            sentences.append((*this)(Phrase::ReopenedByOn)
                                 .arg(last->recordedBy, on(last->recordedAt), closed(last->text)));
        } else {
            sentences.append((*this)(Phrase::NotSubmitted));
        }
        break;
    }
    if (review.narrative.isEmpty()) {
        sentences.append((*this)(Phrase::NoNarrative));
    }
    if (review.evidence.isEmpty()) {
        sentences.append((*this)(Phrase::NoEvidence));
    }
    if (review.frozen) {
        sentences.append((*this)(Phrase::FrozenNote));
        if (review.mode != model.mode || review.atRiskGap != model.atRiskGap ||
            review.lateGap != model.lateGap) {
            sentences.append((*this)(Phrase::FrozenSettings)
                                 .arg(threshold(review.atRiskGap), threshold(review.lateGap),
                                      rollupMode(review.mode)));
        }
    }
    return sentences;
}

QString ReportText::fileSize(qint64 bytes) const
{
    if (bytes < 1024) {
        return QStringLiteral("%1\u00a0B").arg(bytes);
    }
    if (bytes < 1024 * 1024) {
        return QStringLiteral("%1\u00a0KB").arg((bytes + 512) / 1024);
    }
    return QStringLiteral("%1\u00a0MB").arg(number(double(bytes) / (1024 * 1024)));
}

QString ReportText::evidence(const pml::Evidence& item) const
{
    QString text =
        item.kind == pml::Evidence::Kind::Link
            ? (item.url.isEmpty() ? item.name : item.url)
            : QStringLiteral("%1 (%2, SHA-256 %3…)")
                  .arg(item.name, fileSize(item.size), QString::fromLatin1(item.sha256.left(16)));
    if (item.update && !item.activity.isEmpty()) {
        text = item.activity + QStringLiteral(": ") + text;
    }
    return text;
}

QString ReportText::fingerprint(const QByteArray& hash) const
{
    return hash.isEmpty() ? QStringLiteral("—") : shortFingerprint(hash);
}

QString ReportText::sentence(const QString& text)
{
    if (text.isEmpty()) {
        return text;
    }
    return text.front().toUpper() + text.mid(1);
}

QString ReportText::closed(const QString& text)
{
    // A person's note ends a sentence of the report; the next one must not run into it.
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || QStringLiteral(".!?…").contains(trimmed.back())) {
        return trimmed;
    }
    return trimmed + QLatin1Char('.');
}

} // namespace pml
