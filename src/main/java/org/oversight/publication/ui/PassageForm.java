package org.oversight.publication.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.oversight.base.SubmissionKey;
import org.oversight.base.ui.Feedback;
import org.oversight.publication.Ground;
import org.oversight.publication.Publishing;
import org.oversight.publication.StaffView.Withheld;
import org.oversight.publication.SubjectKind;
import java.util.List;

/** The withheld passages of one text, each releasable, and a form to withhold another. */
final class PassageForm extends Div {

    PassageForm(Publishing publishing, SubjectKind kind, long id, List<Withheld> passages, Runnable changed) {
        addClassName("passage-form");
        for (Withheld w : passages) {
            SubmissionKey releaseKey = SubmissionKey.fresh();
            Button release = new Button(getTranslation("publication.staff.passage.show-again"), e -> {
                if (Feedback.run(() -> publishing.releasePassage(releaseKey, w.id()), null)) {
                    Feedback.success(getTranslation("publication.staff.passage.public-again"));
                    changed.run();
                } else {
                    e.getSource().setEnabled(true);
                }
            });
            release.setDisableOnClick(true);
            release.setAriaLabel(getTranslation("publication.staff.passage.show-again-label", w.passage()));
            add(new Div(new Span(getTranslation("publication.staff.passage.withheld-line", w.ground().label(), w.decidedBy(),
                    w.passage()) + " "), release));
        }
        TextArea passage = new TextArea(getTranslation("publication.staff.passage.label"));
        passage.setHelperText(getTranslation("publication.staff.passage.help"));
        passage.setMaxLength(Publishing.MAX_PASSAGE);
        passage.setWidthFull();
        Select<Ground> ground = new Select<>();
        ground.setLabel(getTranslation("publication.staff.ground"));
        ground.setItems(Ground.values());
        ground.setItemLabelGenerator(Ground::label);
        SubmissionKey key = SubmissionKey.fresh();
        Button withhold = new Button(getTranslation("publication.staff.passage.withhold"), e -> {
            passage.setInvalid(false);
            ground.setInvalid(false);
            boolean done = Feedback.run(() -> publishing.withholdPassage(key, kind, id, passage.getValue(), ground.getValue()),
                    (field, message) -> {
                        if (field.equals("ground")) {
                            ground.setErrorMessage(message);
                            ground.setInvalid(true);
                        } else {
                            passage.setErrorMessage(message);
                            passage.setInvalid(true);
                        }
                    });
            if (done) {
                Feedback.success(getTranslation("publication.staff.passage.withheld"));
                changed.run();
            } else {
                e.getSource().setEnabled(true);
            }
        });
        withhold.setDisableOnClick(true);
        add(passage, ground, withhold);
    }
}
