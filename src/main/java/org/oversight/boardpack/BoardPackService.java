package org.oversight.boardpack;

import org.oversight.base.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jfree.chart.JFreeChart;
import org.oversight.base.Formats;
import org.oversight.base.i18n.Language;
import org.oversight.base.export.Format;
import org.oversight.boardpack.BoardPackContent.Chart;
import org.oversight.boardpack.BoardPackContent.Figure;
import org.oversight.boardpack.BoardPackContent.Line;
import org.oversight.boardpack.BoardPackContent.Lines;
import org.oversight.boardpack.internal.JooqBoardPackRepository;
import org.oversight.boardpack.internal.JooqBoardPackRepository.Made;
import org.oversight.dashboard.Dashboard;
import org.oversight.dashboard.DashboardFilter;
import org.oversight.dashboard.DashboardService;
import org.oversight.dashboard.FilterOptions;
import org.oversight.dashboard.HeadlineFigures;
import org.oversight.dashboard.chart.ChartData;
import org.oversight.dashboard.chart.ChartKit;
import org.oversight.dashboard.chart.ChartSpec;
import org.oversight.dashboard.chart.ChartStyle;
import org.oversight.base.InvalidInputException;
import org.oversight.recommendation.OrganisationRef;
import org.oversight.recommendation.RecommendationRegister;
import org.oversight.recommendation.ReferenceData;
import org.oversight.recommendation.RegisterFilter;
import org.oversight.recommendation.RegisterRow;
import org.oversight.security.CurrentUser;
import org.oversight.security.Role;
import org.oversight.security.SignedInUser;
import org.springframework.stereotype.Service;

/**
 * Board packs: the dashboard of the signed-in user as an accessible PDF for a board meeting. Chief officers get
 * their own force's (or national body's) pack; watchdog staff and administrators a national pack, one watchdog's or
 * one recipient's (a force's or national body's, as its chief officer would get it). Who may have which recipient's
 * pack is {@link DashboardService#dashboardFor}'s rule: one's own organisation, or any for those who see every one.
 * Every figure comes from {@link DashboardService} and every list from {@link RecommendationRegister}, so the pack
 * says what the screens say, within the same scope. A pack identical to one made before (same figures, same day)
 * is handed out again rather than drawn twice.
 */
@Service
public class BoardPackService {

    /** Longest list of overdue or due-soon items a pack prints; the count is always whole. */
    static final int LIST_LENGTH = 100;
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final int CACHED_PACKS = 12;

