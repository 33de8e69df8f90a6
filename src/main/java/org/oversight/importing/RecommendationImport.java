package org.oversight.importing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.oversight.audit.AuditLog;
import org.oversight.base.InvalidInputException;
import org.oversight.base.RuleViolationException;
import org.oversight.base.SubmissionKey;
import org.oversight.base.Submissions;
import org.oversight.base.Text;
import org.oversight.base.i18n.Language;
import org.oversight.base.i18n.Messages;
import org.oversight.recommendation.KindLabels;
import org.oversight.recommendation.OrganisationRef;
import org.oversight.recommendation.Priority;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.ReferenceData;
import org.oversight.recommendation.ThemeRef;
import org.oversight.report.RecommendationBatch;
import org.oversight.report.RecommendationForm;
import org.oversight.report.ReportDetail;
import org.oversight.report.ReportService;
import org.oversight.security.CurrentUser;
import org.oversight.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Watchdog staff import a report's recommendations from a spreadsheet: one row per recommendation, with its
 * recipients (named forces and national bodies, or all forces), kind, priority and themes. The preview checks every
 * row with the report service's own checks and saves nothing; saving adds every row through the same service, in one
 * transaction (all rows or none), audited as one import.
 */
@Service
public class RecommendationImport {

    public static final int MAX_ROWS = 10_000;
    public static final String NUMBER = "Number"; // i18n-ok: the import file format (decision 0093)
    public static final String KIND = "Kind"; // i18n-ok: the import file format (decision 0093)
    public static final String PRIORITY = "Priority"; // i18n-ok: the import file format (decision 0093)
    public static final String TEXT = "Text"; // i18n-ok: the import file format (decision 0093)
    public static final String RECIPIENTS = "Recipients"; // i18n-ok: the import file format (decision 0093)
    public static final String THEMES = "Themes"; // i18n-ok: the import file format (decision 0093)
    public static final List<String> COLUMNS = List.of(NUMBER, KIND, PRIORITY, TEXT, RECIPIENTS, THEMES);
    static final String ALL_FORCES = "All forces"; // i18n-ok: the import file format (decision 0093)
    private static final Map<String, String> FIELD_COLUMNS = Map.of("number", NUMBER, "kind", KIND, "priority", PRIORITY,
            "text", TEXT, "recipients", RECIPIENTS, "themes", THEMES);

    private final ReportService reports;
    private final RecommendationBatch batch;
    private final ReferenceData reference;
    private final CurrentUser currentUser;
    private final Submissions submissions;
    private final AuditLog audit;

    RecommendationImport(ReportService reports, RecommendationBatch batch, ReferenceData reference, CurrentUser currentUser, Submissions submissions,
                         AuditLog audit) {
        this.reports = reports;
        this.batch = batch;
        this.reference = reference;
        this.currentUser = currentUser;
        this.submissions = submissions;
        this.audit = audit;
    }

    /** The reports of the signed-in user's watchdog, newest first: the ones they may import into. */
    @Transactional(readOnly = true)
    public List<org.oversight.report.ReportRow> reports() {
        SignedInUser user = currentUser.require();
        return reference.watchdogs().stream().filter(w -> user.actsFor(w.id())).findFirst()
                .map(w -> reports.page(new org.oversight.report.ReportFilter(w.code(), null), 0, 500,
                        List.of(org.oversight.recommendation.SortBy.desc("published"))))
                .orElse(List.of());
    }

    /** The report, if the signed-in user may add recommendations to it (staff of its watchdog). */
    @Transactional(readOnly = true)
    public ReportDetail report(long reportId) {
        return reports.find(reportId).filter(ReportDetail::editable).orElseThrow(() -> new AccessDeniedException(
                Messages.t("importing.recommendations.not-yours", String.valueOf(reportId))));
    }

