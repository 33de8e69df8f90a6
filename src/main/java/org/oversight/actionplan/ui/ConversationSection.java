package org.oversight.actionplan.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import org.oversight.actionplan.PlanComment;
import org.oversight.actionplan.PlanCommentService;
import org.oversight.actionplan.PlanDetails;
import org.oversight.actionplan.PlanItem;
import org.oversight.base.Formats;
import org.oversight.base.SubmissionKey;
import org.oversight.base.ui.Feedback;
import org.oversight.base.ui.FieldMessages;
import org.oversight.base.ui.Submit;

/**
 * The dated conversation between watchdog and force on a plan, oldest first, with a box to write in for those who
 * may. Comments are shown as text: markup someone typed stays visible as typed.
 */
class ConversationSection extends Composite<Div> {

    private static final String WHOLE_PLAN = "The whole plan";

    ConversationSection(PlanCommentService service, PlanDetails details, Runnable reload) {
        Div root = getContent();
        root.addClassName("plan-conversation");
        long planId = details.plan().id();
        List<PlanComment> comments = service.comments(planId);
        if (comments.isEmpty()) {
            root.add(new Paragraph("No comments yet. Questions about the plan are best asked here, where both sides see them."));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("comment-list");
            for (PlanComment c : comments) {
                Span who = new Span(c.authorName() + (c.authorOrganisation() == null ? "" : " (" + c.authorOrganisation() + ")")
                        + ", " + Formats.dateTime(c.createdAt()) + (c.itemNumber() == null ? "" : ", on " + reference(c.itemNumber())));
                who.addClassName("comment-meta");
                Paragraph body = new Paragraph(c.body());
                body.addClassName("comment-body");
                list.add(new ListItem(who, body));
            }
            root.add(list);
        }
        if (!service.mayComment(planId)) {
            return;
        }
        List<String> choices = new ArrayList<>();
        choices.add(WHOLE_PLAN);
        details.items().forEach(i -> choices.add(i.reference()));
        Select<String> about = new Select<>();
        about.setLabel("About");
        about.setItems(choices);
        about.setValue(WHOLE_PLAN);
        TextArea text = new TextArea("Your comment");
        text.setHelperText("Up to " + PlanCommentService.MAX_COMMENT + " characters. Kept with the plan, with your name and the date.");
        text.setMaxLength(PlanCommentService.MAX_COMMENT);
        text.setWidthFull();
        text.setMinRows(2);
        FieldMessages errors = new FieldMessages().on("comment", text).on("about", about);
        SubmissionKey[] key = {SubmissionKey.fresh()};
        Button send = Submit.button("Add comment", () -> {
            errors.clear();
            Long trackedId = details.items().stream().filter(i -> i.reference().equals(about.getValue()))
                    .map(PlanItem::trackedId).findFirst().orElse(null);
            if (!Feedback.run(() -> service.comment(planId, trackedId, text.getValue(), key[0]), errors)) {
                return false;
            }
            key[0] = SubmissionKey.fresh();
            Feedback.success("Your comment has been added.");
            reload.run();
            return true;
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        root.add(about, text, send);
    }

    private static String reference(String number) {
        return number.chars().allMatch(Character::isDigit) ? "Recommendation " + number : number;
    }
}