    private final DashboardService dashboard;
    private final RecommendationRegister register;
    private final JooqBoardPackRepository packs;
    private final BoardPackPdf pdf;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ReferenceData reference;
    private final Map<String, byte[]> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > CACHED_PACKS;
        }
    };

    BoardPackService(DashboardService dashboard, RecommendationRegister register, JooqBoardPackRepository packs,
                     BoardPackPdf pdf, CurrentUser currentUser, Clock clock, ReferenceData reference) {
        this.reference = reference;
        this.dashboard = dashboard;
        this.register = register;
        this.packs = packs;
        this.pdf = pdf;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Who may make a board pack. */
    public boolean mayMake() {
        SignedInUser user = currentUser.require();
        return user.is(Role.CHIEF_OFFICER) || user.is(Role.WATCHDOG) || user.is(Role.ADMIN);
    }

    /** Whether the signed-in chief officer gets a link to a new pack each month. */
    public boolean subscribed() {
        return packs.subscribed(currentUser.requireRole(Role.CHIEF_OFFICER).id());
    }

    /** Chief officers only: a link by e-mail on the first of each month, never the pack itself. */
    public void subscribe(boolean monthly) {
        SignedInUser user = currentUser.requireRole(Role.CHIEF_OFFICER);
        if (monthly) {
            packs.subscribe(user.id(), OffsetDateTime.now(clock));
        } else {
            packs.unsubscribe(user.id());
        }
    }

    /** The forces and national bodies whose pack the signed-in user may ask for by name (none for chief officers). */
    public List<OrganisationRef> recipientChoices() {
        SignedInUser user = currentUser.requireRole(Role.CHIEF_OFFICER, Role.WATCHDOG, Role.ADMIN);
        return user.is(Role.CHIEF_OFFICER) ? List.of() : reference.recipients();
    }

    /** Makes the pack for the filter, saying how far it has got; the same figures on the same day give the same file. */
    public BoardPack make(DashboardFilter filter, BiConsumer<Integer, String> progress) {
        return make(filter, null, progress);
    }

    /**
     * Makes one recipient's pack (by organisation code), or, when {@code recipientCode} is null, the signed-in user's
     * own (their organisation's, or the national or one watchdog's for those who see every organisation).
     */
    public BoardPack make(DashboardFilter filter, String recipientCode, BiConsumer<Integer, String> progress) {
        SignedInUser user = currentUser.requireRole(Role.CHIEF_OFFICER, Role.WATCHDOG, Role.ADMIN);
        Optional<OrganisationRef> recipient = Optional.ofNullable(recipientCode).map(code -> reference.recipients().stream()
                .filter(o -> o.code().equalsIgnoreCase(code)).findFirst()
                .orElseThrow(() -> new InvalidInputException("recipient", Messages.t("boardpack.rule.choose-recipient"))));
        progress.accept(5, Messages.t("boardpack.step.figures"));
        Dashboard d = recipient.map(r -> dashboard.dashboardFor(filter, r)).orElseGet(() -> dashboard.dashboard(filter));
        FilterOptions options = dashboard.filterOptions();
        LocalDate today = d.today();
        String scopeKey = scopeKey(recipient.map(OrganisationRef::id).orElse(user.organisationId()), d, filter);
        OffsetDateTime startOfToday = today.atStartOfDay(UK).toOffsetDateTime();
        Optional<Made> previous = packs.lastBefore(scopeKey, startOfToday);

        progress.accept(25, Messages.t("boardpack.step.lists"));
        LocalDate from = d.publishedFrom().orElse(null);
        String force = recipient.map(OrganisationRef::code).orElse(null);
        RegisterFilter overdueFilter = new RegisterFilter(filter.watchdog(), force, Set.of(), null, filter.theme(), null, true,
                null, from, null, null);
        RegisterFilter soonFilter = new RegisterFilter(filter.watchdog(), force, Set.of(), null, filter.theme(), null, false,
                d.headline().dueSoonDays(), from, null, null);
        Lines overdue = lines(overdueFilter, today);
        Lines dueSoon = lines(soonFilter, today);

        progress.accept(40, Messages.t("boardpack.step.charts"));
        List<ChartData> data = List.of(d.statusByForce().data(), d.openVsClosed().data(), d.overdueByWatchdog().data(),
                d.slippage().data(), d.themesByForce().data());
        List<String> ids = List.of("status-by-force", "open-vs-closed", "overdue-by-watchdog", "deadline-slippage",
                "themes-by-force");
        List<Chart> charts = new ArrayList<>();
        List<JFreeChart> drawings = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            ChartSpec spec = ChartKit.build(data.get(i), ChartStyle.of(ChartStyle.Variant.LIGHT));
            int heightMm = Math.clamp(Math.round(180f * ChartKit.preferredHeight(data.get(i)) / ChartSpec.DEFAULT_WIDTH), 60, 195);
            charts.add(new Chart(i, ids.get(i), spec.title(), spec.altText(), spec.table(), spec.empty(), heightMm));
            drawings.add(spec.chart());
        }

        HeadlineFigures h = d.headline();
        Made now = new Made(OffsetDateTime.now(clock), h.open(), h.overdue(), h.dueSoon(), h.plansAwaitingDecision(),
                h.verifiedThisQuarter());
        BoardPackContent content = new BoardPackContent(scopeKey, title(user, d, filter, options), scopeSentence(user, d, filter, options),
                filterSentence(filter, options), Formats.longDate(today), figures(h), charts, overdue, dueSoon,
                changes(previous, now), previous.map(p -> Formats.longDate(p.madeAt().atZoneSameInstant(UK).toLocalDate())).orElse(null));
        String hash = sha256(content.toString());

        progress.accept(60, Messages.t("boardpack.step.pdf"));
        byte[] cached;
        synchronized (cache) {
            cached = cache.get(hash);
        }
        byte[] file = cached;
        if (file == null) {
            file = pdf.pdf(content, drawings);
            synchronized (cache) {
                cache.put(hash, file);
            }
        }
        packs.recordOnce(scopeKey, startOfToday, now.madeAt(), user.getUsername(), hash, now);
        progress.accept(100, Messages.t("boardpack.step.ready"));
        return new BoardPack(Format.fileName(Messages.t("boardpack.file-name", packName(user, d, filter, options)), today, "pdf"),
                file.clone(), hash, cached != null);
    }

    /** Which earlier packs "what changed" compares with: the same organisation, or watchdog, and the same filter. */
    String scopeKey(Long organisationId, Dashboard d, DashboardFilter filter) {
        String base = d.ownOrganisation().isPresent() ? "org:" + organisationId
                : filter.watchdog() == null ? "national" : "watchdog:" + filter.watchdog();
        StringBuilder key = new StringBuilder(base);
        filter.toParameters().forEach((k, v) -> key.append('|').append(k).append('=').append(String.join(",", v)));
        return key.toString();
    }

    private Lines lines(RegisterFilter filter, LocalDate today) {
        int total = register.count(filter);
        List<RegisterRow> rows = register.page(filter, 0, LIST_LENGTH, List.of());
        return new Lines(total, rows.stream().map(r -> new Line(r.reportReference(), r.number(), r.text(), r.recipientName(),
                Formats.date(r.dueOn()), r.daysLeft() == null ? "" : Formats.daysLeft(r.daysLeft()))).toList());
    }

    private static List<Figure> figures(HeadlineFigures h) {
        return List.of(
                new Figure(Messages.t("boardpack.figure.open"), h.open(), null),
                new Figure(Messages.t("boardpack.figure.overdue"), h.overdue(), null),
                new Figure(Messages.t("boardpack.figure.due-in", h.dueSoonDays()), h.dueSoon(), null),
                new Figure(Messages.t("boardpack.figure.no-target"), h.noTargetDate(), Messages.t("boardpack.figure.no-target-note")),
                new Figure(Messages.t("boardpack.figure.awaiting"), h.plansAwaitingDecision(), null),
                new Figure(Messages.t("boardpack.figure.verified"), h.verifiedThisQuarter(),
                        Messages.t("boardpack.figure.since", Formats.longDate(h.quarterStart()))),
                new Figure(Messages.t("boardpack.figure.reopened"), h.reopened(),
                        Messages.t("boardpack.figure.ever-closed", h.everClosed())));
    }

    static List<String> changes(Optional<Made> previous, Made now) {
        if (previous.isEmpty()) {
            return List.of();
        }
        Made p = previous.get();
        List<String> out = new ArrayList<>();
        out.add(change(Messages.t("boardpack.figure.open"), p.open(), now.open()));
        out.add(change(Messages.t("boardpack.figure.overdue"), p.overdue(), now.overdue()));
        out.add(change(Messages.t("boardpack.figure.due-soon"), p.dueSoon(), now.dueSoon()));
        out.add(change(Messages.t("boardpack.figure.awaiting"), p.plansAwaiting(), now.plansAwaiting()));
        out.add(change(Messages.t("boardpack.figure.verified"), p.verifiedQuarter(), now.verifiedQuarter()));
        return out;
    }

    private static String change(String what, int before, int after) {
        if (before == after) {
            return Messages.t("boardpack.change.same", what, after);
        }
        return Messages.t(after > before ? "boardpack.change.up" : "boardpack.change.down", what, after,
                Math.abs(after - before), before);
    }

    private static String title(SignedInUser user, Dashboard d, DashboardFilter filter, FilterOptions options) {
        return Messages.t("boardpack.title", packName(user, d, filter, options));
    }

    /** Whose pack it is: the organisation, the watchdog, or "national". */
    private static String packName(SignedInUser user, Dashboard d, DashboardFilter filter, FilterOptions options) {
        if (d.ownOrganisation().isPresent()) {
            return d.ownOrganisation().get();
        }
        return filter.watchdog() != null ? name(options.watchdogs(), filter.watchdog()) : Messages.t("boardpack.national");
    }

    private static String scopeSentence(SignedInUser user, Dashboard d, DashboardFilter filter, FilterOptions options) {
        if (d.ownOrganisation().isPresent()) {
            return Messages.t(d.comparative() ? "boardpack.scope.own-compared" : "boardpack.scope.own",
                    d.ownOrganisation().get());
        }
        if (filter.watchdog() != null) {
            return Messages.t("boardpack.scope.watchdog", name(options.watchdogs(), filter.watchdog()));
        }
        return Messages.t("boardpack.scope.national");
    }

    private static String filterSentence(DashboardFilter filter, FilterOptions options) {
        List<String> parts = new ArrayList<>();
        parts.add(filter.watchdog() == null ? Messages.t("boardpack.filter.all-watchdogs")
                : name(options.watchdogs(), filter.watchdog()));
        parts.add(filter.period().label().toLowerCase(Language.current().locale()));
        parts.add(filter.theme() == null ? Messages.t("boardpack.filter.all-themes")
                : Messages.t("boardpack.filter.theme", name(options.themes(), filter.theme())));
        String s = String.join(" · ", parts);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String name(List<FilterOptions.Option> options, String code) {
        return options.stream().filter(o -> o.code().equals(code)).map(FilterOptions.Option::name).findFirst().orElse(code);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