    /**
     * Reads the file and checks every row; saves nothing.
     *
     * @param progress told the number of rows checked so far, now and then
     * @throws InvalidInputException on field "file" when the file as a whole cannot be used
     */
    @Transactional(readOnly = true)
    public ImportPreview<RecommendationForm> preview(long reportId, String fileName, Path file, IntConsumer progress) {
        ReportDetail report = report(reportId);
        ImportTable table = ImportTable.read(fileName, file, MAX_ROWS);
        Map<String, Integer> at = Columns.locate(table.header(), COLUMNS, List.of(NUMBER, KIND, PRIORITY, TEXT, RECIPIENTS));
        Names<OrganisationRef> recipients = new Names<>(reference.recipients(), OrganisationRef::name,
                o -> List.of(o.name(), o.shortName() == null ? "" : o.shortName(), o.code()));
        Names<ThemeRef> themes = new Names<>(reference.themes(), ThemeRef::name, t -> List.of(t.name(), t.code()));
        Map<String, Integer> seenNumbers = new LinkedHashMap<>();
        Set<String> existing = new LinkedHashSet<>();
        report.recommendations().forEach(r -> existing.add(Names.key(r.number())));
        List<ImportRow<RecommendationForm>> rows = new ArrayList<>();
        int i = 0;
        for (List<String> cells : table.rows()) {
            int rowNumber = i + 2;
            rows.add(row(reportId, rowNumber, cells, at, recipients, themes, seenNumbers, existing));
            if (++i % 100 == 0) {
                progress.accept(i);
            }
        }
        progress.accept(i);
        return new ImportPreview<>("recommendations", reportId, fileName, table.encoding(), COLUMNS, rows);
    }

    private ImportRow<RecommendationForm> row(long reportId, int rowNumber, List<String> cells, Map<String, Integer> at,
                                              Names<OrganisationRef> recipientNames, Names<ThemeRef> themeNames,
                                              Map<String, Integer> seenNumbers, Set<String> existing) {
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, String> raw = new LinkedHashMap<>();
        for (String column : COLUMNS) {
            String value = Columns.cell(cells, at.get(column));
            if (ImportTable.FORMULA.equals(value)) {
                problems.put(column, Messages.t("importing.check.formula"));
                value = "";
            }
            raw.put(column, value);
        }
        String number = Text.clean(raw.get(NUMBER));
        if (!number.isEmpty()) {
            Integer first = seenNumbers.putIfAbsent(Names.key(number), rowNumber);
            if (first != null) {
                problems.putIfAbsent(NUMBER, Messages.t("importing.check.number-twice", number, String.valueOf(first)));
            } else if (existing.contains(Names.key(number))) {
                problems.putIfAbsent(NUMBER, Messages.t("importing.check.number-taken", number));
            }
        }
        RecommendationKind kind = kind(raw.get(KIND), problems);
        Priority priority = priority(raw.get(PRIORITY), problems);
        boolean allForces = false;
        Set<Long> recipientIds = new LinkedHashSet<>();
        List<String> recipientShown = new ArrayList<>();
        for (String name : split(raw.get(RECIPIENTS))) {
            if (Names.key(name).equals(Names.key(ALL_FORCES)) || Names.key(name).equals("all")) {
                allForces = true;
                recipientShown.add(ALL_FORCES);
                continue;
            }
            var found = recipientNames.find(name);
            if (found.isPresent()) {
                recipientIds.add(found.get().id());
                recipientShown.add(found.get().name());
            } else {
                problems.merge(RECIPIENTS, Messages.t("importing.check.recipient", name,
                        String.join(", ", recipientNames.nearest(name))), (a, b) -> a + " " + b);
            }
        }
        Set<Long> themeIds = new LinkedHashSet<>();
        List<String> themeShown = new ArrayList<>();
        for (String name : split(raw.get(THEMES))) {
            var found = themeNames.find(name);
            if (found.isPresent()) {
                themeIds.add(found.get().id());
                themeShown.add(found.get().name());
            } else {
                problems.merge(THEMES, Messages.t("importing.check.theme", name,
                        String.join(", ", themeNames.nearest(name))), (a, b) -> a + " " + b);
            }
        }
        RecommendationForm form = new RecommendationForm(number, kind, Text.clean(raw.get(TEXT)), priority, themeIds,
                allForces, recipientIds);
        // the report service's own checks, as when the form on the report's page is sent
        batch.check(reportId, form).forEach((field, message) ->
                problems.putIfAbsent(FIELD_COLUMNS.getOrDefault(field, field), message));
        List<String> shown = List.of(number, kind == null ? raw.get(KIND) : KindLabels.of(kind),
                priority == null ? raw.get(PRIORITY) : priority.label(), Text.clean(raw.get(TEXT)),
                String.join("; ", recipientShown), String.join("; ", themeShown));
        List<ImportProblem> list = problems.entrySet().stream()
                .map(e -> new ImportProblem(rowNumber, e.getKey(), e.getValue())).toList();
        return new ImportRow<>(rowNumber, shown, list.isEmpty() ? form : null, list);
    }

