#include "html_review.h"

#include <QUrl>

namespace pml::html {
namespace {

QString stateBadge(const LineReview& review, const ReportText& t)
{
    return QStringLiteral("<span class=\"review-state %1\">%2</span>")
        .arg(reviewStateKey(review.state), esc(t.reviewState(review.state)));
}

// A link is clickable when it is a web or FTP address (the store accepts no other);
// a file is named only: it is kept inside the tracker, not next to the page.
QString evidenceItem(const Evidence& e, const ReportText& t)
{
    const QString scheme = QUrl(e.url).scheme().toLower();
    if (e.kind != Evidence::Kind::Link ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https") &&
         scheme != QLatin1String("ftp"))) {
        return esc(t.evidence(e));
    }
    const QString prefix =
        e.update && !e.activity.isEmpty() ? esc(e.activity) + QStringLiteral(": ") : QString();
    return prefix + QStringLiteral("<a href=\"%1\">%1</a>").arg(esc(e.url));
}

} // namespace

QString reviewOverview(const ReportModel& model, const ReportText& t)
{
    if (model.reviews.isEmpty()) {
        return {};
    }
    QString out = QStringLiteral("<div class=\"reviews\"><h3>%1</h3>\n<ul>\n")
                      .arg(esc(t(Phrase::ReviewOfLines)));
    for (const LineReview& review : model.reviews) {
        out += QStringLiteral("<li><span class=\"review-mark %1\"></span><b>%2 %3:</b> %4</li>\n")
                   .arg(reviewStateKey(review.state), esc(t(Phrase::Line)))
                   .arg(review.line)
                   .arg(esc(t.reviewSummary(review)));
    }
    return out + QStringLiteral("</ul>\n<p class=\"muted\">%1</p></div>\n")
                     .arg(esc(t(Phrase::ReviewOfLinesIntro)));
}

QString lineReview(const ReportModel& model, const LineReview& review, const ReportText& t)
{
    QString out = QStringLiteral("<div class=\"review %1\">\n<h3>%2 %3</h3>\n")
                      .arg(reviewStateKey(review.state), esc(t(Phrase::ReviewSection)),
                           stateBadge(review, t));
    for (const QString& sentence : t.reviewSentences(model, review)) {
        out += QStringLiteral("<p>%1</p>\n").arg(lines(sentence));
    }
    // What is missing is said above, in a sentence.
    if (!review.narrative.isEmpty()) {
        out += QStringLiteral("<h4>%1</h4>\n<dl>\n").arg(esc(t(Phrase::Narrative)));
        for (const auto& [label, text] :
             {std::pair{Phrase::Achievements, review.narrative.achievements},
              std::pair{Phrase::Difficulties, review.narrative.difficulties},
              std::pair{Phrase::NextSteps, review.narrative.nextSteps}}) {
            out += QStringLiteral("<dt>%1</dt><dd>%2</dd>\n")
                       .arg(esc(t(label)),
                            text.trimmed().isEmpty() ? QStringLiteral("—") : lines(text));
        }
        out += QStringLiteral("</dl>\n");
    }
    if (!review.evidence.isEmpty()) {
        out +=
            QStringLiteral("<h4>%1</h4>\n<ul class=\"evidence\">\n").arg(esc(t(Phrase::Evidence)));
        for (const Evidence& e : review.evidence) {
            out += QStringLiteral("<li>%1</li>\n").arg(evidenceItem(e, t));
        }
        out += QStringLiteral("</ul>\n");
    }
    return out + QStringLiteral("</div>\n");
}

QString fingerprint(const ReportModel& model, const ReportText& t)
{
    if (model.fingerprint.isEmpty()) {
        return {};
    }
    return QStringLiteral("<p class=\"fingerprint\"><b>%1:</b> <code>%2</code><br>"
                          "<span class=\"muted\">%3</span></p>\n")
        .arg(esc(t(Phrase::Fingerprint)), esc(t.fingerprint(model.fingerprint)),
             esc(t(Phrase::FingerprintNote)));
}

const char* reviewStyle()
{
    return R"(
.reviews ul { list-style: none; padding: 0; margin: .3em 0; } .reviews li { margin: .25em 0; }
.review-state { display: inline-block; padding: .05em .5em; border-radius: 3px; color: #fff;
                font-size: 8.5pt; white-space: nowrap; background: #757575; }
.review-state.submitted { background: #1565c0; } .review-state.returned { background: #8a5a00; }
.review-state.approved { background: #2e7d32; }
.review-mark { display: inline-block; width: .75em; height: .75em; margin-right: .5em;
               border-radius: 2px; background: #757575; }
.review-mark.submitted { background: #1565c0; } .review-mark.returned { background: #8a5a00; }
.review-mark.approved { background: #2e7d32; }
.review { border-left: 4px solid #90a4ae; background: #f5f8fa; padding: .3em 1em .6em;
          margin: 1em 0; }
.review.approved { border-left-color: #2e7d32; } .review.returned { border-left-color: #8a5a00; }
.review.submitted { border-left-color: #1565c0; }
.review h3 { margin-top: .4em; } .review h4 { font-size: 10pt; margin: .8em 0 .2em; }
.review p { margin: .3em 0; }
.review dl { margin: .2em 0; } .review dt { font-weight: bold; margin-top: .4em; }
.review dd { margin: .1em 0 0 1.2em; }
.evidence { margin: .2em 0; padding-left: 1.4em; } .evidence a { word-break: break-all; }
.fingerprint code { font-size: 10pt; letter-spacing: .05em; }
)";
}

} // namespace pml::html
