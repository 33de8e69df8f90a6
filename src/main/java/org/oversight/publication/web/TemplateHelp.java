package org.oversight.publication.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.oversight.base.Formats;
import org.oversight.recommendation.KindLabels;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.ReportKind;
import org.oversight.recommendation.Status;

/** Small helpers the public templates call: UK dates, labels, addresses that keep a filter. */
public final class TemplateHelp {

    private final String base;

    TemplateHelp(String base) {
        this.base = base;
    }

    public String date(LocalDate d) {
        return d == null ? "" : Formats.longDate(d);
    }

    public String status(Status s) {
        return s == null ? "" : s.label();
    }

    public String kind(RecommendationKind k) {
        return KindLabels.of(k);
    }

    /** "Recommendation 3", or the number alone when it names its kind already ("CoC 1", "AFI 2"). */
    public String name(RecommendationKind kind, String number) {
        return number.chars().anyMatch(Character::isLetter) ? number : KindLabels.of(kind) + " " + number;
    }

    public String reportKind(ReportKind k) {
        return KindLabels.of(k);
    }

    /** The colour of a status tag (GOV.UK tag modifiers). */
    public String tag(Status s) {
        if (s == Status.VERIFIED_IMPLEMENTED) {
            return "govuk-tag--green";
        }
        if (s.isClosed()) {
            return "govuk-tag--grey";
        }
        return s == Status.REPORTED_COMPLETE ? "govuk-tag--blue" : "govuk-tag--yellow";
    }

    public String url(String path) {
        return base + path;
    }

    public String url(String path, Map<String, String> params) {
        return url(path, params, 1);
    }

    public String url(String path, Map<String, String> params, int page) {
        StringBuilder b = new StringBuilder(base).append(path);
        char sep = '?';
        for (Map.Entry<String, String> e : params.entrySet()) {
            b.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        if (page > 1) {
            b.append(sep).append("page=").append(page);
        }
        return b.toString();
    }
}
