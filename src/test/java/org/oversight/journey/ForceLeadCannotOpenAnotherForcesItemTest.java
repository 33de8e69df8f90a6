package org.oversight.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.ORGANISATION;
import static org.oversight.db.Tables.RECOMMENDATION;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.oversight.testsupport.OwnDatabase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Surrey's force lead types the address of a Devon and Cornwall item: whatever the detail route does (it arrives
 * with the register), they must not see the item, and must be told so — an access or not-found message, or the
 * router's not-found page while the route does not exist.
 */
@OwnDatabase(sharedBy = BrowserJourney.ONLY_LOOKING)
class ForceLeadCannotOpenAnotherForcesItemTest extends BrowserJourney {

    /**
     * Wordings of "you cannot see this": the register's detail view or error view, Vaadin's not-found page, or the
     * browser's own page for an error status with an empty body ("This localhost page can't be found", HTTP ERROR
     * 404, "Access to localhost was denied", HTTP ERROR 403).
     */
    private static final Pattern REFUSAL = Pattern.compile("could not navigate|not found|can.t be found|no recommendation"
            + "|cannot see|can.t see|can not see|access denied|access to .* was denied|not allowed|do not have access"
            + "|don.t have access|no access|HTTP ERROR 40[34]", Pattern.CASE_INSENSITIVE);

    @Autowired
    DSLContext dsl;

    @Test
    void surreyLeadTypesTheAddressOfADevonItem() {
        // an item addressed to Devon and Cornwall alone, so its text is not legitimately Surrey's to read
        var devonOnly = dsl.select(TRACKED_RECOMMENDATION.ID, RECOMMENDATION.TEXT).from(TRACKED_RECOMMENDATION)
                .join(RECOMMENDATION).on(RECOMMENDATION.ID.eq(TRACKED_RECOMMENDATION.RECOMMENDATION_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(TRACKED_RECOMMENDATION.RECIPIENT_ID))
                .where(ORGANISATION.CODE.eq("DEVON_CORNWALL"))
                .and(DSL.notExists(DSL.selectOne().from(TRACKED_RECOMMENDATION.as("other"))
                        .where(TRACKED_RECOMMENDATION.as("other").RECOMMENDATION_ID.eq(RECOMMENDATION.ID))
                        .and(TRACKED_RECOMMENDATION.as("other").RECIPIENT_ID.ne(TRACKED_RECOMMENDATION.RECIPIENT_ID))))
                .orderBy(TRACKED_RECOMMENDATION.ID).limit(1).fetchSingle();
        String itemText = devonOnly.value2();
        signIn("surrey");

        open("/recommendations/" + devonOnly.value1());
        screenshot("devon-item-as-surrey");

        String seen = visibleText();
        assertThat(seen).as("the Devon item's text must not be shown to Surrey").doesNotContain(itemText)
                .doesNotContain(itemText.substring(0, Math.min(60, itemText.length())));
        assertThat(REFUSAL.matcher(seen).find()).as("an access or not-found message, but the page said:\n" + seen).isTrue();
    }
}
