package org.oversight.report;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.oversight.base.SubmissionKey;
import org.oversight.base.Submissions;
import org.oversight.outcome.LinkKind;
import org.oversight.outcome.RepeatLinkService;
import org.oversight.outcome.Suggestion;
import org.oversight.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adding a recommendation while its author is shown likely earlier equivalents: the suggestions for the text being
 * written, and the recommendation saved with the links its author confirmed, in one transaction (a link refused
 * saves nothing). Who may add and who may link are the report's and the outcome feature's rules.
 */
@Service
@Transactional
public class RecommendationWithRepeats {

    private final ReportService reports;
    private final RepeatLinkService repeats;
    private final Submissions submissions;
    private final CurrentUser currentUser;

    RecommendationWithRepeats(ReportService reports, RepeatLinkService repeats, Submissions submissions,
                              CurrentUser currentUser) {
        this.reports = reports;
        this.repeats = repeats;
        this.submissions = submissions;
        this.currentUser = currentUser;
    }

    /** Likely earlier equivalents of the text being written, best first (see {@link RepeatLinkService}). */
    @Transactional(readOnly = true)
    public List<Suggestion> suggestions(long reportId, String text, Collection<Long> recipientIds) {
        return repeats.suggestionsForDraft(reportId, text, recipientIds);
    }

    /**
     * Adds the recommendation and links it to each confirmed earlier one; the same form sent twice adds one.
     *
     * @param confirmed the earlier recommendations confirmed, and whether this one repeats or builds on each
     * @return the recommendation's id
     */
    public long add(long reportId, RecommendationForm form, Map<Long, LinkKind> confirmed, SubmissionKey key) {
        long userId = currentUser.require().id();
        return submissions.once(key, "recommendation_with_links", userId, () -> {
            long id = reports.addRecommendation(reportId, form, SubmissionKey.fresh());
            repeats.linkConfirmed(id, confirmed);
            return id;
        });
    }
}
