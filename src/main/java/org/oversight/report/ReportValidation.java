package org.oversight.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.oversight.base.DateWindow;
import org.oversight.base.Formats;
import org.oversight.base.InvalidInputException;
import org.oversight.base.Text;
import org.oversight.base.i18n.Messages;
import org.oversight.recommendation.OrganisationRef;
import org.oversight.report.internal.JooqReportRepository;

/**
 * The rules a report or recommendation must meet before anything is written. Every broken rule is collected with
 * a message for its field, so that the form shows all of them at once; the column limits mirror the schema.
 */
final class ReportValidation {

    static final int TITLE_MAX = 300;
    static final int REFERENCE_MAX = 60;
    static final int LINK_MAX = 500;
    static final int TEXT_MAX = 4000;
    static final int NUMBER_MAX = 20;

    private final JooqReportRepository repository;
    private final Map<String, String> errors = new LinkedHashMap<>();

    private final DateWindow dates;

    ReportValidation(JooqReportRepository repository, DateWindow dates) {
        this.repository = repository;
        this.dates = dates;
    }

    /** Trims invisible characters from text fields ({@link Text}), turning blank ones into null. */
    static ReportForm clean(ReportForm f) {
        return new ReportForm(f.kind(), trim(f.title()), trim(f.reference()), f.publishedOn(), trim(f.link()),
                trim(f.summary()), f.forceIds(), f.themeIds());
    }

    static RecommendationForm clean(RecommendationForm f) {
        return new RecommendationForm(trim(f.number()), f.kind(), trim(f.text()), f.priority(), f.themeIds(), f.allForces(),
                f.recipientIds());
    }

    void checkReport(ReportForm f, long watchdogId, Long reportId, LocalDate today) {
        if (f.kind() == null) {
            errors.put("kind", Messages.t("report.check.kind"));
        }
        required("title", f.title(), "report.check.title", TITLE_MAX);
        required("reference", f.reference(), "report.check.reference", REFERENCE_MAX);
        if (f.reference() != null && !errors.containsKey("reference") && repository.referenceTaken(watchdogId, f.reference(), reportId)) {
            errors.put("reference", Messages.t("report.check.reference-taken", f.reference()));
        }
        if (f.publishedOn() == null) {
            errors.put("publishedOn", Messages.t("report.check.published"));
        } else if (f.publishedOn().isAfter(today)) {
            errors.put("publishedOn", Messages.t("report.check.published-future", Formats.date(today)));
        } else {
            dates.problem(f.publishedOn(), Messages.t("report.check.published-date")).ifPresent(m -> errors.put("publishedOn", m));
        }
        if (f.link() != null) {
            if (f.link().length() > LINK_MAX) {
                errors.put("link", Messages.t("report.check.link-length", String.valueOf(LINK_MAX)));
            } else if (!isWebAddress(f.link())) {
                errors.put("link", Messages.t("report.check.link"));
            }
        }
        optional("summary", f.summary(), TEXT_MAX);
        Map<Long, OrganisationRef.Kind> kinds = repository.organisationKinds(f.forceIds());
        if (f.forceIds().stream().anyMatch(id -> kinds.get(id) != OrganisationRef.Kind.FORCE)) {
            errors.put("forces", Messages.t("report.check.forces"));
        }
        themes(f.themeIds());
    }

    void checkRecommendation(RecommendationForm f, long reportId, Long recommendationId, Set<Long> alreadySentTo) {
        required("number", f.number(), "report.check.number", NUMBER_MAX);
        if (f.number() != null && !errors.containsKey("number") && repository.numberTaken(reportId, f.number(), recommendationId)) {
            errors.put("number", Messages.t("report.check.number-taken", f.number()));
        }
        if (f.kind() == null) {
            errors.put("kind", Messages.t("report.check.recommendation-kind"));
        }
        required("text", f.text(), "report.check.text", TEXT_MAX);
        if (f.priority() == null) {
            errors.put("priority", Messages.t("report.check.priority"));
        }
        themes(f.themeIds());
        if (!f.allForces() && f.recipientIds().isEmpty()) {
            errors.put("recipients", Messages.t("report.check.recipients"));
        } else {
            Map<Long, OrganisationRef.Kind> kinds = repository.organisationKinds(f.recipientIds());
            if (f.recipientIds().stream().anyMatch(id -> kinds.get(id) != OrganisationRef.Kind.FORCE
                    && kinds.get(id) != OrganisationRef.Kind.NATIONAL_BODY)) {
                errors.put("recipients", Messages.t("report.check.recipient-kinds"));
            } else if (!alreadySentTo.isEmpty() && !covers(f, alreadySentTo)) {
                errors.put("recipients", Messages.t("report.check.recipient-kept"));
            }
        }
    }

    private boolean covers(RecommendationForm f, Set<Long> alreadySentTo) {
        if (f.allForces()) {
            var forces = Set.copyOf(repository.allForceIds());
            return alreadySentTo.stream().allMatch(id -> forces.contains(id) || f.recipientIds().contains(id));
        }
        return f.recipientIds().containsAll(alreadySentTo);
    }

    /** Every message collected, by field. */
    Map<String, String> errors() {
        return Map.copyOf(errors);
    }

    /** Throws with every message collected, or returns when the input is good. */
    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private void themes(Set<Long> themeIds) {
        if (!themeIds.isEmpty() && !repository.existingThemes(themeIds).containsAll(themeIds)) {
            errors.put("themes", Messages.t("report.check.themes"));
        }
    }

    private void required(String field, String value, String missingKey, int max) {
        if (value == null) {
            errors.put(field, Messages.t(missingKey));
        } else {
            optional(field, value, max);
        }
    }

    private void optional(String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.put(field, Messages.t("report.check.length", String.valueOf(max), String.valueOf(value.length())));
        }
    }

    static boolean isWebAddress(String link) {
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String trim(String s) {
        return Text.cleanOrNull(s);
    }
}
