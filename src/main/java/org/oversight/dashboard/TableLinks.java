package org.oversight.dashboard;

import java.util.List;
import java.util.Optional;
import org.oversight.base.i18n.Messages;
import org.oversight.recommendation.Status;

/**
 * Which cells of a chart's "show as table" view link to the register, and where: a cell links only when the
 * register can show exactly the items it counts, and only for rows the user may open (a chief officer sees every
 * force's counts but can open only their own force's items).
 */
@FunctionalInterface
public interface TableLinks {

    TableLinks NONE = (row, column, header) -> Optional.empty();

    /** The register link for the cell at {@code column} of {@code row}, whose column is headed {@code header}. */
    Optional<String> href(List<String> row, int column, String header);

    /** Status by force: the force, the exact groups (reported complete, overdue and both closed ones), open and total. */
    static TableLinks statusByForce(Dashboard d) {
        var data = d.statusByForce().data();
        if (data.isBreakdown()) {
            // one organisation: a row per status group, each linked to that organisation's items in it
            String organisation = data.forces().getFirst().name();
            return (row, column, header) -> forceLink(d, d.statusByForce(), organisation)
                    .flatMap(link -> statusLink(link, row.getFirst()))
                    .map(RegisterLink::href);
        }
        return (row, column, header) -> forceLink(d, d.statusByForce(), row.getFirst())
                .flatMap(link -> statusLink(link, column == 0 ? total() : header))
                .map(RegisterLink::href);
    }

    /** The organisation's items counted under {@code header}: a status group's label, Open or Total. */
    private static Optional<RegisterLink> statusLink(RegisterLink link, String header) {
        if (header.equals(total())) {
            return Optional.of(link);
        } else if (header.equals(Messages.t("dashboard.table.open"))) {
            return Optional.of(link.open());
        } else if (header.equals(StatusGroups.OVERDUE.label())) {
            return Optional.of(link.overdue());
        } else if (header.equals(StatusGroups.REPORTED_COMPLETE.label())) {
            return Optional.of(link.statuses(List.of(Status.REPORTED_COMPLETE)));
        } else if (header.equals(StatusGroups.VERIFIED.label())) {
            return Optional.of(link.statuses(List.of(Status.VERIFIED_IMPLEMENTED)));
        } else if (header.equals(StatusGroups.CLOSED_UNVERIFIED.label())) {
            return Optional.of(link.statuses(Status.CLOSED_UNVERIFIED));
        }
        return Optional.empty();
    }

    /** Overdue by watchdog: the watchdog's overdue items, and those of each kind. */
    static TableLinks overdueByWatchdog(Dashboard d) {
        var figures = d.overdueByWatchdog();
        return (row, column, header) -> figures.rowCode(row.getFirst()).flatMap(code -> {
            RegisterLink link = RegisterLink.of(d.filter(), d.today()).watchdog(code).overdue();
            if (column == 0 || header.equals(total())) {
                return Optional.of(link);
            }
            return figures.columnCode(header).map(link::kind);
        }).map(RegisterLink::href);
    }

    /** Themes by force: the force's open items, and those filed under each theme (the row total has no link). */
    static TableLinks themesByForce(Dashboard d) {
        var figures = d.themesByForce();
        return (row, column, header) -> forceLink(d, figures, row.getFirst()).flatMap(link -> {
            if (column == 0) {
                return Optional.of(link.open());
            }
            return figures.columnCode(header).map(theme -> link.theme(theme).open());
        }).map(RegisterLink::href);
    }

    /** The heading of a table's total column, in the reader's language like the table itself. */
    private static String total() {
        return Messages.t("dashboard.table.total");
    }

    private static Optional<RegisterLink> forceLink(Dashboard d, ChartFigures<?> figures, String recipient) {
        if (!d.mayOpen(recipient)) {
            return Optional.empty();
        }
        return figures.rowCode(recipient).map(code -> RegisterLink.of(d.filter(), d.today()).force(code));
    }
}
