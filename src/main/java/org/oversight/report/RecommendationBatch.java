package org.oversight.report;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oversight.base.DateWindow;
import org.oversight.base.SubmissionKey;
import org.oversight.base.Submissions;
import org.oversight.deadline.ClockService;
import org.oversight.report.internal.JooqReportRepository;
import org.oversight.security.CurrentUser;
import org.oversight.security.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Many recommendations added to one report at once (a spreadsheet import): checked without saving for the preview,
 * then added all or none, each as {@link ReportService} adds one, with the report's clocks started once at the end.
 */
@Service
@Transactional
public class RecommendationBatch {

    private final ReportService reports;
    private final JooqReportRepository repository;
    private final CurrentUser currentUser;
    private final ClockService clocks;
    private final Submissions submissions;
    private final DateWindow dates;

    RecommendationBatch(ReportService reports, JooqReportRepository repository, CurrentUser currentUser,
                        ClockService clocks, Submissions submissions, DateWindow dates) {
        this.reports = reports;
        this.repository = repository;
        this.currentUser = currentUser;
        this.clocks = clocks;
        this.submissions = submissions;
        this.dates = dates;
    }

    /**
     * What would be wrong with adding this recommendation to the report, by field (empty when nothing), without saving:
     * the same checks as {@link ReportService#addRecommendation(long, RecommendationForm, SubmissionKey)}, for an import's preview. Only staff of the report's watchdog.
     */
    @Transactional(readOnly = true)
    public Map<String, String> check(long reportId, RecommendationForm input) {
        reports.editableReport(currentUser.require(), reportId);
        ReportValidation v = new ReportValidation(repository, dates);
        v.checkRecommendation(ReportValidation.clean(input), reportId, null, Set.of());
        return v.errors();
    }

    /**
     * Adds several recommendations at once (an import), each as {@link ReportService#addRecommendation(long, RecommendationForm, SubmissionKey)} does, and starts their clocks
     * once at the end rather than after each. All or none: the first refusal throws, naming the position (from 0)
     * as {@link Refusal}, and the caller's transaction rolls back. The same batch sent again (same key) adds nothing.
     *
     * @param progress told how many have been added, now and then
     * @return the recommendations' ids, in order
     */
    public List<Long> addAll(long reportId, List<RecommendationForm> inputs, SubmissionKey key,
                                         java.util.function.IntConsumer progress) {
        SignedInUser user = currentUser.require();
        List<Long> ids = new java.util.ArrayList<>();
        submissions.once(key, "recommendations", user.id(), () -> {
            for (int i = 0; i < inputs.size(); i++) {
                try {
                    ids.add(reports.addRecommendation(user, reportId, inputs.get(i), false));
                } catch (RuntimeException e) {
                    throw new Refusal(i, e);
                }
                if ((i + 1) % 50 == 0) {
                    progress.accept(i + 1);
                }
            }
            clocks.startClocks(reportId);
            progress.accept(inputs.size());
            return reportId;
        });
        return ids;
    }

    /** One of a batch was refused: {@code index} says which, the cause why (its message is for people). */
    public static final class Refusal extends RuntimeException {
        private final int index;

        Refusal(int index, RuntimeException cause) {
            super(cause.getMessage(), cause);
            this.index = index;
        }

        public int index() {
            return index;
        }
    }
}
