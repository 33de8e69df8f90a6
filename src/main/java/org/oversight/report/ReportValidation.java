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
            errors.put("kind", "Choose the kind of report.");
        }
        required("title", f.title(), "Give the report's title.", TITLE_MAX);
        required("reference", f.reference(), "Give the watchdog's reference for the report.", REFERENCE_MAX);
        if (f.reference() != null && !errors.containsKey("reference") && repository.referenceTaken(watchdogId, f.reference(), reportId)) {
            errors.put("reference", "Another report of your watchdog already has the reference " + f.reference() + ".");
        }
        if (f.publishedOn() == null) {
            errors.put("publishedOn", "Give the date the report was published.");
        } else if (f.publishedOn().isAfter(today)) {
            errors.put("publishedOn", "The published date cannot be in the future (today is " + Formats.date(today) + ").");
        } else {
            dates.problem(f.publishedOn(), "the published date").ifPresent(m -> errors.put("publishedOn", m));
        }
        if (f.link() != null) {
            if (f.link().length() > LINK_MAX) {
                errors.put("link", "Keep the link to " + LINK_MAX + " characters or fewer.");
            } else if (!isWebAddress(f.link())) {
                errors.put("link", "Give the full web address of the report, starting with https or http.");
            }
        }
        optional("summary", f.summary(), TEXT_MAX);
        Map<Long, OrganisationRef.Kind> kinds = repository.organisationKinds(f.forceIds());
        if (f.forceIds().stream().anyMatch(id -> kinds.get(id) != OrganisationRef.Kind.FORCE)) {
            errors.put("forces", "Only police forces can be named as the forces a report concerns.");
        }
        themes(f.themeIds());
    }

    void checkRecommendation(RecommendationForm f, long reportId, Long recommendationId, Set<Long> alreadySentTo) {
        required("number", f.number(), "Give the recommendation's number as the report has it.", NUMBER_MAX);
        if (f.number() != null && !errors.containsKey("number") && repository.numberTaken(reportId, f.number(), recommendationId)) {
            errors.put("number", "This report already has a recommendation numbered " + f.number() + ".");
        }
        if (f.kind() == null) {
            errors.put("kind", "Choose the kind of recommendation.");
        }
        required("text", f.text(), "Give the text of the recommendation.", TEXT_MAX);
        if (f.priority() == null) {
            errors.put("priority", "Choose a priority.");
        }
        themes(f.themeIds());
        if (!f.allForces() && f.recipientIds().isEmpty()) {
            errors.put("recipients", "Choose who the recommendation is addressed to: all forces, or one or more forces or national bodies.");
        } else {
            Map<Long, OrganisationRef.Kind> kinds = repository.organisationKinds(f.recipientIds());
            if (f.recipientIds().stream().anyMatch(id -> kinds.get(id) != OrganisationRef.Kind.FORCE
                    && kinds.get(id) != OrganisationRef.Kind.NATIONAL_BODY)) {
                errors.put("recipients", "Recommendations can only be addressed to police forces and national bodies.");
            } else if (!alreadySentTo.isEmpty() && !covers(f, alreadySentTo)) {
                errors.put("recipients", "A recipient that already has this recommendation cannot be taken off: close its item "
                        + "as superseded or with no further action instead.");
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
            errors.put("themes", "Choose themes from the list.");
        }
    }

    private void required(String field, String value, String missing, int max) {
        if (value == null) {
            errors.put(field, missing);
        } else {
            optional(field, value, max);
        }
    }

    private void optional(String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.put(field, "Keep this to " + max + " characters or fewer (it has " + value.length() + ").");
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
