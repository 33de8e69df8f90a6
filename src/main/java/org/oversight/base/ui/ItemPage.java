package org.oversight.base.ui;

import com.vaadin.flow.component.Component;
import java.util.function.LongPredicate;

/**
 * A page whose address names one item by its number ({@code recommendations/12}, {@code plans/3}, …), with the
 * question "can the signed-in person see item n?". The application's shell asks it on a typed address's first load,
 * before any view is built, so that an item that does not exist, one outside the person's scope and a number that is
 * no number all answer 404 (the same answer on purpose: it must not tell another force what exists, as the API does).
 * <p>
 * Each feature declares one bean per such view, next to the view, with its service's own "can see" read: the same
 * scope rule the page's read applies ({@code ItemScope}, the plan and publishing rules), in one indexed query,
 * never a second copy of the rule. A test checks that every route with a parameter has one.
 *
 * @param view   the view at the address
 * @param canSee whether the signed-in person can see the item with this number (false for one that does not exist)
 */
public record ItemPage(Class<? extends Component> view, LongPredicate canSee) {
}
