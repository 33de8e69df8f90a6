package org.oversight.publication.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.oversight.base.i18n.Language;
import org.oversight.base.i18n.Messages;
import org.oversight.publication.Ground;
import org.oversight.base.Formats;
import org.oversight.recommendation.KindLabels;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.ReportKind;
import org.oversight.recommendation.Status;

/** Small helpers the public templates call: dates and labels in the reader's language, addresses that keep a filter. */
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

    /** "Recommendation 3", "Area for improvement 2" for "AFI 2": as the register of the application says it. */
    public String name(RecommendationKind kind, String number) {
        return KindLabels.reference(kind, number);
    }

    /** An identifier as digits, without the grouping a message would give a number ("1204", not "1,204"). */
    public String plain(long id) {
        return Long.toString(id);
    }

    /** One entry of the language switch: the language named in itself, and the link to this page in it. */
    public record LanguageLink(String code, String name, String href, boolean current) {
    }

    /**
     * "English | Cymraeg" for the page at {@code here} (its canonical address, with its filters): the language being
     * read, and a link to the same address with {@code lang=} (the switch of {@code app.LanguageOfRequests}, which
     * also remembers the choice in a cookie) for the other.
     */
    public List<LanguageLink> switchLinks(String here, Language reading) {
        char sep = here.indexOf('?') < 0 ? '?' : '&';
        return Arrays.stream(Language.values()).map(l -> new LanguageLink(l.code(), l.ownName(),
                here + sep + "lang=" + l.code(), l == reading)).toList();
    }

    /** "[withheld: personal data]" in the reader's language, for a list of what is withheld. */
    public String withheld(Ground ground) {
        return Messages.t("publication.ground.marker", ground.label());
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
