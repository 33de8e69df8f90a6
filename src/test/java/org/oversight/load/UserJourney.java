package org.oversight.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import tools.jackson.databind.JsonNode;

/**
 * One person at work, over and over until told to stop, with a pause to read or type between steps: signs in once,
 * then opens the dashboard (its charts fetched as images), the register with a filter, one item of the register,
 * their action plan, the form to post an update on a recommendation, and posts it. Each step's time goes to the
 * current {@link Timings}; a failed step counts as an error, and the person starts again from the dashboard.
 */
final class UserJourney implements Runnable {

    /** What the load test wants of every journey. */
    record Settings(HttpClient http, URI base, String username, String password, String registerQuery,
                    long thinkMillis, String marker) {
    }

    private static final String POST_UPDATE = "Post update";

    private final Settings settings;
    private final int number;
    private final AtomicReference<Timings> timings;
    private final BooleanSupplier stop;
    private final AtomicLong posted;
    private final Random random;
    /** When to sign in, from the journey's start; negative for a moment within one think time, at random. */
    private final long arriveAfterMillis;
    private String planRoute;
    private int updates;

    UserJourney(Settings settings, int number, AtomicReference<Timings> timings, BooleanSupplier stop, AtomicLong posted) {
        this(settings, number, timings, stop, posted, -1);
    }

    /** @param arriveAfterMillis when to sign in, from now; negative for a moment within one think time, at random */
    UserJourney(Settings settings, int number, AtomicReference<Timings> timings, BooleanSupplier stop, AtomicLong posted,
                long arriveAfterMillis) {
        this.arriveAfterMillis = arriveAfterMillis;
        this.settings = settings;
        this.number = number;
        this.timings = timings;
        this.stop = stop;
        this.posted = posted;
        this.random = new Random(number);
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    @Override
    public void run() {
        VaadinClient browser = new VaadinClient(settings.http(), settings.base());
        // people do not all click at once: each arrives at its own moment
        pause(arriveAfterMillis >= 0 ? arriveAfterMillis : random.nextLong(Math.max(1, settings.thinkMillis())));
        if (!step("sign-in", () -> browser.signIn(settings.username(), settings.password()))) {
            return;
        }
        while (!stop.getAsBoolean()) {
            boolean ok = step("dashboard", () -> dashboard(browser))
                    && step("register", () -> register(browser))
                    && step("item", () -> item(browser))
                    && step("plan", () -> plan(browser))
                    && step("update-form", () -> openUpdateForm(browser))
                    && step("post-update", () -> postUpdate(browser));
            if (!ok) {
                pause(settings.thinkMillis());
            }
        }
    }

    private void dashboard(VaadinClient browser) throws Exception {
        browser.navigate("", "");
        List<String> charts = browser.tree().dynamicImages();
        if (charts.isEmpty()) {
            throw new VaadinClient.LoadError("the dashboard shows no chart");
        }
        browser.fetchAll(charts);
    }

    private void register(VaadinClient browser) throws Exception {
        browser.navigate("recommendations", settings.registerQuery());
        if (browser.tree().tagged("vaadin-grid").isEmpty()) {
            throw new VaadinClient.LoadError("the register shows no grid");
        }
    }

    private void item(VaadinClient browser) throws Exception {
        List<String> items = browser.tree().links().stream().filter(h -> h.matches("recommendations/\\d+")).toList();
        if (items.isEmpty()) {
            throw new VaadinClient.LoadError("the filtered register lists no item (query " + settings.registerQuery() + ")");
        }
        browser.navigate(items.get(random.nextInt(items.size())), "");
        if (browser.tree().tagged("h1").isEmpty()) {
            throw new VaadinClient.LoadError("the item page has no heading");
        }
    }

    /** The first time, the plan is found as a person finds it: the first plan on "My work" that takes updates. */
    private void plan(VaadinClient browser) throws Exception {
        if (planRoute != null) {
            browser.navigate(planRoute, "");
            if (browser.tree().button(POST_UPDATE).isEmpty()) {
                throw new VaadinClient.LoadError(planRoute + " offers no \"Post update\"");
            }
            return;
        }
        browser.navigate("my-work", "");
        List<String> plans = browser.tree().links().stream().filter(h -> h.matches("plans/\\d+")).distinct().toList();
        for (String p : plans) {
            browser.navigate(p, "");
            if (browser.tree().button(POST_UPDATE).isPresent()) {
                planRoute = p;
                return;
            }
        }
        throw new VaadinClient.LoadError(settings.username() + " has no plan that takes updates among " + plans);
    }

    private void openUpdateForm(VaadinClient browser) throws Exception {
        browser.click(browser.tree().button(POST_UPDATE).orElseThrow());
        if (textArea(browser) == null) {
            throw new VaadinClient.LoadError("the update form did not open");
        }
    }

    private void postUpdate(VaadinClient browser) throws Exception {
        browser.type(textArea(browser), settings.marker() + " session " + number + " update " + (++updates));
        JsonNode answer = browser.click(browser.tree().button(POST_UPDATE).orElseThrow());
        if (!answer.toString().contains("Update posted")) {
            throw new VaadinClient.LoadError("no \"Update posted\" after posting");
        }
        posted.incrementAndGet();
    }

    private static UiNode textArea(VaadinClient browser) {
        return browser.tree().last("vaadin-text-area", n -> "What has happened".equals(n.property("label"))).orElse(null);
    }

    /** Runs and times one step, then thinks; false when it failed (the error is counted). */
    private boolean step(String name, Step step) {
        if (stop.getAsBoolean()) {
            return false;
        }
        long t0 = System.nanoTime();
        try {
            step.run();
            timings.get().record(name, (System.nanoTime() - t0) / 1e6);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            timings.get().error(name, e);
            return false;
        }
        pause(settings.thinkMillis());
        return true;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
