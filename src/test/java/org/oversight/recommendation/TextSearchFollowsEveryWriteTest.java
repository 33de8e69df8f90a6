package org.oversight.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.base.SubmissionKey;
import org.oversight.report.RecommendationForm;
import org.oversight.report.ReportForm;
import org.oversight.report.ReportService;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's text search (PostgreSQL through its trigram indexes, H2 through its search words across every
 * organisation and by reading the texts within one: decisions 0115 and 0129) means "contains, ignoring case" exactly: a text is found by any piece of it, in
 * any case, across words and punctuation, from the moment it is written, and no longer by what a correction removed.
 */
@DatabaseTest
@Transactional
@WithUserDetails("hmicfrs")
class TextSearchFollowsEveryWriteTest {

    @Autowired
    RecommendationRegister register;
    @Autowired
    ReportService reports;
    @Autowired
    FreshItems fresh;
    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;

    @Test
    void aNewTextIsFoundByAnyPieceOfItAndACorrectionByItsNewWordsOnly() {
        long report = reports.create(new ReportForm(ReportKind.INSPECTION, "Inspection of Quixotrellis handling",
                "QX-2026/7", LocalDate.now(clock).minusDays(3), null, null, Set.of(), Set.of()), SubmissionKey.fresh());
        reports.addRecommendation(report, new RecommendationForm("1", RecommendationKind.RECOMMENDATION,
                "Forces should review the Zephyrquill-based triage (stage 2) within 90 days.", Priority.HIGH, Set.of(),
                false, Set.of(fresh.orgId("SURREY"))), SubmissionKey.fresh());
        for (String q : List.of("zephyrquill", "ZEPHYRQUILL-BASED TRIAGE", "quill-bas", "triage (stage 2", "rquill",
                "Quixotrellis", "otrelli", "qx-2026/7", "X-2026")) {
            assertThat(register.page(search(q), 0, 10, List.of())).as(q).hasSize(1);
            assertThat(register.count(search(q))).as(q).isEqualTo(1);
        }
        assertThat(register.count(search("zephyrquill based"))).isZero();

        int version = dsl.select(REPORT.VERSION).from(REPORT).where(REPORT.ID.eq(report)).fetchSingle(REPORT.VERSION);
        reports.update(report, version, new ReportForm(ReportKind.INSPECTION, "Inspection of Brambleworth handling",
                "QX-2026/7", LocalDate.now(clock).minusDays(3), null, null, Set.of(), Set.of()));
        assertThat(register.count(search("quixotrellis"))).isZero();
        assertThat(register.count(search("brambleworth"))).isEqualTo(1);
    }

    @Test
    void anyPieceOfAnyTextFindsWhatReadingEveryTextFinds() {
        List<String> texts = dsl.select(RECOMMENDATION.TEXT).from(RECOMMENDATION).orderBy(RECOMMENDATION.ID).fetch(RECOMMENDATION.TEXT);
        texts.addAll(dsl.select(REPORT.TITLE).from(REPORT).orderBy(REPORT.ID).fetch(REPORT.TITLE));
        Random random = new Random(21);
        for (int i = 0; i < 60; i++) {
            String text = texts.get(random.nextInt(texts.size()));
            int length = 3 + random.nextInt(Math.min(14, text.length() - 2));
            int start = random.nextInt(text.length() - length + 1);
            String piece = text.substring(start, start + length);
            String q = random.nextBoolean() ? piece.toUpperCase(Locale.ROOT) : piece;
            if (!q.isBlank()) {
                assertFoundAsByReading(q);
            }
        }
    }

    /**
     * A whole word of a text, in either case: on H2 its owners are taken from the search words without reading their
     * texts again (decision 0140), which must find what reading every text finds, words that contain it included.
     */
    @Test
    void aWholeWordOfAnyTextFindsWhatReadingEveryTextFinds() {
        List<String> texts = dsl.select(RECOMMENDATION.TEXT).from(RECOMMENDATION).orderBy(RECOMMENDATION.ID).fetch(RECOMMENDATION.TEXT);
        texts.addAll(dsl.select(REPORT.TITLE).from(REPORT).orderBy(REPORT.ID).fetch(REPORT.TITLE));
        Random random = new Random(40);
        int asked = 0;
        while (asked < 40) {
            List<String> words = java.util.Arrays.stream(texts.get(random.nextInt(texts.size())).split("[^\\p{L}\\p{N}]+"))
                    .filter(w -> w.length() >= 3).toList();
            if (!words.isEmpty()) {
                String word = words.get(random.nextInt(words.size()));
                assertFoundAsByReading(random.nextBoolean() ? word.toUpperCase(Locale.ROOT) : word);
                asked++;
            }
        }
        // a word found inside longer words, and only there in some texts
        assertFoundAsByReading("POLIC");
    }

    private void assertFoundAsByReading(String q) {
        int byReading = dsl.fetchCount(TRACKED_RECOMMENDATION.join(RECOMMENDATION)
                        .on(RECOMMENDATION.ID.eq(TRACKED_RECOMMENDATION.RECOMMENDATION_ID))
                        .join(REPORT).on(REPORT.ID.eq(RECOMMENDATION.REPORT_ID)),
                RECOMMENDATION.TEXT.containsIgnoreCase(q.strip()).or(REPORT.TITLE.containsIgnoreCase(q.strip()))
                        .or(REPORT.REFERENCE.containsIgnoreCase(q.strip())));
        assertThat(byReading).as(q).isPositive();
        assertThat(register.count(search(q))).as("\"%s\"", q).isEqualTo(byReading);
        // the screen's count, read with its first page (decision 0129: H2's search words, PostgreSQL's trigrams)
        assertThat(new RegisterPager(register).count(search(q), List.of(), 50)).as("\"%s\" on screen", q).isEqualTo(byReading);
    }

    private static RegisterFilter search(String q) {
        return new RegisterFilter(null, null, Set.of(), null, null, null, false, null, null, null, q);
    }
}
