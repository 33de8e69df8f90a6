package org.oversight.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.REPORT;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.oversight.base.Formats;
import org.oversight.base.i18n.Language;
import org.oversight.recommendation.Status;
import org.oversight.testsupport.HttpBrowser;
import org.oversight.testsupport.OwnDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A Welsh reader uses the public register over HTTP: {@code ?lang=cy} gives the pages in Welsh with
 * {@code <html lang="cy">}, the cookie then keeps Welsh, {@code ?lang=en} gives English back; the cache and its ETags
 * keep the two languages apart, so no reader gets the other language's page or a 304 for it; the open data stays in
 * English.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "oversight.public.requests-per-minute=100000")
@ActiveProfiles("test")
@Tag("database")
@OwnDatabase
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderReadsThePublicRegisterInWelshTest {

    @LocalServerPort int port;
    @Autowired DSLContext dsl;

    final HttpBrowser browser = new HttpBrowser(() -> port);

    @Test
    void theAddressSwitchesToWelshTheCookieKeepsItAndEnglishComesBack() throws Exception {
        HttpResponse<String> welsh = browser.get("/public?lang=cy", null);
        assertThat(welsh.statusCode()).isEqualTo(200);
        assertThat(welsh.body()).contains("<html lang=\"cy\"").contains("Cofrestr argymhellion i&#39;r heddlu")
                .contains(">Hidlo</h2>").contains("Geiriau chwilio").contains("Defnyddio&#39;r hidlyddion")
                .doesNotContain(">Filter</h2>").doesNotContain("Apply filters");
        // a Welsh count (every plural form of "argymhelliad" after a number is the singular) and the page's own words
        assertThat(welsh.body()).containsPattern("\\d argymhelliad</h2>").contains("Yn dangos 1 i ");
        assertThat(welsh.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("ot-lang=cy"));

        HttpResponse<String> remembered = browser.send(HttpRequest.newBuilder(browser.uri("/public"))
                .header("Cookie", "ot-lang=cy").GET());
        assertThat(remembered.body()).contains("<html lang=\"cy\"").contains(">Hidlo</h2>");
        assertThat(remembered.headers().allValues("Set-Cookie")).as("nothing new to remember").isEmpty();

        HttpResponse<String> english = browser.send(HttpRequest.newBuilder(browser.uri("/public?lang=en"))
                .header("Cookie", "ot-lang=cy").GET());
        assertThat(english.body()).contains("<html lang=\"en\"").contains(">Filter</h2>").contains("Apply filters")
                .doesNotContain("Hidlo");
        assertThat(english.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("ot-lang=en"));

        HttpResponse<String> browserInWelsh = browser.send(HttpRequest.newBuilder(browser.uri("/public/privacy"))
                .header("Accept-Language", "cy-GB,cy;q=0.9,en;q=0.5").GET());
        assertThat(browserInWelsh.body()).contains("<html lang=\"cy\"").contains("Hysbysiad preifatrwydd");
    }

    @Test
    void eachLanguageHasItsOwnETagAndNeverGetsA304ForTheOther() throws Exception {
        for (String path : java.util.List.of("/public", "/public/forces/SURREY", "/public/accessibility")) {
            HttpResponse<String> english = browser.get(path, null);
            HttpResponse<String> welsh = browser.send(HttpRequest.newBuilder(browser.uri(path))
                    .header("Cookie", "ot-lang=cy").GET());
            String englishTag = english.headers().firstValue("ETag").orElseThrow();
            String welshTag = welsh.headers().firstValue("ETag").orElseThrow();
            assertThat(welshTag).as(path).isNotEqualTo(englishTag).startsWith("\"cy-");
            assertThat(englishTag).as(path).startsWith("\"en-");
            assertThat(String.join(",", welsh.headers().allValues("Vary"))).as(path)
                    .contains("Cookie").contains("Accept-Language").contains("Accept-Encoding");

            HttpResponse<String> welshWithEnglishTag = browser.send(HttpRequest.newBuilder(browser.uri(path))
                    .header("Cookie", "ot-lang=cy").header("If-None-Match", englishTag).GET());
            assertThat(welshWithEnglishTag.statusCode()).as(path).isEqualTo(200);
            assertThat(welshWithEnglishTag.body()).as(path).contains("<html lang=\"cy\"");

            HttpResponse<String> welshAgain = browser.send(HttpRequest.newBuilder(browser.uri(path))
                    .header("Cookie", "ot-lang=cy").header("If-None-Match", welshTag).GET());
            assertThat(welshAgain.statusCode()).as(path).isEqualTo(304);

            HttpResponse<String> englishAfterWelsh = browser.get(path, null);
            assertThat(englishAfterWelsh.body()).as(path + ": the Welsh page is not served to English readers")
                    .contains("<html lang=\"en\"");
        }
    }

    @Test
    void aReportAndAnItemReadInWelshWithTheRegistersStatusWordsAndWelshDates() throws Exception {
        long report = dsl.select(REPORT.ID).from(REPORT).where(REPORT.REFERENCE.eq("IPCC-2015-001")).fetchSingle(REPORT.ID);
        LocalDate published = dsl.select(REPORT.PUBLISHED_ON).from(REPORT).where(REPORT.ID.eq(report))
                .fetchSingle(REPORT.PUBLISHED_ON);
        var item = dsl.select(TRACKED_RECOMMENDATION.ID, TRACKED_RECOMMENDATION.STATUS).from(TRACKED_RECOMMENDATION)
                .join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(TRACKED_RECOMMENDATION.RECOMMENDATION_ID))
                .where(RECOMMENDATION.REPORT_ID.eq(report)).orderBy(TRACKED_RECOMMENDATION.ID).limit(1).fetchSingle();
        String welshDate = Language.WELSH.speak(() -> Formats.longDate(published));
        String welshStatus = Language.WELSH.speak(() -> item.value2().label());
        assertThat(welshDate).as("a Welsh month").doesNotContain(Language.ENGLISH.speak(() -> Formats.longDate(published)));

        String reportPage = browser.get("/public/reports/" + report + "?lang=cy", null).body();
        assertThat(reportPage).contains("<html lang=\"cy\"").contains(">Cyhoeddwyd</dt>").contains(welshDate)
                .contains(html(welshStatus)).contains("Corff gwarchod").containsPattern("argymhell(iad|ion) wedi&#39;(i gyhoeddi|u cyhoeddi)");

        String itemPage = browser.get("/public/recommendations/" + item.value1() + "?lang=cy", null).body();
        assertThat(itemPage).contains("<html lang=\"cy\"").contains("Hanes y statws").contains("Gwnaed gan")
                .contains(html(welshStatus) + " ers ").contains(welshDate)
                .doesNotContain("Status history").doesNotContain(html(Language.ENGLISH.speak(() -> Status.OPEN.label())) + " since");
    }

    @Test
    void theSwitchLinksToTheSamePageAndFiltersInTheOtherLanguage() throws Exception {
        String welsh = browser.get("/public?force=SURREY&lang=cy", null).body();
        assertThat(welsh).contains("href=\"/public?force=SURREY&amp;lang=en\"").contains(">English</a>")
                .containsPattern("<span aria-current=\"true\" class=\"ot-language-switch__current\"\\s+lang=\"cy\">Cymraeg</span>")
                .contains("aria-label=\"Iaith\"");
        String english = browser.get("/public/open-data", null).body();
        assertThat(english).contains("href=\"/public/open-data?lang=cy\"").contains("hreflang=\"cy\"")
                .contains(">Cymraeg</a>").contains("aria-label=\"Language\"");
    }

    @Test
    void noticesAndErrorsInWelshWhileTheOpenDataStaysEnglish() throws Exception {
        String page = browser.get("/public?force=NOWHERE&size=5000&lang=cy", null).body();
        assertThat(page).contains("Nid oedd modd deall rhan o&#39;r cyfeiriad hwn")
                .contains("Anwybyddwyd yr heddlu neu&#39;r corff cenedlaethol “NOWHERE”")
                .contains("Dangosir 100 argymhelliad ar y mwyaf ar bob tudalen.");

        HttpResponse<String> missing = browser.get("/public/nothing-here?lang=cy", null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("<html lang=\"cy\"").contains("Heb ddod o hyd i&#39;r dudalen");

        HttpResponse<String> api = browser.send(HttpRequest.newBuilder(browser.uri("/public/api/v1/recommendations?force=NOWHERE"))
                .header("Cookie", "ot-lang=cy").GET());
        assertThat(api.body()).contains("The force or national body “NOWHERE” was ignored").doesNotContain("Anwybyddwyd");
        String csv = browser.send(HttpRequest.newBuilder(browser.uri("/public/register.csv"))
                .header("Cookie", "ot-lang=cy").GET()).body();
        assertThat(csv).startsWith("\uFEFFid,recommendation_id,recipient_code,recipient,watchdog_code");

        String openData = browser.get("/public/open-data?lang=cy", null).body();
        assertThat(openData).contains("report_published_on").contains("yn Saesneg");
    }

    private static String html(String text) {
        return text.replace("'", "&#39;");
    }
}
