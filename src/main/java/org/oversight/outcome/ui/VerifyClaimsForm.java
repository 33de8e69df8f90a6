package org.oversight.outcome.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashMap;
import java.util.Map;
import org.oversight.base.SubmissionKey;
import org.oversight.base.ui.Feedback;
import org.oversight.base.ui.FieldMessages;
import org.oversight.base.ui.Submit;
import org.oversight.outcome.BulkRefusedException;
import org.oversight.outcome.BulkResult;
import org.oversight.outcome.NationalFollowUpService;
import org.oversight.outcome.NationalRecommendation;
import org.oversight.outcome.NationalRecommendation.Recipient;

/**
 * Several completion claims verified with one reason, each recorded on its own recommendation. All or nothing: when
 * a chosen claim cannot be verified, none is, and the form lists which and why.
 */
class VerifyClaimsForm extends Div {

    private final UnorderedList problems = new UnorderedList();
    private final SubmissionKey key = SubmissionKey.fresh();

    VerifyClaimsForm(NationalFollowUpService service, NationalRecommendation n, Runnable done) {
        addClassName("verify-claims");
        CheckboxGroup<Recipient> claims = new CheckboxGroup<>(getTranslation("outcome.verify.claims"));
        claims.setItems(n.claimsToVerify());
        claims.setItemLabelGenerator(Recipient::name);
        TextArea reason = new TextArea(getTranslation("outcome.ui.reason"));
        reason.setHelperText(getTranslation("outcome.verify.reason-hint"));
        reason.setMaxLength(4000);
        reason.setWidthFull();
        problems.addClassName("bulk-refusals");
        FieldMessages messages = new FieldMessages().on("items", claims).on("reason", reason);
        Button verify = Submit.button(getTranslation("outcome.verify.button"), () -> {
            messages.clear();
            problems.removeAll();
            Map<Long, Integer> seen = new LinkedHashMap<>();
            claims.getSelectedItems().forEach(r -> seen.put(r.trackedId(), r.version()));
            BulkResult[] result = new BulkResult[1];
            BulkRefusedException[] refusal = new BulkRefusedException[1];
            boolean ok = Feedback.run(() -> {
                try {
                    result[0] = service.verifyClaims(n.recommendationId(), seen, reason.getValue(), key);
                } catch (BulkRefusedException e) {
                    refusal[0] = e;
                }
            }, messages);
            if (refusal[0] != null) {
                problems.add(new ListItem(getTranslation("outcome.verify.refused")));
                refusal[0].refused().forEach(p -> problems.add(new ListItem(p)));
                return false;
            }
            if (ok) {
                Feedback.success(getTranslation("outcome.verify.done", result[0].applied()));
                done.run();
            }
            return ok;
        });
        verify.addThemeVariants(ButtonVariant.PRIMARY);
        add(new Paragraph(getTranslation("outcome.verify.intro")), claims, reason, problems, verify);
    }
}
