package org.oversight.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.db.Tables.AUDIT_EVENT;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.REPORT_FORCE;
import static org.oversight.db.Tables.REPORT_THEME;
import static org.oversight.db.Tables.THEME;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oversight.base.ConcurrentEditException;
import org.oversight.base.InvalidInputException;
import org.oversight.base.SubmissionKey;
import org.oversight.recommendation.ReportKind;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Watchdog staff record their own reports; bad input is refused field by field and nothing is saved. */
@DatabaseTest
@Transactional
@WithUserDetails("hmicfrs")
class WatchdogRecordsAReportTest {

    @Autowired
    ReportService reports;
    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;

    ReportForm good() {
        return new ReportForm(ReportKind.INSPECTION, "Child protection in Surrey", "HMICFRS-TEST-001", LocalDate.now(clock).minusDays(3),
                "https://hmicfrs.justiceinspectorates.gov.uk/publications/test", "What we found.", Set.of(org("SURREY")),
                Set.of(theme("CSE")));
    }

    @Test
    void aWatchdogRecordsAReportOfItsOwnWithForcesAndThemes() {
        long id = reports.create(good(), SubmissionKey.fresh());

        var row = dsl.selectFrom(REPORT).where(REPORT.ID.eq(id)).fetchSingle();
        assertThat(row.getWatchdogId()).isEqualTo(org("HMICFRS"));
        assertThat(row.getTitle()).isEqualTo("Child protection in Surrey");
        assertThat(row.getReference()).isEqualTo("HMICFRS-TEST-001");
        assertThat(dsl.fetchCount(REPORT_FORCE, REPORT_FORCE.REPORT_ID.eq(id))).isEqualTo(1);
        assertThat(dsl.fetchCount(REPORT_THEME, REPORT_THEME.REPORT_ID.eq(id))).isEqualTo(1);
        // recorded, and the force's clocks (its action plan, the commissioner's response) started at once
        assertThat(dsl.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).where(AUDIT_EVENT.ENTITY_TYPE.eq("report"))
                .and(AUDIT_EVENT.ENTITY_ID.eq(id)).orderBy(AUDIT_EVENT.ID).fetch(AUDIT_EVENT.ACTION))
                .containsExactly("CREATE", "CLOCKS_STARTED");
        assertThat(reports.find(id)).get().extracting(ReportDetail::editable).isEqualTo(true);
    }

    static Stream<Arguments> badReports() {
        String x301 = "x".repeat(301);
        return Stream.of(
                bad("no title", f -> with(f, null, f.reference(), f.publishedOn(), f.link()), "title"),
                bad("a blank title", f -> with(f, "   ", f.reference(), f.publishedOn(), f.link()), "title"),
                bad("a title over 300 characters", f -> with(f, x301, f.reference(), f.publishedOn(), f.link()), "title"),
                bad("no reference", f -> with(f, f.title(), "", f.publishedOn(), f.link()), "reference"),
                bad("a reference over 60 characters", f -> with(f, f.title(), "R".repeat(61), f.publishedOn(), f.link()), "reference"),
                bad("the reference of another report of the watchdog",
                        f -> with(f, f.title(), "hmic-2015-ncpi-dc", f.publishedOn(), f.link()), "reference"),
                bad("no published date", f -> with(f, f.title(), f.reference(), null, f.link()), "publishedOn"),
                bad("a link that is not a web address", f -> with(f, f.title(), f.reference(), f.publishedOn(), "www.gov.uk"), "link"),
                bad("an ftp link", f -> with(f, f.title(), f.reference(), f.publishedOn(), "ftp://files.example.org/r.pdf"), "link"),
                bad("a link over 500 characters",
                        f -> with(f, f.title(), f.reference(), f.publishedOn(), "https://example.org/" + "a".repeat(490)), "link"),
                bad("a summary over 4000 characters", f -> new ReportForm(f.kind(), f.title(), f.reference(), f.publishedOn(),
                        f.link(), "s".repeat(4001), f.forceIds(), f.themeIds()), "summary"),
                bad("no kind", f -> new ReportForm(null, f.title(), f.reference(), f.publishedOn(), f.link(), f.summary(),
                        f.forceIds(), f.themeIds()), "kind"));
    }

    @ParameterizedTest(name = "a report with {0} is refused")
    @MethodSource("badReports")
    void aBadReportIsRefusedOnItsFieldAndNothingIsSaved(String what, UnaryOperator<ReportForm> spoil, String field) {
        int reportsBefore = dsl.fetchCount(REPORT);
        int auditBefore = dsl.fetchCount(AUDIT_EVENT);

        assertThatThrownBy(() -> reports.create(spoil.apply(good()), SubmissionKey.fresh()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages()).containsKey(field));

        assertThat(dsl.fetchCount(REPORT)).isEqualTo(reportsBefore);
        assertThat(dsl.fetchCount(AUDIT_EVENT)).isEqualTo(auditBefore);
    }

    @Test
    void aPublishedDateInTheFutureIsRefused() {
        ReportForm tomorrow = with(good(), "Title", "HMICFRS-TEST-002", LocalDate.now(clock).plusDays(1), null);
        assertThatThrownBy(() -> reports.create(tomorrow, SubmissionKey.fresh()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessages().get("publishedOn")).contains("cannot be in the future"));
        assertThat(dsl.fetchCount(REPORT, REPORT.REFERENCE.eq("HMICFRS-TEST-002"))).isZero();
    }

    @Test
    void aWatchdogIsNotAForceConcerned() {
        ReportForm f = good();
        ReportForm withWatchdog = new ReportForm(f.kind(), f.title(), f.reference(), f.publishedOn(), f.link(), f.summary(),
                Set.of(org("IOPC")), f.themeIds());
        assertThatThrownBy(() -> reports.create(withWatchdog, SubmissionKey.fresh()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages()).containsKey("forces"));
        assertThat(dsl.fetchCount(REPORT, REPORT.REFERENCE.eq(f.reference()))).isZero();
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        ReportForm empty = new ReportForm(null, "", "", null, "nonsense", null, Set.of(), Set.of());
        assertThatThrownBy(() -> reports.create(empty, SubmissionKey.fresh()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsOnlyKeys("kind", "title", "reference", "publishedOn", "link"));
    }

    @Test
    void aCorrectionIsSavedAndAuditedWithTheNextVersion() {
        long id = reports.create(good(), SubmissionKey.fresh());
        ReportDetail seen = reports.find(id).orElseThrow();

        reports.update(id, seen.version(), with(good(), "Child protection in Surrey: revisited", good().reference(),
                good().publishedOn(), null));

        assertThat(reports.find(id)).get().satisfies(r -> {
            assertThat(r.title()).isEqualTo("Child protection in Surrey: revisited");
            assertThat(r.link()).isNull();
            assertThat(r.version()).isEqualTo(seen.version() + 1);
        });
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ENTITY_TYPE.eq("report").and(AUDIT_EVENT.ENTITY_ID.eq(id))
                .and(AUDIT_EVENT.ACTION.eq("UPDATE")))).isEqualTo(1);
    }

    @Test
    void aCorrectionOnAnOutOfDatePageIsRefusedNamingWhoChangedIt() {
        long id = reports.create(good(), SubmissionKey.fresh());
        int seen = reports.find(id).orElseThrow().version();
        reports.update(id, seen, with(good(), "First correction", good().reference(), good().publishedOn(), good().link()));

        assertThatThrownBy(() -> reports.update(id, seen, with(good(), "Second correction", good().reference(),
                good().publishedOn(), good().link())))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("Hannah Inspector");
        assertThat(reports.find(id).orElseThrow().title()).isEqualTo("First correction");
    }

    @Test
    void anotherWatchdogsReportIsReadOnly() {
        long iopcReport = dsl.select(REPORT.ID).from(REPORT).where(REPORT.REFERENCE.eq("IPCC-2015-001")).fetchSingle(REPORT.ID);
        ReportDetail before = reports.find(iopcReport).orElseThrow();

        assertThat(before.editable()).isFalse();
        assertThatThrownBy(() -> reports.update(iopcReport, before.version(), before.toForm()))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Independent Office for Police Conduct");
        assertThat(reports.find(iopcReport).orElseThrow().version()).isEqualTo(before.version());
    }

    @Test
    @WithUserDetails("surrey")
    void aForceLeadCannotRecordAReport() {
        assertThatThrownBy(() -> reports.create(good(), SubmissionKey.fresh())).isInstanceOf(AccessDeniedException.class);
        assertThat(dsl.fetchCount(REPORT, REPORT.REFERENCE.eq(good().reference()))).isZero();
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorCannotRecordAReportEither() {
        assertThatThrownBy(() -> reports.create(good(), SubmissionKey.fresh())).isInstanceOf(AccessDeniedException.class);
        assertThat(reports.canCreate()).isFalse();
    }

    private static Arguments bad(String what, UnaryOperator<ReportForm> spoil, String field) {
        return Arguments.of(what, spoil, field);
    }

    private static ReportForm with(ReportForm f, String title, String reference, LocalDate published, String link) {
        return new ReportForm(f.kind(), title, reference, published, link, f.summary(), f.forceIds(), f.themeIds());
    }

    private long org(String code) {
        return dsl.select(ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.CODE.eq(code)).fetchSingle(ORGANISATION.ID);
    }

    private long theme(String code) {
        return dsl.select(THEME.ID).from(THEME).where(THEME.CODE.eq(code)).fetchSingle(THEME.ID);
    }
}
