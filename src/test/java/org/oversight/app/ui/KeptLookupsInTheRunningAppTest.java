package org.oversight.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.Test;
import org.oversight.journey.BrowserJourney;
import org.oversight.testsupport.OwnDatabase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In the running application, a person signing in and moving between pages in a real browser goes through the
 * look-up that keeps answers (decision 0139): the two types Vaadin looked up with a scan of every jar, on each
 * navigation and on each call from the browser with arguments, are asked once and kept, and the pages still work.
 */
@OwnDatabase(sharedBy = BrowserJourney.ONLY_LOOKING)
class KeptLookupsInTheRunningAppTest extends BrowserJourney {

    @Autowired ServletContext servletContext;

    @Test
    void navigatingAndScrollingTheRegisterUseTheKeptAnswers() {
        signIn("surrey");
        open("/recommendations");
        page.waitForSelector("vaadin-grid vaadin-grid-cell-content a");
        open("/");
        waitForText("Welcome, ");

        Lookup lookup = new VaadinServletContext(servletContext).getAttribute(Lookup.class);
        assertThat(lookup).isInstanceOf(KeptLookups.Kept.class);
        KeptLookups.Kept kept = (KeptLookups.Kept) lookup;
        assertThat(kept.keeps(VaadinRolePrefixHolder.class)).as("the role prefix, asked on each navigation").isTrue();
        assertThat(kept.lookup(VaadinRolePrefixHolder.class)).isNotNull();
        assertThat(kept.keeps(DeprecatedPolymerPublishedEventHandler.class))
                .as("the old Polymer handler, asked on each call from the browser with arguments").isTrue();
        assertThat(kept.lookup(DeprecatedPolymerPublishedEventHandler.class)).isNull();
    }
}
