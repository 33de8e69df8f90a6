package org.oversight.recommendation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.db.Tables.TRACKED_RECOMMENDATION;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.oversight.base.i18n.Language;
import org.oversight.base.ui.DecideDialog;
import org.oversight.recommendation.Status;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** A reader who chose Welsh reads the register, its filters, an item and the workflow's rule messages in Welsh. */
@DatabaseTest
@Transactional
class WelshReaderUsesTheRegisterTest extends SpringBrowserlessTest {

    @Autowired
    DSLContext dsl;

    @Test
    @WithUserDetails("hmicfrs")
    void theRegisterAndItsFiltersSpeakWelsh() {
        UI.getCurrent().setLocale(Language.WELSH.locale());
        UI.getCurrent().navigate("recommendations",
                QueryParameters.fromString("force=SURREY&dueWithin=2&publishedFrom=2020-01-01&q=no-such-words"));

        assertThat(find(H1.class).single().getText()).isEqualTo("Argymhellion");
        ComboBox<?> watchdog = find(ComboBox.class).withLabel("Corff gwarchod").single();
        assertThat(watchdog.getPlaceholder()).isEqualTo("Y cyfan");
        MultiSelectComboBox<?> status = find(MultiSelectComboBox.class).withLabel("Statws").single();
        assertThat(status.getPlaceholder()).isEqualTo("Y cyfan");
        // a Welsh plural ("2 ddiwrnod", mutated after two) and a Welsh date ("Ion" for January)
        assertThat(find(Div.class).withClassName("empty-state").single().getText()).isEqualTo(
                "Argymhellion: dim ar gyfer Surrey Police yn ddyledus o fewn 2 ddiwrnod a gyhoeddwyd ers 1 Ion 2020 "
                        + "sy'n cyfateb i “no-such-words”. Newidiwch neu cliriwch yr hidlyddion i weld rhagor.");
        assertThat(find(Button.class).withText("Rhagor o hidlyddion (3)").exists()).isFalse();
        assertThat(find(Button.class).withText("Rhagor o hidlyddion (2)").exists()).isTrue();
    }

    @Test
    @WithUserDetails("hmicfrs")
    void anEmptyFilterSaysAllInEnglish() {
        UI.getCurrent().navigate("recommendations");

        assertThat(find(ComboBox.class).withLabel("Watchdog").single().getPlaceholder()).isEqualTo("All");
        assertThat(find(MultiSelectComboBox.class).withLabel("Status").single().getPlaceholder()).isEqualTo("All");
    }

    @Test
    @WithUserDetails("hmicfrs")
    void aMoveWithoutAReasonIsRefusedInWelsh() {
        long id = DemoItems.surreyItem(dsl, Status.PLAN_SUBMITTED);
        UI.getCurrent().setLocale(Language.WELSH.locale());
        navigate("recommendations/" + id, RecommendationDetailView.class);

        assertThat(find(Div.class).withClassName("detail-head").single().getElement().getTextRecursively())
                .contains("Cynllun wedi'i gyflwyno");
        assertThat(find(Div.class).withClassName("facts").single().getElement().getTextRecursively())
                .contains("Blaenoriaeth", "Terfyn amser presennol", "Cynllun wedi'i gyflwyno ers ");
        test(find(Button.class).withText("Penderfynu").single()).click();
        Dialog dialog = find(Dialog.class).single();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<DecideDialog.Choice<?>> choices = find(RadioButtonGroup.class).from(dialog).single();
        choices.setValue(choices.getListDataView().getItems().filter(c -> c.label().equals("Dychwelyd y cynllun"))
                .findFirst().orElseThrow());
        TextArea reason = find(TextArea.class, dialog).withLabel("Rheswm").single();
        test(find(Button.class, dialog).withText(confirmText(dialog)).single()).click();

        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Rhowch reswm: caiff ei gadw yn yr hanes.");
        assertThat(dsl.select(TRACKED_RECOMMENDATION.STATUS).from(TRACKED_RECOMMENDATION)
                .where(TRACKED_RECOMMENDATION.ID.eq(id)).fetchSingle().value1()).isEqualTo(Status.PLAN_SUBMITTED);
    }

    /** The dialog's primary button, whichever language the shared dialog speaks. */
    private String confirmText(Dialog dialog) {
        return find(Button.class, dialog).all().stream().map(Button::getText)
                .filter(t -> !t.isEmpty() && !t.equals("Cancel") && !t.equals("Canslo")).findFirst().orElseThrow();
    }
}