    private static RecommendationKind kind(String typed, Map<String, String> problems) {
        if (Text.isBlank(typed)) {
            return null; // the service says what is missing
        }
        for (RecommendationKind k : RecommendationKind.values()) {
            if (Names.key(typed).equals(Names.key(k.name())) || Names.key(typed).equals(Names.key(KindLabels.of(k)))) {
                return k;
            }
        }
        problems.put(KIND, Messages.t("importing.check.kind", typed.strip(),
                String.join(", ", java.util.Arrays.stream(RecommendationKind.values()).map(KindLabels::of).toList())));
        return null;
    }

    private static Priority priority(String typed, Map<String, String> problems) {
        if (Text.isBlank(typed)) {
            return null;
        }
        for (Priority p : Priority.values()) {
            if (Names.key(typed).equals(Names.key(p.name()))) {
                return p;
            }
        }
        problems.put(PRIORITY, Messages.t("importing.check.priority", typed.strip()));
        return null;
    }

    static List<String> split(String cell) {
        if (Text.isBlank(cell)) {
            return List.of();
        }
        return java.util.Arrays.stream(cell.split("[;\\n]")).map(Text::clean).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Saves every row of a preview without problems, in one transaction: any refusal saves nothing and names the row.
     * The same confirmation sent twice (same key) saves once.
     *
     * @return how many recommendations were added
     */
    @Transactional
    public int save(ImportPreview<RecommendationForm> preview, SubmissionKey key, IntConsumer progress) {
        SignedInUser user = currentUser.require();
        if (!preview.ok()) {
            throw new RuleViolationException(Messages.t("importing.save.rows-have-problems", preview.rowsWithProblems()));
        }
        long reportId = preview.target();
        return (int) submissions.once(key, "import", user.id(), () -> {
            report(reportId);
            List<ImportRow<RecommendationForm>> rows = preview.rows();
            try {
                batch.addAll(reportId, rows.stream().map(ImportRow::value).toList(), rowKey(key, 0), progress);
            } catch (RecommendationBatch.Refusal e) {
                throw new RuleViolationException(Messages.t("importing.save.row-refused",
                        String.valueOf(rows.get(e.index()).row()), e.getMessage()));
            }
            audit.record("IMPORTED", "report", reportId, null, preview.auditEntry());
            return rows.size();
        });
    }

    private static SubmissionKey rowKey(SubmissionKey key, int row) {
        return new SubmissionKey(UUID.nameUUIDFromBytes((key.value() + "/" + row).getBytes(StandardCharsets.UTF_8)));
    }

    private static final List<List<String>> EXAMPLES = List.of(
            List.of("1", "Recommendation", "High", "By 31 March, all forces should review how call handlers grade calls " // i18n-ok: the import file format (decision 0093)
                    + "about missing children.", ALL_FORCES, "Missing children"), // i18n-ok: the import file format (decision 0093)
            List.of("2", "Area for improvement", "Medium", "The force should audit its custody records each quarter.", // i18n-ok: the import file format (decision 0093)
                    "Surrey Police; Devon and Cornwall Police", "Custody")); // i18n-ok: the import file format (decision 0093)

    /** The template as CSV (UTF-8 with a byte-order mark, which Excel needs to read it as UTF-8), with two example rows. */
    public static byte[] csvTemplate() {
        return Language.ENGLISH.speak(() -> Templates.csv(COLUMNS, EXAMPLES));
    }

    /** The template as an Excel workbook: the same columns and examples, and a sheet listing the valid values. */
    public byte[] xlsxTemplate() {
        return Language.ENGLISH.speak(this::englishXlsxTemplate);
    }

    private byte[] englishXlsxTemplate() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("Kinds", java.util.Arrays.stream(RecommendationKind.values()).map(KindLabels::of).toList()); // i18n-ok: the import file format (decision 0093)
        values.put("Recipients (or All forces)", reference.recipients().stream().map(OrganisationRef::name).toList()); // i18n-ok: the import file format (decision 0093)
        values.put("Themes", reference.themes().stream().map(ThemeRef::name).toList()); // i18n-ok: the import file format (decision 0093)
        return Templates.xlsx("Recommendations", COLUMNS, EXAMPLES, values); // i18n-ok: the import file format (decision 0093)
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.UK);
    }
}
