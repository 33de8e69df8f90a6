package org.oversight.recommendation;

import java.util.Optional;

/**
 * The decisions that pass work from one side to the other, each addressed to one side: the staff of the issuing
 * watchdog or the recipient's leads. {@code needsAction} decides the inbox group ("needs you" or "for information").
 */
public enum HandoffKind {
    PLAN_SUBMITTED("An action plan is submitted", Side.WATCHDOG, true),
    PLAN_ACCEPTED("Your action plan is accepted", Side.RECIPIENT, false),
    PLAN_RETURNED("Your action plan is returned", Side.RECIPIENT, true),
    REVISION_REQUESTED("A new due date is asked for", Side.WATCHDOG, true),
    REVISION_APPROVED("Your new due date is approved", Side.RECIPIENT, false),
    REVISION_REFUSED("Your new due date is refused", Side.RECIPIENT, true),
    COMPLETION_CLAIMED("A recommendation is reported complete", Side.WATCHDOG, true),
    CLAIM_VERIFIED("A recommendation is verified as implemented", Side.RECIPIENT, false),
    CLAIM_RETURNED("A completion claim is returned", Side.RECIPIENT, true),
    ITEM_REOPENED("A recommendation is reopened", Side.RECIPIENT, true),
    ITEM_CLOSED("A recommendation is closed", Side.RECIPIENT, false),
    COMMENT_TO_WATCHDOG("A force comments on a plan", Side.WATCHDOG, true),
    COMMENT_TO_RECIPIENT("The watchdog comments on a plan", Side.RECIPIENT, true),
    PLAN_CHASED("The watchdog asks for your action plan", Side.RECIPIENT, true);

    /** Who a handoff is addressed to. */
    public enum Side { WATCHDOG, RECIPIENT }

    private final String label;
    private final Side addressee;
    private final boolean needsAction;

    HandoffKind(String label, Side addressee, boolean needsAction) {
        this.label = label;
        this.addressee = addressee;
        this.needsAction = needsAction;
    }

    public String label() {
        return label;
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
