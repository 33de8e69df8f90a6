package org.oversight.recommendation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oversight.base.i18n.Language;
import org.oversight.base.ui.NarrowScreens;
import org.oversight.recommendation.KindLabels;
import org.oversight.recommendation.RegisterRow;
import org.oversight.recommendation.Status;
import org.oversight.testsupport.DatabaseTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's cells are drawn in the browser from properties of each row (decision 0135); these are what the
 * reader sees: the item's link and words, the status badge's words and colour class, the due date's wording in the
 * reader's language, and a phone's card.
 */
@DatabaseTest
@Transactional
class RegisterCellsShowWhatTheComponentsShowedTest extends SpringBrowserlessTest {

    private static final String DATE = "\\d{1,2} \\S+ \\d{4}";

    @Test
    @WithUserDetails("hmicfrs")
    void anOverdueItemLinksToItsPageAndSaysHowLateItIs() {
        GridTester<Grid<RegisterRow>, RegisterRow> grid = open("force=SURREY&overdue=true");
        assertThat(grid.size()).isPositive();
        for (int i = 0; i < Math.min(grid.size(), 10); i++) {
            RegisterRow row = grid.getRow(i);
            assertThat(property(grid, i, RegisterCells.ITEM, "href")).isEqualTo("recommendations/" + row.id());
            assertThat(property(grid, i, RegisterCells.ITEM, "text")).isEqualTo(row.text()).isNotBlank();
            assertThat(property(grid, i, RegisterCells.ITEM, "ref")).isEqualTo(row.reportReference()).isNotBlank();
            assertThat(property(grid, i, RegisterCells.ITEM, "title")).isEqualTo(row.reportTitle()).isNotBlank();
            DueLabel.Shown due = due(grid, i);
            assertThat(due.classes()).isEqualTo("due-label");
            assertThat(due.date()).matches(DATE);
            assertThat(due.left()).isEqualTo(-row.daysLeft() == 1 ? "1 day overdue" : -row.daysLeft() < 60
                    ? -row.daysLeft() + " days overdue" : due.left()).endsWith(" overdue");
            assertThat(due.leftClasses()).isEqualTo("status-badge overdue");
        }
    }

    @Test
    @WithUserDetails("hmicfrs")
    void aWelshReaderReadsTheStatusAndTheLatenessInWelsh() {
        UI.getCurrent().setLocale(Language.WELSH.locale());
        GridTester<Grid<RegisterRow>, RegisterRow> grid = open("force=SURREY&overdue=true");
        assertThat(grid.size()).isPositive();
        Map<Status, String> welsh = Map.of(Status.OPEN, "Ar agor", Status.IN_PROGRESS, "Ar y gweill",
                Status.PLAN_AWAITED, "Cynllun gweithredu yn ddyledus", Status.PLAN_ACCEPTED, "Cynllun wedi'i dderbyn");
        assertThat(welsh).containsKey(grid.getRow(0).status());
        assertThat(property(grid, 0, RegisterCells.STATUS, "status")).isEqualTo(welsh.get(grid.getRow(0).status()));
        assertThat(property(grid, 0, RegisterCells.STATUS, "badge")).isEqualTo("status-badge");
        assertThat(due(grid, 0).left()).endsWith(" yn hwyr");
        assertThat(due(grid, 0).date()).matches(DATE);
    }

    @Test
    @WithUserDetails("hmicfrs")
    void closedAndWaitingItemsKeepTheirBadgeColoursAndSayWhereTheyStand() {
        GridTester<Grid<RegisterRow>, RegisterRow> closed = open("force=SURREY&status=VERIFIED_IMPLEMENTED");
        assertThat(closed.size()).isPositive();
        assertThat(property(closed, 0, RegisterCells.STATUS, "status")).isEqualTo("Verified implemented");
        assertThat(property(closed, 0, RegisterCells.STATUS, "badge")).isEqualTo("status-badge closed");
        assertThat(due(closed, 0).classes()).isEqualTo("due-label due-none");
        assertThat(due(closed, 0).text()).matches("Closed( " + DATE + ")?");
        assertThat(due(closed, 0).date()).isNull();

        GridTester<Grid<RegisterRow>, RegisterRow> waiting = open("force=SURREY&status=PLAN_SUBMITTED");
        assertThat(waiting.size()).isPositive();
        assertThat(property(waiting, 0, RegisterCells.STATUS, "status")).isEqualTo("Plan submitted");
        assertThat(property(waiting, 0, RegisterCells.STATUS, "badge")).isEqualTo("status-badge waiting");
    }

    @Test
    @WithUserDetails("hmicfrs")
    void aPhoneCardShowsTheCellThenTheNumberForceStatusAndDueDateAndIsNotShownOnAWideScreen() {
        GridTester<Grid<RegisterRow>, RegisterRow> grid = open("force=SURREY&overdue=true");
        assertThat(grid.getColumn(NarrowScreens.CARD).isVisible()).as("a wide screen shows the columns").isFalse();

        RegisterRow row = grid.getRow(0);
        RegisterCells.Card card = RegisterCells.card(row, true);
        assertThat(card.href()).isEqualTo("recommendations/" + row.id());
        assertThat(card.text()).isEqualTo(row.text());
        assertThat(card.number()).isEqualTo(KindLabels.reference(row.kind(), row.number()));
        assertThat(card.recipient()).isEqualTo("Surrey Police");
        assertThat(card.status()).isEqualTo(row.status().label());
        assertThat(card.due()).isEqualTo(due(grid, 0));
        assertThat(RegisterCells.card(row, false).recipient()).as("a force's own staff are not told their force").isNull();
    }

    @Test
    @WithUserDetails("hmicfrs")
    void theBadgeAndDueLabelComponentsElsewhereReadAsBefore() {
        assertThat(StatusBadge.of(Status.PLAN_SUBMITTED).getClassNames()).containsExactly("status-badge", "waiting");
        assertThat(StatusBadge.of(Status.OPEN).getClassNames()).containsExactly("status-badge");
        var overdue = DueLabel.of(Status.OPEN, java.time.LocalDate.of(2026, 1, 5), -3L, null, false);
        assertThat(overdue.getElement().getTextRecursively()).isEqualTo("5 Jan 20263 days overdue");
        assertThat(overdue.getElement().getChild(1).getAttribute("class")).isEqualTo("status-badge overdue");
        var soon = DueLabel.of(Status.IN_PROGRESS, java.time.LocalDate.of(2026, 1, 5), 2L, null, false);
        assertThat(soon.getClassNames()).containsExactly("due-label", "due-soon");
        assertThat(soon.getElement().getChild(1).getText()).isEqualTo("2 days left");
    }

    private GridTester<Grid<RegisterRow>, RegisterRow> open(String query) {
        UI.getCurrent().navigate("recommendations", QueryParameters.fromString(query));
        @SuppressWarnings("unchecked")
        GridTester<Grid<RegisterRow>, RegisterRow> grid = test(find(Grid.class).single());
        return grid;
    }

    private static String property(GridTester<Grid<RegisterRow>, RegisterRow> grid, int row, String column, String name) {
        return grid.getLitRendererPropertyValue(row, column, name, String.class);
    }

    private static DueLabel.Shown due(GridTester<Grid<RegisterRow>, RegisterRow> grid, int row) {
        return grid.getLitRendererPropertyValue(row, RegisterCells.DUE, "due", DueLabel.Shown.class);
    }
}
