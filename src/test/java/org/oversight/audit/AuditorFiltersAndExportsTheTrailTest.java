package org.oversight.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversight.base.InvalidInputException;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
@Transactional
@WithUserDetails("admin")
class AuditorFiltersAndExportsTheTrailTest {

    @Autowired AuditTrailService trail;
    @Autowired AuditLog audit;
    @Autowired Clock clock;

    @BeforeEach
    void events() {
        audit.record("TEST_CREATED", "action_plan", 9301L, null, Map.of("summary", "Plan for Devon"));
        audit.record("TEST_EDITED", "action_plan", 9301L, Map.of("summary", "Plan for Devon"), Map.of("summary", "Revised plan"));
        audit.record("TEST_CREATED", "action_plan", 9302L, null, Map.of("summary", "Other plan"));
        // a name a spreadsheet would take for a formula
        audit.recordForAccount("LOGIN_FAILED", null, "=HYPERLINK(\"http://evil.invalid\")", Map.of("reason", "no such account"));
    }

    @Test
    void filtersByEntityNewestFirst() {
        AuditFilter plan = new AuditFilter(null, "action_plan", 9301L, null, null);

        List<AuditEntry> page = trail.page(plan, 0, 10);

        assertThat(page).extracting(AuditEntry::action).containsExactly("TEST_EDITED", "TEST_CREATED");
        assertThat(page.getFirst().username()).isEqualTo("admin");
        assertThat(page.getFirst().entity()).isEqualTo("action_plan 9301");
        assertThat(trail.count(plan)).isEqualTo(2);
    }

    @Test
    void filtersByUserAndPeriodInUkDays() {
        LocalDate today = LocalDate.now(clock);

        assertThat(trail.count(AuditFilter.ALL.withEntityType("action_plan").withUsername("admin").withPeriod(today, today)))
                .isGreaterThanOrEqualTo(3);
        assertThat(trail.count(AuditFilter.ALL.withEntityType("action_plan").withPeriod(today.plusDays(1), null))).isZero();
        assertThat(trail.count(AuditFilter.ALL.withEntityType("action_plan").withPeriod(null, today.minusDays(1)))
                + trail.count(AuditFilter.ALL.withEntityType("action_plan").withPeriod(today, null)))
                .isEqualTo(trail.count(AuditFilter.ALL.withEntityType("action_plan")));
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedOnTheEndDate() {
        LocalDate today = LocalDate.now(clock);
        AuditFilter backwards = AuditFilter.ALL.withPeriod(today, today.minusDays(3));

        assertThatThrownBy(() -> trail.page(backwards, 0, 10)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldMessages()).containsKey("to"));
        assertThatThrownBy(() -> trail.check(new AuditFilter(null, null, -4L, null, null))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldMessages()).containsKey("entityId"));
    }

    @Test
    void exportsTheCurrentFilterAsCsvWithFormulasDefused() throws Exception {
        StringWriter out = new StringWriter();
        trail.export(new AuditFilter(null, "action_plan", 9301L, null, null), new org.oversight.base.export.CsvTableWriter(out));

        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertThat(rows).hasSize(2);
        assertThat(rows.getFirst().get("action")).isEqualTo("TEST_EDITED");
        assertThat(rows.getFirst().get("before")).isEqualTo("{\"summary\":\"Plan for Devon\"}");
        assertThat(rows.getFirst().get("entity_id")).isEqualTo("9301");
        assertThat(rows.getFirst().get("hash")).hasSize(64);
        assertThat(rows.getFirst().get("changes")).as("the same change in plain words").isEqualTo("Summary: Plan for Devon → Revised plan");

        StringWriter accounts = new StringWriter();
        trail.export(AuditFilter.ALL.withEntityType(AuditTrailService.ACCOUNT_ENTITY).withUsername("=HYPERLINK(\"http://evil.invalid\")"), new org.oversight.base.export.CsvTableWriter(accounts));
        List<CSVRecord> logins = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(accounts.toString())).getRecords();
        assertThat(logins).extracting(r -> r.get("user")).containsOnly("'=HYPERLINK(\"http://evil.invalid\")");
    }

    @Test
    void datesOutsideThePlausibleWindowAreRefusedRatherThanQueried() {
        assertThatThrownBy(() -> trail.count(AuditFilter.ALL.withPeriod(null, LocalDate.MAX)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages().get("to"))
                        .startsWith("Choose an end date between 1 January 1990 and"));
        assertThatThrownBy(() -> trail.page(AuditFilter.ALL.withPeriod(LocalDate.of(1066, 10, 14), null), 0, 10))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages()).containsKey("from"));
    }

    @Test
    void theExportStartsWithAByteOrderMarkSoSpreadsheetsReadWelshLetters() throws Exception {
        audit.record("TEST_CREATED", "action_plan", 9303L, null, Map.of("summary", "Cynllun ŵyl Gŵyr"));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.Writer out = new java.io.OutputStreamWriter(bytes, java.nio.charset.StandardCharsets.UTF_8)) {
            trail.export(new AuditFilter(null, "action_plan", 9303L, null, null), new org.oversight.base.export.CsvTableWriter(out));
        }

        byte[] csv = bytes.toByteArray();
        assertThat(java.util.Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, java.nio.charset.StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.get("id")).isNotBlank();
            assertThat(r.get("after")).contains("Cynllun ŵyl Gŵyr");
        });
    }
}
