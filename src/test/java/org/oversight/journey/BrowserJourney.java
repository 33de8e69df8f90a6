package org.oversight.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInfo;
import org.oversight.app.LanguageOfRequests;
import org.oversight.demo.DemoAccounts;
import org.oversight.testsupport.OwnDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A journey in a real browser: the application on a random port with the demo data (the test profile), a fresh
 * headless Chromium page per test, {@link #signIn}, {@link #screenshot} of each step under target/journeys/, and
 * {@link #assertNoSeriousAccessibilityViolations} (axe-core). Subclasses are named after what the user does.
 */
// Vaadin's dev tools (Copilot) would be drawn over every page in dev mode: not part of the product, and not
// accessible itself; the journeys see the application as a user does
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@ActiveProfiles("test")
@Tag("browser")
@OwnDatabase
public abstract class BrowserJourney {

    static final Path SCREENSHOTS = Path.of("target", "journeys");
    /**
     * The {@link OwnDatabase#sharedBy} group of journeys that only look (open pages, sign in, check): they share one
     * application and database, started once. A journey that saves anything keeps a database of its own; so does one
     * that opens pages signed in with {@code ?lang=}, which saves the person's language.
     */
    public static final String ONLY_LOOKING = "journeys that only look";
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");
    /** No CSS transition under way on the page, shadow trees included. */
    private static final String NO_TRANSITION_RUNNING =
            "() => document.getAnimations().every(a => !(a instanceof CSSTransition) || a.playState !== 'running')";
    /** Session cookies of users signed in by {@link #openAs}, by port and username, for the rest of the run. */
    private static final Map<String, List<Cookie>> SESSIONS = new ConcurrentHashMap<>();
    /** The language pages come out in for a variant, by port and variant, asked once per run ({@link #openIn}). */
    private static final Map<String, String> LANGUAGE_SHOWN = new ConcurrentHashMap<>();
    /** Browser contexts kept for the rest of the class, by variant and user ({@link #openAs(Variant, String, String)}). */
    private static final Map<String, BrowserContext> KEPT = new LinkedHashMap<>();

    @LocalServerPort
    protected int port;

    protected Page page;
    private BrowserContext context;
    /** A context of this test's own ({@link #openIn}), closed after it; the run's shared one is never changed. */
    private BrowserContext ownContext;
    private Variant variant = Variant.LIGHT_DESKTOP;
    private String testName;
    private int step;

    @BeforeEach
    void openPage(TestInfo info) {
        context = Browsers.context();
        // signed out (no session cookie) but with the browser's cache warm: the bundle loads once per run
        context.clearCookies();
        page = context.newPage();
        String method = info.getTestMethod().map(m -> m.getName()).orElse("test");
        String display = info.getDisplayName().startsWith(method) ? "" : "-" + info.getDisplayName();
        testName = getClass().getSimpleName() + "/" + (method + display).replaceAll("[^A-Za-z0-9.]+", "-");
        step = 0;
    }

    @AfterEach
    void closePage() {
        if (page != null) {
            page.close();
        }
        if (ownContext != null) {
            ownContext.close();
            ownContext = null;
        }
    }

    @AfterAll
    static void closeKeptContexts() {
        KEPT.values().forEach(BrowserContext::close);
        KEPT.clear();
    }

    /**
     * Goes on in a fresh browser context of this variant (colours, screen size, language), leaving the run's shared
     * context as it was: emulated media or a phone's viewport never leak into later tests. Signed-in sessions carry
     * over ({@link #openAs}).
     */
    protected void openIn(Variant variant) {
        page.close();
        if (ownContext != null) {
            ownContext.close();
        }
        this.variant = variant;
        ownContext = Browsers.context(variant);
        context = ownContext;
        page = context.newPage();
        assumeTheVariantsLanguageOnce();
    }

    /**
     * {@link #openAs(String, String)} in a variant, for tests that look at many views: the first call for a variant
     * and user opens a fresh browser context of that variant (as {@link #openIn} does) and keeps it for the rest of the
     * class, so that the user's later views in that variant reuse its sign-in and its cached scripts instead of
     * starting cold; each test still gets a page of its own. When a variant is first asked for, the contexts of the
     * other variants are closed, so emulated colours or a phone's viewport never reach another variant.
     */
    protected void openAs(Variant variant, String username, String path) {
        page.close();
        this.variant = variant;
        context = KEPT.get(variant + "/" + username);
        if (context == null) {
            KEPT.entrySet().removeIf(kept -> {
                boolean other = !kept.getKey().startsWith(variant + "/");
                if (other) {
                    kept.getValue().close();
                }
                return other;
            });
            context = Browsers.context(variant);
            KEPT.put(variant + "/" + username, context);
        }
        page = context.newPage();
        assumeTheVariantsLanguageOnce();
        openAs(username, path);
    }

    private void assumeTheVariantsLanguageOnce() {
        if (variant.language() != null) {
            // asked once per run on the sign-in page, so that a missing language skips at once, not after every view
            assumeLanguage(LANGUAGE_SHOWN.computeIfAbsent(port + "/" + variant, k -> {
                open("/login");
                return htmlLang();
            }));
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + variant.address(path);
    }

    /** Opens a path and waits until Vaadin has drawn the view. */
    protected void open(String path) {
        try {
            page.navigate(url(path));
        } catch (PlaywrightException e) {
            // an error status with an empty body: Chromium shows its own error page, which the test can read
            if (!String.valueOf(e.getMessage()).contains("ERR_HTTP_RESPONSE_CODE_FAILURE")) {
                throw e;
            }
        }
        settle();
    }

    /** Signs in through the login form with the demo password and waits for the application shell. */
    protected void signIn(String username) {
        if (!page.url().equals(url("/login"))) {
            open("/login");
        }
        page.waitForSelector("vaadin-login-form");
        page.fill("input[name=username]", username);
        page.fill("input[name=password]", DemoAccounts.PASSWORD);
        screenshot("sign-in-as-" + username);
        page.click("vaadin-login-form vaadin-button[slot=submit], vaadin-login-form vaadin-button");
        // attached, not visible: on a phone the drawer that shows the name is closed
        try {
            page.waitForSelector("vaadin-app-layout .user-name",
                    new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
        } catch (TimeoutError e) {
            // say what the browser shows instead of the application (an error, a message on the sign-in page …)
            screenshot("sign-in-did-not-finish");
            throw new AssertionError("Signing in as " + username + " did not reach the application; the page at "
                    + page.url() + " shows:\n" + visibleText(), e);
        }
        settle();
    }

    /** Signs out through the button in the shell and waits for the login form. */
    protected void signOut() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.waitForSelector("vaadin-login-form");
        settle();
    }

    /**
     * Opens a path as the user, for tests that only look: the user's session from earlier in the run is resumed when
     * it is still valid (the login form is not what is being tested there, and signing in for every page doubles
     * the time); otherwise the user signs in through the form.
     */
    protected void openAs(String username, String path) {
        String key = port + "/" + username;
        List<Cookie> saved = SESSIONS.get(key);
        if (saved != null) {
            context.addCookies(saved);
            open(path);
            if (!page.url().contains("/login")) {
                return;
            }
            // the saved session has ended (the user signed in afresh elsewhere in the run): the sign-in form on the
            // page belongs to it, so its form would be refused once the cookie goes; open a fresh one
            context.clearCookies();
            open("/login");
        }
        signIn(username);
        // the session, not the language this context happened to ask for: that stays with its variant
        SESSIONS.put(key, context.cookies().stream().filter(c -> !c.name.equals(LanguageOfRequests.COOKIE)).toList());
        open(path);
    }

    /** Waits until the text is shown somewhere on the page (Vaadin answers a click with a round trip). */
    protected void waitForText(String text) {
        page.getByText(text).first().waitFor();
    }

    /** Saves a screenshot of the page as the next numbered step of this test. */
    protected Path screenshot(String what) {
        Path file = SCREENSHOTS.resolve(testName).resolve(String.format("%02d-%s.png", ++step, what));
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** axe-core over the page as it is now: no violation of serious or critical impact. */
    protected void assertNoSeriousAccessibilityViolations() {
        page.waitForFunction(NO_TRANSITION_RUNNING);
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        List<Rule> blocking = results.getViolations().stream().filter(v -> BLOCKING_IMPACTS.contains(v.getImpact())).toList();
        assertThat(blocking).as(() -> "accessibility violations on " + page.url() + ":\n" + blocking.stream()
                .map(v -> v.getImpact() + " " + v.getId() + ": " + v.getHelp() + " at " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"))).isEmpty();
    }

    /** No label, menu entry or button's words cut off with "…" ({@link CutWords}): they wrap, or fit. */
    protected void assertNoWordsCutOff() {
        assertThat(CutWords.on(page)).as("words cut off with … on " + page.url()).isEmpty();
    }

    /** The view itself is shown, not a refusal or a not-found page: what the checks after this one look at. */
    protected void assertTheViewItself() {
        assertThat(page.title()).doesNotContainIgnoringCase("not found").doesNotContainIgnoringCase("cannot open");
        assertThat(visibleText()).doesNotContain("Could not navigate").doesNotContain("Access denied");
    }

    /**
     * Skips the rest of the test, saying why, when the page is not in the variant's language (Welsh before the
     * language switch exists); English variants always go on.
     */
    protected void assumeTheVariantsLanguage() {
        assumeLanguage(htmlLang());
    }

    private void assumeLanguage(String lang) {
        Assumptions.assumeTrue(variant.languageShown(lang), () -> "The page came out in '" + lang + "', not in "
                + variant.language() + ": no language switch for ?lang=" + variant.language() + " yet (issue 20, Welsh)");
    }

    private String htmlLang() {
        return (String) page.evaluate("() => document.documentElement.lang");
    }

    /** The visible text of the page, shadow DOM included (Vaadin components render into it). */
    protected String visibleText() {
        return page.locator("body").innerText();
    }

    /** Waits for the page to load, Vaadin's round trips and CSS transitions (a scheme switch fades Lumo's labels). */
    protected void settle() {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForFunction("() => !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
        page.waitForFunction(NO_TRANSITION_RUNNING);
    }
}
