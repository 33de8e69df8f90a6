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
import org.oversight.actionplan.PlanPage;
import org.oversight.base.Formats;
import org.oversight.base.SubmissionKey;
import org.oversight.base.i18n.Messages;
import org.oversight.base.ui.Feedback;
import org.oversight.base.ui.FieldMessages;
import org.oversight.base.ui.Submit;

/**
 * The dated conversation between watchdog and force on a plan, oldest first, with a box to write in for those who
 * may. Comments are shown as text: markup someone typed stays visible as typed.
 */
class ConversationSection extends Composite<Div> {

    ConversationSection(PlanCommentService service, PlanPage page, Runnable reload) {
        PlanDetails details = page.details();
        Div root = getContent();
        root.addClassName("plan-conversation");
        String wholePlan = getTranslation("actionplan.comment.whole-plan");
        long planId = details.plan().id();
        List<PlanComment> comments = page.comments();
        if (comments.isEmpty()) {
            root.add(new Paragraph(getTranslation("actionplan.comment.none")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("comment-list");
            for (PlanComment c : comments) {
                String author = c.authorOrganisation() == null ? c.authorName()
                        : getTranslation("actionplan.comment.author", c.authorName(), c.authorOrganisation());
                Span who = new Span(c.itemNumber() == null
                        ? getTranslation("actionplan.comment.meta", author, Formats.dateTime(c.createdAt()))
                        : getTranslation("actionplan.comment.meta-on", author, Formats.dateTime(c.createdAt()),
                                reference(c.itemNumber())));
                who.addClassName("comment-meta");
                Paragraph body = new Paragraph(c.body());
                body.addClassName("comment-body");
                list.add(new ListItem(who, body));
            }
            root.add(list);
        }
        if (!page.mayComment()) {
            return;
        }
        List<String> choices = new ArrayList<>();
        choices.add(wholePlan);
        details.items().forEach(i -> choices.add(i.reference()));
        Select<String> about = new Select<>();
        about.setLabel(getTranslation("actionplan.comment.about-label"));
        about.setItems(choices);
        about.setValue(wholePlan);
        TextArea text = new TextArea(getTranslation("actionplan.comment.text"));
        text.setHelperText(getTranslation("actionplan.comment.text.hint", PlanCommentService.MAX_COMMENT));
        text.setMaxLength(PlanCommentService.MAX_COMMENT);
        text.setWidthFull();
        text.setMinRows(2);
        FieldMessages errors = new FieldMessages().on("comment", text).on("about", about);
        SubmissionKey[] key = {SubmissionKey.fresh()};
        Button send = Submit.button(getTranslation("actionplan.comment.add"), () -> {
            errors.clear();
            Long trackedId = details.items().stream().filter(i -> i.reference().equals(about.getValue()))
                    .map(PlanItem::trackedId).findFirst().orElse(null);
            if (!Feedback.run(() -> service.comment(planId, trackedId, text.getValue(), key[0]), errors)) {
                return false;
            }
            key[0] = SubmissionKey.fresh();
            Feedback.success(getTranslation("actionplan.comment.added"));
            reload.run();
            return true;
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        root.add(about, text, send);
    }

    private static String reference(String number) {
        return number.chars().allMatch(Character::isDigit) ? Messages.t("actionplan.recommendation-number", number) : number;
    }
}
