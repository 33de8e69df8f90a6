package org.oversight.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oversight.audit.AuditLog;
import org.oversight.audit.AuditTrailService;
import org.oversight.audit.AuditFilter;
import org.oversight.base.InvalidInputException;
import org.oversight.base.i18n.Language;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** An auditor who reads Welsh: the trail's screen, its plain words for actions and records, and its rule messages. */
@DatabaseTest
@Transactional
@WithUserDetails("admin")
class WelshAuditorReadsTheTrailTest extends SpringBrowserlessTest {

    @Autowired AuditLog audit;
    @Autowired AuditTrailService trail;

    @Test
    void theTrailSpeaksWelsh() {
        audit.record("CLOCK_EXTENDED", "clock", 9402L, Map.of("dueOn", "2027-03-31"), Map.of("dueOn", "2027-06-30"));
        UI.getCurrent().setLocale(Language.WELSH.locale());
        UI.getCurrent().navigate("audit", QueryParameters.simple(Map.of("type", "clock", "id", "9402")));

        assertThat(find(H1.class).single().getText()).isEqualTo("Trywydd archwilio");
        assertThat(find(TextField.class).withCaption("Rhif y cofnod").single().getValue()).isEqualTo("9402");
        @SuppressWarnings("unchecked")
        Grid<Object> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("Terfyn amser wedi'i estyn");
        assertThat(test(grid).getCellComponent(0, 3)).isInstanceOfSatisfying(Anchor.class,
                a -> assertThat(a.getText()).isEqualTo("Cloc statudol 9402"));
        // Welsh months: "Maw" for March, "Meh" for June
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("Dyddiad dyledus: 31 Maw 2027 → 30 Meh 2027");

        test(find(Button.class).withText("Gwirio'r gadwyn").single()).click();
        // a Welsh plural: "digwyddiad" stays singular after a number, except the mutated "ddigwyddiad" after two
        assertThat(find(Div.class).withClassName("audit-verification").single().getText())
                .startsWith("Mae'r trywydd archwilio yn gyfan: ").contains(" digwyddiad wedi'u gwirio; yr olaf yw digwyddiad ");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedInWelsh() {
        AuditFilter backwards = new AuditFilter(null, null, null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1));

        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> Language.WELSH.speak(() -> {
                    trail.check(backwards);
                    return null;
                }));
        assertThat(e.getMessage()).contains("Mae'r cyfnod yn gorffen cyn iddo ddechrau");
        assertThat(Language.WELSH.speak(() -> org.oversight.audit.AuditWords.action("LOGIN", null)))
                .isEqualTo("Wedi mewngofnodi");
    }
}
