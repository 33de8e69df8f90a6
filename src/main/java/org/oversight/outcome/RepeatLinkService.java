package org.oversight.outcome;

import org.oversight.base.i18n.Messages;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.oversight.audit.AuditLog;
import org.oversight.base.Formats;
import org.oversight.base.InvalidInputException;
import org.oversight.base.RuleViolationException;
import org.oversight.base.SubmissionKey;
import org.oversight.base.Submissions;
import org.oversight.base.Text;
import org.oversight.outcome.internal.JooqLinkRepository;
import org.oversight.outcome.internal.JooqLinkRepository.Edge;
import org.oversight.outcome.internal.JooqLinkRepository.RecommendationFacts;
import org.oversight.outcome.internal.JooqLinkRepository.ReportFacts;
import org.oversight.outcome.internal.JooqOutcomeRepository;
import org.oversight.outcome.internal.JooqOutcomeRepository.ItemFacts;
import org.oversight.outcome.internal.SimilarRecommendations;
import org.oversight.recommendation.ItemScope;
import org.oversight.security.CurrentUser;
import org.oversight.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Repeated recommendations: links from a recommendation to earlier ones it repeats or builds on, across watchdogs
 * and years, the chain they form, and suggestions of likely earlier equivalents by text similarity, which watchdog
 * staff confirm or dismiss one by one (nothing is linked without them). Everyone who may see an item may read its
 * chain; only staff of the watchdog that made the later recommendation may link it or see suggestions for it.
 */
@Service
@Transactional
public class RepeatLinkService {

    /** How many suggestions the item page offers at a time. */
    public static final int SUGGESTIONS = 5;
    static final int MAX_NOTE = 1000;
    /** Shorter draft text than this is not compared: a few words match too much. */
    static final int DRAFT_MIN = 20;

    private final JooqLinkRepository links;
    private final JooqOutcomeRepository items;
    private final SimilarRecommendations similar;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final Submissions submissions;

