package org.oversight.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oversight.testsupport.HttpBrowser;
import org.oversight.testsupport.OwnDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@code ?lang=cy} works before anybody signs in: the sign-in page comes in Welsh (its description; its words are
 * drawn by the application, {@code ui.ChoosingWelshTest}), says so in {@code <html lang>}, and
 * the browser is given the cookie that keeps Welsh on the next pages; a browser that asks for Welsh first gets it too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("database")
@OwnDatabase
class WelshOverHttpTest {

    @LocalServerPort int port;

    final HttpBrowser browser = new HttpBrowser(() -> port);

    @Test
    void theSignInPageWithLangCyIsWelshAndRemembered() throws Exception {
        HttpResponse<String> page = browser.get("/login?lang=cy", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"cy\"")
                .contains("Mae Oversight Tracker yn dilyn argymhellion cyrff gwarchod").doesNotContain("follows watchdog");
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("ot-lang=cy;")
                .contains("Path=/").contains("SameSite=Lax"));

        HttpResponse<String> next = get("/login", "ot-lang=cy", null);
        assertThat(next.body()).as("the cookie keeps Welsh").contains("<html lang=\"cy\"")
                .contains("yn dilyn argymhellion cyrff gwarchod");

        HttpResponse<String> back = get("/login?lang=en", "ot-lang=cy", null);
        assertThat(back.body()).contains("<html lang=\"en\"").contains("follows watchdog recommendations");
        assertThat(back.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("ot-lang=en;"));
    }

    @Test
    void aBrowserThatAsksForWelshFirstGetsWelshAndOthersEnglish() throws Exception {
        assertThat(get("/login", null, "cy-GB,cy;q=0.9,en;q=0.8").body()).contains("<html lang=\"cy\"")
                .contains("yn dilyn argymhellion cyrff gwarchod");
        assertThat(get("/login", null, "en-GB,en;q=0.9,cy;q=0.5").body()).contains("<html lang=\"en\"")
                .contains("follows watchdog recommendations");
    }

    private HttpResponse<String> get(String path, String cookie, String acceptLanguage) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return browser.send(request);
    }
}
