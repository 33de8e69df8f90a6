package org.oversight.publication;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.oversight.dashboard.StatusGroups;
import org.oversight.dashboard.chart.CountRow;
import org.oversight.dashboard.chart.StatusByForce;
import org.oversight.publication.Redactions.Passage;
import org.oversight.publication.internal.JooqPublicQuery;
import org.oversight.publication.internal.JooqPublicQuery.Row;
import org.oversight.publication.internal.JooqPublicQuery.TextRow;
import org.oversight.recommendation.ItemsMoved;
import org.oversight.recommendation.OrganisationRef;
import org.oversight.recommendation.Status;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public register: what anyone may read without signing in. Only published items are read (the query carries
 * the publication conditions) and every text is redacted here, once, before any page, download, API answer, chart
 * or search sees it: a search for a withheld passage finds nothing, because it searches the redacted text.
 * <p>
 * The published items are held as one snapshot, built again as soon as what it shows has changed: a publication
 * decision or redaction ({@link PublicRegisterChanged}) or an item's status move or a new item ({@link ItemsMoved})
 * marks it stale at once and again when the deciding transaction completes, so that the next reader after the commit
 * reads the move. Other edits (a due date, a text corrected) and changes made on another node show at the latest
 * {@link #SNAPSHOT_AGE} after the last build. Serving a snapshot needs no transaction and no database connection.
 */
@Service
public class PublicRegister {

    public static final Duration SNAPSHOT_AGE = Duration.ofSeconds(30);
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final JooqPublicQuery query;
    private final Clock clock;
    private final TransactionTemplate readOnly;
    /** Raised by every change; a snapshot built from an older generation is stale. */
    private final AtomicLong generation = new AtomicLong();
    private final Object building = new Object();
    private volatile Held held;

    PublicRegister(JooqPublicQuery query, Clock clock, PlatformTransactionManager transactions) {
        this.query = query;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Everything public today, redacted, with when it last changed. */
    public record Snapshot(List<PublicItem> items, Instant lastModified, PublicFilter.Known known,
                           Map<String, OrganisationRef> organisations, Map<String, String> themes) {
    }

    private record Held(Snapshot snapshot, long generation, LocalDate day, long builtAtNanos) {
    }

    /**
     * A publication decision or redaction, a status move or a new item: at once, so that the deciding transaction
     * itself reads what it decided.
     */
    @EventListener({PublicRegisterChanged.class, ItemsMoved.class})
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void onChange() {
        generation.incrementAndGet();
    }

    /**
     * Again when the changing transaction ends: a reader may have built a snapshot meanwhile from what was committed
     * before; after a rollback, what the transaction changed must not stay in a snapshot either.
     */
    @TransactionalEventListener(classes = {PublicRegisterChanged.class, ItemsMoved.class},
            phase = TransactionPhase.AFTER_COMPLETION)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void onChangeCompleted() {
        generation.incrementAndGet();
    }

    /** The current snapshot: the one held while nothing has changed, else one built now (by one reader at a time). */
    public Snapshot snapshot() {
        LocalDate today = today();
        Held h = held;
        if (fresh(h, today)) {
            return h.snapshot();
        }
        synchronized (building) {
            h = held;
            if (fresh(h, today)) {
                return h.snapshot();
            }
            long built = generation.get(); // read before the rows: a change from here on makes this one stale
            long at = System.nanoTime();
            Snapshot s = readOnly.execute(status -> build(today));
            held = new Held(s, built, today, at);
            return s;
        }
    }

    private boolean fresh(Held h, LocalDate today) {
        return h != null && h.generation() == generation.get() && h.day().equals(today)
                && System.nanoTime() - h.builtAtNanos() < SNAPSHOT_AGE.toNanos();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public PublicFilter filter(Map<String, String> raw) {
        return PublicFilter.parse(raw, snapshot().known());
    }

    public PublicPage search(PublicFilter filter) {
        List<PublicItem> matching = matching(filter);
        int from = Math.min((filter.page() - 1) * filter.size(), matching.size());
        int to = Math.min(from + filter.size(), matching.size());
        return new PublicPage(matching.subList(from, to), matching.size(), filter.page(), filter.size(), filter);
    }

    /** Every published item the filter selects (no paging), for downloads. */
    public List<PublicItem> matching(PublicFilter filter) {
        String words = filter.text().map(t -> t.toLowerCase(Locale.ROOT)).orElse(null);
        return snapshot().items().stream()
                .filter(i -> filter.watchdog().map(i.watchdogCode()::equals).orElse(true))
                .filter(i -> filter.force().map(i.recipientCode()::equals).orElse(true))
                .filter(i -> filter.status().map(s -> i.status() == s).orElse(true))
                .filter(i -> filter.kind().map(k -> i.kind() == k).orElse(true))
                .filter(i -> filter.theme().map(i.themeCodes()::contains).orElse(true))
                .filter(i -> filter.year().map(y -> i.reportPublishedOn().getYear() == y).orElse(true))
                .filter(i -> words == null || searchable(i).contains(words))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<PublicItemDetail> item(long id) {
        Optional<PublicItem> item = snapshot().items().stream().filter(i -> i.id() == id).findFirst();
        if (item.isEmpty()) {
            return Optional.empty();
        }
        Optional<PublicText> response = query.response(id).map(r -> redact(r, SubjectKind.RESPONSE));
        List<PublicText> updates = query.updates(id).stream().map(u -> redact(u, SubjectKind.UPDATE)).toList();
        return Optional.of(new PublicItemDetail(item.get(), query.history(id), response, updates));
    }

    @Transactional(readOnly = true)
    public Optional<PublicReport> report(long id) {
        LocalDate today = today();
        return query.report(id, today).map(r -> new PublicReport(r.id(), r.reference(), r.title(), r.kind(),
                r.publishedOn(), r.watchdogCode(), r.watchdogName(), r.summary(), r.link(),
                snapshot().items().stream().filter(i -> i.reportId() == id).toList(),
                query.withheldItems(id, today).stream()
                        .map(w -> new PublicReport.WithheldItem(w.number(), w.kind(), w.recipientName(), w.ground())).toList()));
    }

    /** A watchdog's published figures, one bar per recipient; empty when it has published nothing. */
    public Optional<PublicSummary> watchdogSummary(String code) {
        return summary(code, true, PublicItem::watchdogCode, PublicItem::recipientName);
    }

    /** A force's (or national body's) published figures, its one bar; empty when nothing is published. */
    public Optional<PublicSummary> recipientSummary(String code) {
        return summary(code, false, PublicItem::recipientCode, PublicItem::recipientName);
    }

    private Optional<PublicSummary> summary(String rawCode, boolean watchdog, Function<PublicItem, String> owner,
                                            Function<PublicItem, String> bar) {
        String code = rawCode.toUpperCase(Locale.ROOT);
        Snapshot s = snapshot();
        List<PublicItem> items = s.items().stream().filter(i -> owner.apply(i).equals(code)).toList();
        OrganisationRef org = s.organisations().get(code);
        if (items.isEmpty() || org == null) {
            return Optional.empty();
        }
        LocalDate today = today();
        Map<String, int[]> bars = new TreeMap<>();
        for (PublicItem i : items) {
            bars.computeIfAbsent(bar.apply(i), k -> new int[StatusGroups.ALL.size()])[group(i, today)]++;
        }
        List<CountRow> rows = bars.entrySet().stream()
                .map(e -> new CountRow(e.getKey(), Arrays.stream(e.getValue()).boxed().toList()))
                .toList();
        int open = (int) items.stream().filter(i -> !i.status().isClosed()).count();
        int overdue = (int) items.stream().filter(i -> i.overdue(today)).count();
        int verified = (int) items.stream().filter(i -> i.status() == Status.VERIFIED_IMPLEMENTED).count();
        return Optional.of(new PublicSummary(code, org.name(), watchdog, items.size(), open, overdue, verified,
                new StatusByForce(StatusGroups.ALL, rows)));
    }

    /** The item's place in the dashboard's status groups ({@link StatusGroups#ALL}). */
    private static int group(PublicItem i, LocalDate today) {
        return StatusGroups.ALL.indexOf(StatusGroups.of(i.status(), i.overdue(today)));
    }

    private static String searchable(PublicItem i) {
        return String.join(" ", i.text(), i.number(), i.reportTitle(), i.reportReference(), i.recipientName(),
                i.watchdogName(), String.join(" ", i.themeNames())).toLowerCase(Locale.ROOT);
    }

    private PublicText redact(TextRow row, SubjectKind kind) {
        List<Passage> passages = query.passages(kind, List.of(row.id())).getOrDefault(row.id(), List.of());
        LocalDate on = row.at() == null ? null : row.at().atZoneSameInstant(UK).toLocalDate();
        return new PublicText(on, row.organisation(), Redactions.apply(row.text(), passages));
    }

    private Snapshot build(LocalDate today) {
        List<Row> rows = query.items(today);
        Map<Long, List<String[]>> themes = query.themes(today);
        Map<Long, List<Passage>> passages = query.recommendationPassages();
        List<PublicItem> items = new ArrayList<>(rows.size());
        Map<String, String> themeNames = new TreeMap<>();
        for (Row r : rows) {
            List<String[]> t = themes.getOrDefault(r.recommendationId(), List.of());
            t.forEach(pair -> themeNames.put(pair[0], pair[1]));
            items.add(new PublicItem(r.id(), r.recommendationId(), r.number(), r.kind(),
                    Redactions.apply(r.text(), passages.getOrDefault(r.recommendationId(), List.of())),
                    r.status(), r.statusChangedAt().atZoneSameInstant(UK).toLocalDate(), r.dueOn(), r.closedOn(),
                    r.recipientCode(), r.recipientName(), r.reportId(), r.reportReference(), r.reportTitle(),
                    r.reportKind(), r.reportPublishedOn(), r.watchdogCode(), r.watchdogName(),
                    t.stream().map(p -> p[0]).toList(), t.stream().map(p -> p[1]).toList()));
        }
        Map<String, OrganisationRef> orgs = query.organisations().stream()
                .collect(Collectors.toMap(OrganisationRef::code, o -> o, (a, b) -> a, LinkedHashMap::new));
        Set<String> watchdogs = items.stream().map(PublicItem::watchdogCode).collect(Collectors.toSet());
        Set<String> recipients = items.stream().map(PublicItem::recipientCode).collect(Collectors.toSet());
        // a withholding that lapses today changes the register at the start of the day, without any new row
        Instant startOfToday = today.atStartOfDay(UK).toInstant();
        Instant lastModified = query.lastChange().map(t -> t.toInstant().truncatedTo(ChronoUnit.SECONDS))
                .filter(t -> t.isAfter(startOfToday)).orElse(startOfToday);
        return new Snapshot(List.copyOf(items), lastModified,
                new PublicFilter.Known(watchdogs, recipients, themeNames.keySet()), orgs, themeNames);
    }

    /** Organisations that have something published, by kind, in name order, for the filters. */
    public List<OrganisationRef> publishedWatchdogs() {
        Snapshot s = snapshot();
        return s.organisations().values().stream().filter(o -> s.known().watchdogs().contains(o.code())).toList();
    }

    public List<OrganisationRef> publishedRecipients() {
        Snapshot s = snapshot();
        return s.organisations().values().stream().filter(o -> s.known().forces().contains(o.code()))
                .sorted(Comparator.comparing(OrganisationRef::name)).toList();
    }

    /** The years in which published reports came out, newest first. */
    public List<Integer> years() {
        return snapshot().items().stream().map(i -> i.reportPublishedOn().getYear()).distinct()
                .sorted(Comparator.reverseOrder()).toList();
    }
}
