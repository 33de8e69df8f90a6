package org.oversight.recommendation.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.oversight.base.Formats;
import org.oversight.base.i18n.Language;
import org.oversight.base.i18n.Messages;
import org.oversight.recommendation.RegisterFilter;
import org.oversight.recommendation.Status;

/**
 * Says in words what a filter selects, so that counts and empty states name it: "12 overdue recommendations for
 * Surrey Police", "No high-priority areas for improvement from HMICFRS due within 30 days". Each part is a message
 * of its own ({@code recommendation.describe.*}), so that Welsh can put the count, kind and qualifiers in its order.
 */
final class FilterDescription {

    private FilterDescription() {
    }

    /**
     * @param names organisation and theme names by code, for the codes in the filter
     */
    static String count(int n, RegisterFilter f, Map<String, String> names) {
        List<String> words = new ArrayList<>();
        words.add(Messages.t("recommendation.describe.lead", n, f.overdue() && f.dueWithin() == null ? "yes" : "no",
                f.priority() == null ? "any" : f.priority().name(), f.kind() == null ? "any" : f.kind().name()));
        if (f.force() != null) {
            words.add(Messages.t("recommendation.describe.for", names.getOrDefault(f.force(), f.force())));
        }
        if (f.watchdog() != null) {
            words.add(Messages.t("recommendation.describe.from", names.getOrDefault(f.watchdog(), f.watchdog())));
        }
        if (f.theme() != null) {
            words.add(Messages.t("recommendation.describe.on", lower(names.getOrDefault(f.theme(), f.theme()))));
        }
        if (!f.statuses().isEmpty()) {
            words.add(Messages.t("recommendation.describe.status", f.statuses().stream().sorted()
                    .map(Status::label).map(FilterDescription::lower)
                    .reduce((a, b) -> Messages.t("recommendation.describe.or", a, b)).orElseThrow()));
        }
        if (f.dueWithin() != null) {
            String within = Messages.t("recommendation.describe.due-within", f.dueWithin());
            words.add(f.overdue() ? Messages.t("recommendation.describe.overdue-or", within) : within);
        }
        if (f.publishedFrom() != null && f.publishedTo() != null) {
            words.add(Messages.t("recommendation.describe.published-between", Formats.date(f.publishedFrom()),
                    Formats.date(f.publishedTo())));
        } else if (f.publishedFrom() != null) {
            words.add(Messages.t("recommendation.describe.published-since", Formats.date(f.publishedFrom())));
        } else if (f.publishedTo() != null) {
            words.add(Messages.t("recommendation.describe.published-up-to", Formats.date(f.publishedTo())));
        }
        if (f.q() != null) {
            words.add(Messages.t("recommendation.describe.matching", f.q()));
        }
        return String.join(" ", words);
    }

    private static String lower(String text) {
        return text.toLowerCase(Language.current().locale());
    }
}