    RepeatLinkService(JooqLinkRepository links, JooqOutcomeRepository items, SimilarRecommendations similar,
                      CurrentUser currentUser, AuditLog audit, Clock clock, Submissions submissions) {
        this.submissions = submissions;
        this.links = links;
        this.items = items;
        this.similar = similar;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The chain the item's recommendation belongs to, oldest first; one step alone if it is linked to none. */
    @Transactional(readOnly = true)
    public RepeatChain chain(long trackedId) {
        SignedInUser user = currentUser.require();
        ItemFacts item = readable(user, trackedId);
        long start = item.recommendationId();
        Map<Long, Edge> towardsEarlier = new HashMap<>();
        Set<Long> members = new HashSet<>(Set.of(start));
        walk(start, members, ids -> links.earlier(ids), Edge::earlierId, towardsEarlier);
        walk(start, members, ids -> links.later(ids), Edge::recommendationId, towardsEarlier);
        List<ChainStep> steps = links.steps(members, ItemScope.of(user), item.recipientId()).stream()
                .map(r -> new ChainStep(r.id(), r.watchdog(), r.publishedOn(), r.reference(), r.number(), r.text(),
                        towardsEarlier.containsKey(r.id()) ? towardsEarlier.get(r.id()).kind() : null, r.trackedId()))
                .toList();
        return new RepeatChain(start, steps);
    }

    /** Whether the signed-in user may link this item's recommendation to earlier ones (and see suggestions). */
    @Transactional(readOnly = true)
    public boolean mayLink(long trackedId) {
        SignedInUser user = currentUser.require();
        return mayLink(user, readable(user, trackedId));
    }

    /** Likely earlier equivalents of the item's recommendation, best first; empty for users who may not link it. */
    @Transactional(readOnly = true)
    public List<Suggestion> suggestions(long trackedId) {
        SignedInUser user = currentUser.require();
        ItemFacts item = readable(user, trackedId);
        if (!mayLink(user, item)) {
            return List.of();
        }
        RecommendationFacts r = links.recommendation(item.recommendationId()).orElseThrow();
        Set<Long> excluded = new HashSet<>(links.linkedOrDismissed(r.id()));
        excluded.addAll(laterOnes(r.id()));
        return described(similar.earlierThan(new SimilarRecommendations.Probe(r.id(), r.reportId(),
                r.publishedOn(), r.text(), r.reportTitle(), r.reportSummary(), List.of(item.recipientId())), excluded,
                SUGGESTIONS));
    }

    /**
     * Likely earlier equivalents of a recommendation being written for a report (the add-recommendation dialog),
     * best first; empty for users who may not link the report's recommendations, or while the text is too short to
     * compare.
     */
    @Transactional(readOnly = true)
    public List<Suggestion> suggestionsForDraft(long reportId, String text, Collection<Long> recipientIds) {
        SignedInUser user = currentUser.require();
        String clean = Text.clean(text);
        ReportFacts report = links.report(reportId).orElse(null);
        if (report == null || !IssuingWatchdog.isStaff(user, report.watchdogId()) || clean.length() < DRAFT_MIN) {
            return List.of();
        }
        return described(similar.earlierThan(new SimilarRecommendations.Probe(-1, reportId, report.publishedOn(), clean,
                report.title(), report.summary(), recipientIds), Set.of(), SUGGESTIONS));
    }

    /**
     * Links a recommendation just recorded to the earlier ones its author confirmed among the suggestions, in the
     * caller's transaction, each link checked and audited as one made on the item page.
     */
    public void linkConfirmed(long recommendationId, Map<Long, LinkKind> earlier) {
        SignedInUser user = currentUser.require();
        RecommendationFacts r = links.recommendation(recommendationId).orElseThrow();
        ReportFacts report = links.report(r.reportId()).orElseThrow();
        IssuingWatchdog.require(user, report.watchdogId(), report.watchdogName(), "outcome.may.link");
        earlier.forEach((id, kind) -> linkRecommendation(user, recommendationId, id, kind, null));
    }

    private List<Suggestion> described(Map<Long, Float> found) {
        Map<Long, Suggestion> byId = new HashMap<>();
        links.describe(found.keySet(), found).forEach(s -> byId.put(s.earlierId(), s));
        return found.keySet().stream().map(byId::get).toList();
    }

    /**
     * Links the item's recommendation to an earlier one (confirming a suggestion or by hand).
     *
     * @throws RuleViolationException for a link to itself, to a later recommendation, a link that exists, or one
     *                                that would make a loop
     */
    public long link(long trackedId, long earlierId, LinkKind kind, String note, SubmissionKey key) {
        SignedInUser user = currentUser.require();
        ItemFacts item = linkable(user, trackedId);
        return submissions.once(key, "recommendation_link", user.id(),
                () -> linkRecommendation(user, item.recommendationId(), earlierId, kind, note));
    }

    /**
     * Links a recommendation to an earlier one, the rules of {@link #link} checked; the caller has checked that the
     * user may link it ({@link IssuingWatchdog}) and runs this in its transaction.
     */
    long linkRecommendation(SignedInUser user, long later, long earlierId, LinkKind kind, String note) {
        if (kind == null) {
            throw new InvalidInputException("kind", Messages.t("outcome.link.kind"));
        }
        String cleanNote = Text.cleanOrNull(note);
        if (cleanNote != null && cleanNote.length() > MAX_NOTE) {
            throw new InvalidInputException("note", Text.tooLong(Messages.t("outcome.the-note"), MAX_NOTE, cleanNote));
        }
        if (earlierId == later) {
            throw new RuleViolationException(Messages.t("outcome.link.itself"));
        }
        RecommendationFacts self = links.recommendation(later).orElseThrow();
        RecommendationFacts earlier = links.recommendation(earlierId)
                .orElseThrow(() -> new RuleViolationException(Messages.t("outcome.link.no-earlier")));
        if (earlier.publishedOn().isAfter(self.publishedOn())) {
            throw new RuleViolationException(Messages.t("outcome.link.later", Formats.longDate(earlier.publishedOn()),
                    Formats.longDate(self.publishedOn())));
        }
        if (links.linked(later, earlierId)) {
            throw new RuleViolationException(Messages.t("outcome.link.already"));
        }
        if (ancestors(earlierId).contains(later)) {
            throw new RuleViolationException(Messages.t("outcome.link.loop"));
        }
        long id = links.insertLink(later, earlierId, kind, cleanNote, user.id(), OffsetDateTime.now(clock));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("recommendationId", later);
        after.put("earlierId", earlierId);
        after.put("kind", kind.name());
        audit.record("RECOMMENDATION_LINKED", "recommendation_link", id, null, after);
        return id;
    }

    /** Links by hand, to the recommendation with that number in the report with that reference. */
    public long linkByReference(long trackedId, String reference, String number, LinkKind kind, String note,
                                SubmissionKey key) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (Text.isBlank(reference)) {
            problems.put("reference", Messages.t("outcome.link.reference"));
        }
        if (Text.isBlank(number)) {
            problems.put("number", Messages.t("outcome.link.number"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long earlierId = links.byReference(Text.clean(reference), Text.clean(number))
                .orElseThrow(() -> new InvalidInputException("number", Messages.t("outcome.link.not-found",
                        Text.clean(number), Text.clean(reference))));
        return link(trackedId, earlierId, kind, note, key);
    }

    /** Dismisses a suggestion: it is not suggested again for this recommendation. */
    public void dismiss(long trackedId, long earlierId) {
        SignedInUser user = currentUser.require();
        ItemFacts item = linkable(user, trackedId);
        links.recommendation(earlierId).orElseThrow(() -> new RuleViolationException(Messages.t("outcome.link.no-such")));
        links.insertDismissal(item.recommendationId(), earlierId, user.id(), OffsetDateTime.now(clock));
        audit.record("SUGGESTION_DISMISSED", "recommendation", item.recommendationId(), null,
                Map.of("earlierId", earlierId));
    }

    private Set<Long> ancestors(long id) {
        Set<Long> seen = new HashSet<>(Set.of(id));
        walk(id, seen, ids -> links.earlier(ids), Edge::earlierId, new HashMap<>());
        return seen;
    }

    private Set<Long> laterOnes(long id) {
        Set<Long> seen = new HashSet<>(Set.of(id));
        walk(id, seen, ids -> links.later(ids), Edge::recommendationId, new HashMap<>());
        seen.remove(id);
        return seen;
    }

    /** Breadth first along links one way, adding what it reaches to {@code seen}; keeps each later end's edge. */
    private static void walk(long start, Set<Long> seen, Function<Collection<Long>, List<Edge>> step,
                             Function<Edge, Long> next, Map<Long, Edge> towardsEarlier) {
        Deque<Long> frontier = new ArrayDeque<>(List.of(start));
        while (!frontier.isEmpty()) {
            List<Long> batch = new ArrayList<>(frontier);
            frontier.clear();
            for (Edge e : step.apply(batch)) {
                towardsEarlier.putIfAbsent(e.recommendationId(), e);
                long n = next.apply(e);
                if (seen.add(n)) {
                    frontier.add(n);
                }
            }
        }
    }

    private ItemFacts readable(SignedInUser user, long trackedId) {
        return items.item(trackedId).filter(i -> ItemScope.of(user).includes(i.recipientId()))
                .orElseThrow(() -> new AccessDeniedException(Messages.t("outcome.no-recommendation", String.valueOf(trackedId))));
    }

    private ItemFacts linkable(SignedInUser user, long trackedId) {
        ItemFacts item = readable(user, trackedId);
        IssuingWatchdog.require(user, item.watchdogId(), item.watchdogName(), "outcome.may.link");
        return item;
    }

    private static boolean mayLink(SignedInUser user, ItemFacts item) {
        return IssuingWatchdog.isStaff(user, item.watchdogId());
    }
}
