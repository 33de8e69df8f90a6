package org.oversight.report.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oversight.base.Formats;
import org.oversight.outcome.LinkKind;
import org.oversight.outcome.Suggestion;
import org.oversight.report.RecommendationWithRepeats;

/**
 * Under the add-recommendation form: earlier recommendations that read like the text being written, each to confirm
 * (repeats it, builds on it) or dismiss. Nothing is linked until the recommendation is saved with it confirmed.
 */
class DraftSuggestions extends Div {

    /** The choices' values; what each says comes from the bundles. */
    private static final String UNDECIDED = "undecided";
    private static final String DISMISSED = "dismissed";

    private final RecommendationWithRepeats service;
    private final long reportId;
    private final Map<Long, String> choices = new LinkedHashMap<>();
    private final Map<Long, Suggestion> shown = new LinkedHashMap<>();

    DraftSuggestions(RecommendationWithRepeats service, long reportId) {
        this.service = service;
        this.reportId = reportId;
        addClassName("draft-suggestions");
    }

    /** Looks again for the text and recipients now in the form; choices already made are kept. */
    void refresh(String text, Collection<Long> recipientIds) {
        List<Suggestion> found = service.suggestions(reportId, text, recipientIds);
        found.forEach(s -> shown.put(s.earlierId(), s));
        removeAll();
        List<Suggestion> visible = shown.values().stream()
                .filter(s -> found.contains(s) || isConfirmed(s.earlierId())).toList();
        if (visible.isEmpty()) {
            return;
        }
        add(new H4(getTranslation("report.suggestions.heading")),
                new Paragraph(getTranslation("report.suggestions.intro")));
        for (Suggestion s : visible) {
            RadioButtonGroup<String> choice = new RadioButtonGroup<>(s.watchdog() + " · " + Formats.date(s.publishedOn())
                    + " · " + s.reportReference() + " " + s.number() + " – " + s.reportTitle());
            choice.setItems(UNDECIDED, LinkKind.REPEATS.name(), LinkKind.BUILDS_ON.name(), DISMISSED);
            choice.setItemLabelGenerator(this::label);
            choice.setValue(choices.getOrDefault(s.earlierId(), UNDECIDED));
            choice.setHelperText(s.text());
            choice.addValueChangeListener(e -> choices.put(s.earlierId(), e.getValue()));
            choice.addClassName("suggestion");
            if (DISMISSED.equals(choices.get(s.earlierId()))) {
                continue;
            }
            add(choice);
        }
    }

    private String label(String choice) {
        return getTranslation(switch (choice) {
            case UNDECIDED -> "report.suggestions.undecided";
            case DISMISSED -> "report.suggestions.dismissed";
            default -> LinkKind.valueOf(choice) == LinkKind.REPEATS ? "report.suggestions.repeats"
                    : "report.suggestions.builds-on";
        });
    }

    /** The earlier recommendations confirmed, with the kind of link chosen for each. */
    Map<Long, LinkKind> confirmed() {
        Map<Long, LinkKind> out = new LinkedHashMap<>();
        choices.forEach((id, choice) -> kindOf(choice).ifPresent(k -> out.put(id, k)));
        return out;
    }

    private boolean isConfirmed(long earlierId) {
        return kindOf(choices.get(earlierId)).isPresent();
    }

    private static java.util.Optional<LinkKind> kindOf(String choice) {
        for (LinkKind k : LinkKind.values()) {
            if (k.name().equals(choice)) {
                return java.util.Optional.of(k);
            }
        }
        return java.util.Optional.empty();
    }
}
