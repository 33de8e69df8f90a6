package org.oversight.recommendation;

import java.util.Locale;
import java.util.Optional;
import org.oversight.base.i18n.Messages;

/**
 * The decisions that pass work from one side to the other, each addressed to one side: the staff of the issuing
 * watchdog or the recipient's leads. {@code needsAction} decides the inbox group ("needs you" or "for information").
 */
public enum HandoffKind {
    PLAN_SUBMITTED(Side.WATCHDOG, true),
    PLAN_ACCEPTED(Side.RECIPIENT, false),
    PLAN_RETURNED(Side.RECIPIENT, true),
    REVISION_REQUESTED(Side.WATCHDOG, true),
    REVISION_APPROVED(Side.RECIPIENT, false),
    REVISION_REFUSED(Side.RECIPIENT, true),
    COMPLETION_CLAIMED(Side.WATCHDOG, true),
    CLAIM_VERIFIED(Side.RECIPIENT, false),
    CLAIM_RETURNED(Side.RECIPIENT, true),
    ITEM_REOPENED(Side.RECIPIENT, true),
    ITEM_CLOSED(Side.RECIPIENT, false),
    COMMENT_TO_WATCHDOG(Side.WATCHDOG, true),
    COMMENT_TO_RECIPIENT(Side.RECIPIENT, true),
    PLAN_CHASED(Side.RECIPIENT, true);

    /** Who a handoff is addressed to. */
    public enum Side { WATCHDOG, RECIPIENT }

    private static final String KEY = "recommendation.handoff.";

    private final Side addressee;
    private final boolean needsAction;

    HandoffKind(Side addressee, boolean needsAction) {
        this.addressee = addressee;
        this.needsAction = needsAction;
    }

    /** What happened, as a notification's title says it, in the reader's language ({@code recommendation.handoff.*}). */
    public String label() {
        return Messages.t(labelKey());
    }

    /** The message key of {@link #label()}, for a text kept to be written in each reader's language. */
    public String labelKey() {
        return KEY + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public Side addressee() {
        return addressee;
    }

    public boolean needsAction() {
        return needsAction;
    }

    /**
     * The handoff an item's move makes on its own. Plan decisions (submit, accept, return) are told once for the
     * whole plan by the action plan service, so the items' moves they cause say nothing here.
     */
    public static Optional<HandoffKind> ofItemMove(Transition t) {
        return Optional.ofNullable(switch (t) {
            case CLAIM_COMPLETE -> COMPLETION_CLAIMED;
            case VERIFY -> CLAIM_VERIFIED;
            case RETURN_CLAIM -> CLAIM_RETURNED;
            case REOPEN -> ITEM_REOPENED;
            case CLOSE_NOT_IMPLEMENTED, CLOSE_NO_FURTHER_ACTION, SUPERSEDE -> ITEM_CLOSED;
            case REQUEST_PLAN, SUBMIT_PLAN, ACCEPT_PLAN, RETURN_PLAN, START_WORK -> null;
        });
    }
}
