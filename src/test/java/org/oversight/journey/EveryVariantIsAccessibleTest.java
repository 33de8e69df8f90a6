package org.oversight.journey;

import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe-core (WCAG 2.1 A and AA rules) on the sign-in page and every main view ({@link MainViews}) in dark colours (the
 * device set to dark), at a phone's width (390 px) and in Welsh: no serious or critical violation, as in light colours
 * on a desktop ({@code MainViewsAreAccessibleTest}), and no label or menu entry cut off with "…". Each variant gets
 * fresh browser contexts, one per user, signed in once and kept while that variant's views are checked, each view in a
 * page of its own; they are closed before the next variant, so no emulated colours or viewport reach another one.
 * Welsh is skipped, with the reason, while the page does not come out in Welsh. Not one of the journeys that only look
 * ({@link BrowserJourney#ONLY_LOOKING}): a signed-in person's {@code ?lang=cy} saves Welsh as their language.
 */
class EveryVariantIsAccessibleTest extends BrowserJourney {

    @Autowired
    DSLContext dsl;

    @ParameterizedTest(name = "sign-in page, {0}")
    @EnumSource(value = Variant.class, names = {"LIGHT_DESKTOP", "WELSH_PHONE"}, mode = EnumSource.Mode.EXCLUDE)
    void signInPage(Variant variant) {
        openIn(variant);
        open("/login");
        page.waitForSelector("vaadin-login-form");
        screenshot("login-" + variant.suffix());

        assumeTheVariantsLanguage();
        assertNoSeriousAccessibilityViolations();
    }

    @ParameterizedTest(name = "{0}: {1} opens {2}")
    @MethodSource("org.oversight.journey.MainViews#viewsInOtherVariants")
    void mainView(Variant variant, String username, String path) {
        openAs(variant, username, MainViews.resolve(dsl, path));
        screenshot(MainViews.name(username, path) + "-" + variant.suffix());

        assumeTheVariantsLanguage();
        assertTheViewItself();
        assertNoSeriousAccessibilityViolations();
        // Welsh words are longer: a label or menu entry that fits in English may be cut off in Welsh
        assertNoWordsCutOff();
    }
}
