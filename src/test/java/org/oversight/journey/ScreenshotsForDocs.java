package org.oversight.journey;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Writes the screenshots of the main views in docs/screenshots, signed in as the demo user each view is for, in light
 * and dark colours on a desktop and in light colours on a phone (390 px):
 * {@code ui-<view>-<light|dark|phone>.png}, the visible part of the page (1400 × 900 or 390 × 844), with stable names
 * so that a new run replaces the old pictures. Not part of the build's tests; run it with
 * <pre>./mvnw -Pscreenshots verify</pre>
 * and look at every picture before committing them. {@code -Dscreenshots.variants=light,dark,phone,cy,phone-cy} adds
 * Welsh on a desktop and on a phone ({@code ui-<view>-cy.png}, {@code ui-<view>-phone-cy.png}).
 * {@code -Dscreenshots.only=deadlines,reports} takes only those views' pictures (to retake what a change made
 * out of date without taking all of them again). {@code -Dscreenshots.out=…} writes elsewhere.
 */
class ScreenshotsForDocs extends BrowserJourney {

    /** name, user (null: signed out), address ({item} and {plan} as in {@link MainViews}) */
    private static final List<String[]> SHOTS = List.of(
            new String[] {"sign-in", null, "/login"},
            new String[] {"my-work", "surrey", "/my-work"},
            new String[] {"register", "hmicfrs", "/recommendations"},
            new String[] {"item", "surrey", "/recommendations/{item}"},
            new String[] {"plan", "surrey", "/plans/{plan}"},
            new String[] {"dashboard", "hmicfrs", "/"},
            new String[] {"deadlines", "surrey", "/notifications"},
            new String[] {"reports", "hmicfrs", "/reports"},
            new String[] {"public-register", null, "/public"});

    @Autowired
    DSLContext dsl;

    static Stream<Arguments> shots() {
        List<Variant> variants = Arrays.stream(System.getProperty("screenshots.variants", "light,dark,phone").split(","))
                .map(String::strip).map(s -> Arrays.stream(Variant.values()).filter(v -> v.suffix().equals(s)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("No variant " + s + ": light, dark, phone, cy or phone-cy")))
                .toList();
        List<String> only = Arrays.stream(System.getProperty("screenshots.only", "").split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        return variants.stream().flatMap(v -> SHOTS.stream().filter(s -> only.isEmpty() || only.contains(s[0]))
                .map(s -> Arguments.of(s[0], v, s[1], s[2])));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("shots")
    void shoot(String name, Variant variant, String user, String address) {
        openIn(variant);
        String path = MainViews.resolve(dsl, address);
        if (user == null) {
            open(path);
        } else {
            openAs(user, path);
            assertTheViewItself();
        }
        page.waitForTimeout(500); // charts and fonts drawn after the last round trip
        assumeTheVariantsLanguage();
        Path out = Path.of(System.getProperty("screenshots.out", "docs/screenshots"))
                .resolve("ui-" + name + "-" + variant.suffix() + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(out));
    }
}
