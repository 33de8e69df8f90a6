package org.oversight.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oversight.base.DateWindow;

/** The register's URL parameters (docs/register-links.md): read, written back the same, and forgiving of bad values. */
class RegisterLinkParametersTest {

    @Test
    void aLinkFromTheDashboardIsReadIntoTheFilter() {
        List<String> problems = new ArrayList<>();
        RegisterFilter f = RegisterFilter.parse(Map.ofEntries(
                Map.entry("force", List.of("surrey")), Map.entry("status", List.of("PLAN_AWAITED,open")),
                Map.entry("overdue", List.of("true")), Map.entry("watchdog", List.of("HMICFRS")), Map.entry("theme", List.of("CSE")),
                Map.entry("kind", List.of("CAUSE_OF_CONCERN")), Map.entry("priority", List.of("HIGH")),
                Map.entry("dueWithin", List.of("30")), Map.entry("publishedFrom", List.of("2024-01-01")),
                Map.entry("publishedTo", List.of("2024-12-31")), Map.entry("q", List.of("  grooming "))), problems::add);

        assertThat(problems).isEmpty();
        assertThat(f).isEqualTo(new RegisterFilter("HMICFRS", "SURREY", Set.of(Status.PLAN_AWAITED, Status.OPEN),
                RecommendationKind.CAUSE_OF_CONCERN, "CSE", Priority.HIGH, true, 30, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), "grooming"));
    }

    @Test
    void repeatedStatusParametersAreAllKept() {
        RegisterFilter f = RegisterFilter.parse(Map.of("status", List.of("OPEN", "IN_PROGRESS")), p -> { });
        assertThat(f.statuses()).containsExactlyInAnyOrder(Status.OPEN, Status.IN_PROGRESS);
    }

    @Test
    void aFilterWrittenAsParametersReadsBackTheSame() {
        RegisterFilter f = new RegisterFilter("IOPC", "NPCC_CSE", Set.of(Status.REPORTED_COMPLETE, Status.OPEN),
                RecommendationKind.LEARNING_RECOMMENDATION, "ONLINE_GROOMING", Priority.LOW, false, 7, null,
                LocalDate.of(2020, 2, 29), "call & handling");

        assertThat(RegisterFilter.parse(f.toParameters(), p -> { })).isEqualTo(f);
        assertThat(f.toParameters().get("status")).containsExactly("OPEN,REPORTED_COMPLETE");
    }

    @Test
    void anEmptyFilterWritesNoParameters() {
        assertThat(RegisterFilter.NONE.toParameters()).isEmpty();
        assertThat(RegisterFilter.parse(Map.of(), p -> { }).isEmpty()).isTrue();
    }

    @Test
    void valuesThatCannotBeUnderstoodAreLeftOutAndSaidSo() {
        List<String> problems = new ArrayList<>();
        RegisterFilter f = RegisterFilter.parse(Map.of("status", List.of("OPEN,DONE"), "kind", List.of("ADVICE"),
                "priority", List.of("URGENT"), "dueWithin", List.of("soon"), "publishedFrom", List.of("01/02/2024"),
                "overdue", List.of("yes please")), problems::add);

        assertThat(f.statuses()).containsExactly(Status.OPEN);
        assertThat(f.kind()).isNull();
        assertThat(f.priority()).isNull();
        assertThat(f.dueWithin()).isNull();
        assertThat(f.publishedFrom()).isNull();
        assertThat(f.overdue()).isFalse();
        assertThat(problems).hasSize(5).anySatisfy(p -> assertThat(p).contains("\"DONE\""));
    }

    @Test
    void codesThatNameNothingKnownAreLeftOutAndSaidSoTheOthersKept() {
        // ATLANTIS is a watchdog here: as a force it names nothing
        List<String> problems = new ArrayList<>();
        RegisterFilter f = RegisterFilter.parse(Map.of("watchdog", List.of("hmicfrs"), "force", List.of("atlantis"),
                "theme", List.of("cyber"), "kind", List.of("RECOMMENDATION")), problems::add)
                .withKnownCodes(new ReferenceData.Known(List.of(
                                new OrganisationRef(1, "HMICFRS", "HM Inspectorate", "HMICFRS", OrganisationRef.Kind.WATCHDOG),
                                new OrganisationRef(2, "ATLANTIS", "Atlantis Watch", "AW", OrganisationRef.Kind.WATCHDOG),
                                new OrganisationRef(3, "SURREY", "Surrey Police", "Surrey", OrganisationRef.Kind.FORCE)),
                        List.of(new ThemeRef(1, "CYBERCRIME", "Cybercrime and digital evidence"))), problems::add);

        assertThat(f.watchdog()).isEqualTo("HMICFRS");
        assertThat(f.force()).isNull();
        assertThat(f.theme()).isNull();
        assertThat(f.kind()).isEqualTo(RecommendationKind.RECOMMENDATION);
        assertThat(problems).containsExactly("The link's force \"ATLANTIS\" is not known, so it was left out.",
                "The link's theme \"CYBER\" is not known, so it was left out.");
        assertThat(RegisterFilter.NONE.withKnownCodes(new ReferenceData.Known(List.of(), List.of()), problems::add))
                .isEqualTo(RegisterFilter.NONE);
        assertThat(problems).hasSize(2);
    }

    @Test
    void extremeOrImplausibleDatesAreNotUnderstoodAndNeverWidenTheSelection() {
        DateWindow window = DateWindow.standard(Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), ZoneOffset.UTC));
        List<String> problems = new ArrayList<>();
        RegisterFilter f = RegisterFilter.parse(Map.of("publishedFrom", List.of("+999999999-12-31"),
                "publishedTo", List.of("1899-12-31"), "status", List.of("OPEN")), window, problems::add);

        assertThat(f.publishedFrom()).isNull();
        assertThat(f.publishedTo()).isNull();
        assertThat(f.statuses()).containsExactly(Status.OPEN);
        assertThat(problems).hasSize(2).allSatisfy(p -> assertThat(p).contains("is not a date like 2024-01-31")
                .contains("between 1 January 1990 and 1 June 2036").endsWith("so it was left out."));

        List<String> none = new ArrayList<>();
        RegisterFilter edges = RegisterFilter.parse(Map.of("publishedFrom", List.of("1990-01-01"),
                "publishedTo", List.of("2036-06-01")), window, none::add);
        assertThat(none).isEmpty();
        assertThat(edges.publishedFrom()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(edges.publishedTo()).isEqualTo(LocalDate.of(2036, 6, 1));
    }
}
