package org.oversight.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One headless Chromium for the whole test run: the system's (Debian's chromium package, which .ci/run installs),
 * never a download. Playwright's driver (bundled in its jar) is unpacked to a temporary folder on first use;
 * PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD is passed to it here as well, so that a run without the variable set (an IDE)
 * does not try to fetch browsers either.
 */
final class Browsers {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("OT_CHROMIUM", "/usr/lib/chromium/chromium"));
    static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-dev-shm-usage");

    private static Playwright playwright;
    private static Browser browser;
    private static BrowserContext context;

    private Browsers() {
    }

    static synchronized Browser chromium() {
        if (browser == null) {
            if (!Files.isExecutable(CHROMIUM)) {
                throw new IllegalStateException("No Chromium at " + CHROMIUM + ": install Debian's chromium package "
                        + "(.ci/run does) or point OT_CHROMIUM at a Chromium binary");
            }
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM).setHeadless(true).setArgs(ARGS));
            Runtime.getRuntime().addShutdownHook(new Thread(Browsers::close));
        }
        return browser;
    }

    /**
     * One context (cookies, cache) for the run; each test clears its cookies and opens its own page. Timeouts as
     * generous as a variant's: on a busy machine a chief officer's dashboard after sign-in has taken over 30 s.
     */
    static synchronized BrowserContext context() {
        if (context == null) {
            context = chromium().newContext(new Browser.NewContextOptions().setViewportSize(1400, 900).setLocale("en-GB"));
            patient(context);
        }
        return context;
    }

    /**
     * A new context for one variant, for one test: the caller closes it. Generous timeouts, as a variant may be the
     * first page a cold application serves (its first sign-in has taken over 30 s on a busy machine).
     */
    static BrowserContext context(Variant variant) {
        return patient(chromium().newContext(variant.options()));
    }

    private static BrowserContext patient(BrowserContext context) {
        context.setDefaultTimeout(90_000);
        context.setDefaultNavigationTimeout(120_000);
        return context;
    }

    private static synchronized void close() {
        if (playwright != null) {
            playwright.close();
            playwright = null;
            browser = null;
            context = null;
        }
    }
}
