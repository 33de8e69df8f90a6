package org.oversight.importing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import org.oversight.base.i18n.Language;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The import pages in Welsh: headings, choosers and the template links. */
@DatabaseTest
@Transactional
class ImportPagesInWelshTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("hmicfrs")
    void theRecommendationsImportReadsWelsh() {
        UI.getCurrent().setLocale(Language.WELSH.locale());
        navigate(ImportView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Mewnforio argymhellion");
        assertThat(find(ComboBox.class).withLabel("Adroddiad").exists()).isTrue();
        assertThat(find(Anchor.class).all()).extracting(Anchor::getText)
                .contains("Lawrlwytho'r templed CSV", "Lawrlwytho'r templed Excel");
    }

    @Test
    @WithUserDetails("surrey")
    void theActionsImportReadsWelsh() {
        UI.getCurrent().setLocale(Language.WELSH.locale());
        navigate(ActionImportView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Mewnforio camau gweithredu");
        assertThat(find(ComboBox.class).withLabel("Cynllun gweithredu").exists()).isTrue();
    }
}
