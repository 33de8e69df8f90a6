package org.oversight.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.oversight.actionplan.ActionBatch;
import org.oversight.actionplan.ActionInput;
import org.oversight.actionplan.ActionStatus;
import org.oversight.actionplan.PlanItem;
import org.oversight.actionplan.PlanSummary;
import org.oversight.actionplan.WorkService;
import org.oversight.audit.AuditLog;
import org.oversight.base.Formats;
import org.oversight.base.InvalidInputException;
import org.oversight.base.RuleViolationException;
import org.oversight.base.SubmissionKey;
import org.oversight.base.Submissions;
import org.oversight.base.Text;
import org.oversight.base.i18n.Language;
import org.oversight.base.i18n.Messages;
import org.oversight.security.CurrentUser;
import org.oversight.security.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Force and national leads import the actions of their organisation's action plan from a spreadsheet: one row per
 * action, with the recommendations it answers by their numbers. The preview checks every row with the action plan
 * service's own checks and saves nothing; saving adds every row through the same service, in one transaction (all
 * rows or none), audited as one import.
 */
@Service
public class ActionImport {

    public static final int MAX_ROWS = RecommendationImport.MAX_ROWS;
    public static final String TITLE = "Title"; // i18n-ok: the import file format (decision 0093)
    public static final String DESCRIPTION = "Description"; // i18n-ok: the import file format (decision 0093)
    public static final String OWNER = "Owner"; // i18n-ok: the import file format (decision 0093)
    public static final String DUE = "Due date"; // i18n-ok: the import file format (decision 0093)
    public static final String PROGRESS = "Progress"; // i18n-ok: the import file format (decision 0093)
    public static final String STATUS = "Status"; // i18n-ok: the import file format (decision 0093)
    public static final String ANSWERS = "Recommendations"; // i18n-ok: the import file format (decision 0093)
    public static final List<String> COLUMNS = List.of(TITLE, DESCRIPTION, OWNER, DUE, PROGRESS, STATUS, ANSWERS);
    private static final Map<String, String> FIELD_COLUMNS = Map.of("title", TITLE, "description", DESCRIPTION,
            "ownerName", OWNER, "dueOn", DUE, "progress", PROGRESS, "status", STATUS, "answers", ANSWERS);

    private final ActionBatch batch;
    private final WorkService work;
    private final CurrentUser currentUser;
    private final Submissions submissions;
    private final AuditLog audit;

    ActionImport(ActionBatch batch, WorkService work, CurrentUser currentUser, Submissions submissions, AuditLog audit) {
        this.batch = batch;
        this.work = work;
        this.currentUser = currentUser;
        this.submissions = submissions;
        this.audit = audit;
    }

    /** The plans of the signed-in lead's organisation that take actions now (not with the watchdog). */
    @Transactional(readOnly = true)
    public List<PlanSummary> plans() {
        return work.myPlans().stream().filter(p -> p.status().editableByRecipient()).toList();
    }

    /**
     * Reads the file and checks every row; saves nothing.
     *
     * @throws InvalidInputException on field "file" when the file as a whole cannot be used
     * @throws org.springframework.security.access.AccessDeniedException unless the user leads the plan's organisation
     */
    @Transactional(readOnly = true)
    public ImportPreview<ActionInput> preview(long planId, String fileName, Path file, IntConsumer progress) {
        ActionBatch.PlanItems plan = batch.target(planId);
        ImportTable table = ImportTable.read(fileName, file, MAX_ROWS);
        Map<String, Integer> at = Columns.locate(table.header(), COLUMNS, List.of(TITLE, OWNER, DUE, ANSWERS));
        Names<PlanItem> items = new Names<>(plan.items(), PlanItem::number, i -> List.of(i.number(), i.reference()));
        List<Map<String, String>> problems = new ArrayList<>();
        List<List<String>> shown = new ArrayList<>();
        List<ActionInput> inputs = new ArrayList<>();
        for (List<String> cells : table.rows()) {
            Map<String, String> rowProblems = new LinkedHashMap<>();
            List<String> rowShown = new ArrayList<>();
            inputs.add(row(cells, at, items, rowProblems, rowShown));
            problems.add(rowProblems);
            shown.add(rowShown);
        }
        // the action plan service's own checks, as when the form on the plan's page is sent
        List<Map<String, String>> checked = batch.check(planId, inputs, progress);
        List<ImportRow<ActionInput>> rows = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            int rowNumber = i + 2;
            Map<String, String> rowProblems = problems.get(i);
            checked.get(i).forEach((field, message) -> rowProblems.putIfAbsent(FIELD_COLUMNS.getOrDefault(field, field), message));
            List<ImportProblem> list = rowProblems.entrySet().stream()
                    .map(e -> new ImportProblem(rowNumber, e.getKey(), e.getValue())).toList();
            rows.add(new ImportRow<>(rowNumber, shown.get(i), list.isEmpty() ? inputs.get(i) : null, list));
        }
        progress.accept(rows.size());
        return new ImportPreview<>("actions", planId, fileName, table.encoding(), COLUMNS, rows);
    }

    private static ActionInput row(List<String> cells, Map<String, Integer> at, Names<PlanItem> items,
                                   Map<String, String> problems, List<String> shown) {
        Map<String, String> raw = new LinkedHashMap<>();
        for (String column : COLUMNS) {
            String value = Columns.cell(cells, at.get(column));
            if (ImportTable.FORMULA.equals(value)) {
                problems.put(column, Messages.t("importing.check.formula"));
                value = "";
            }
            raw.put(column, value);
        }
        java.time.LocalDate due = null;
        if (!Text.isBlank(raw.get(DUE))) {
            due = ImportDates.parse(raw.get(DUE)).orElse(null);
            if (due == null) {
                problems.putIfAbsent(DUE, Messages.t("importing.check.date", Text.clean(raw.get(DUE))));
            }
        }
        Integer progress = null;
        if (!Text.isBlank(raw.get(PROGRESS))) {
            try {
                progress = Integer.valueOf(Text.clean(raw.get(PROGRESS)).replace("%", "").strip());
            } catch (NumberFormatException e) {
                problems.putIfAbsent(PROGRESS, Messages.t("importing.check.progress", Text.clean(raw.get(PROGRESS))));
            }
        }
        ActionStatus status = status(raw.get(STATUS), problems);
        Set<Long> answers = new LinkedHashSet<>();
        List<String> answersShown = new ArrayList<>();
        for (String number : RecommendationImport.split(raw.get(ANSWERS))) {
            var found = items.find(number);
            if (found.isPresent()) {
                answers.add(found.get().trackedId());
                answersShown.add(found.get().reference());
            } else {
                problems.merge(ANSWERS, Messages.t("importing.check.answers", number, String.join(", ", items.nearest(number))),
                        (a, b) -> a + " " + b);
            }
        }
        shown.addAll(List.of(Text.clean(raw.get(TITLE)), Text.clean(raw.get(DESCRIPTION)), Text.cleanName(raw.get(OWNER)),
                due == null ? Text.clean(raw.get(DUE)) : Formats.date(due),
                progress == null ? Text.clean(raw.get(PROGRESS)) : progress + "%",
                status == null ? Text.clean(raw.get(STATUS)) : status.label(), String.join("; ", answersShown)));
        return new ActionInput(raw.get(TITLE), raw.get(DESCRIPTION), raw.get(OWNER), due, progress, status, answers);
    }

    private static ActionStatus status(String typed, Map<String, String> problems) {
        if (Text.isBlank(typed)) {
            return null; // not started
        }
        for (ActionStatus s : ActionStatus.values()) {
            if (Names.key(typed).equals(Names.key(s.name())) || Names.key(typed).equals(Names.key(s.label()))
                    || Names.key(typed).equals(Names.key(Language.ENGLISH.speak(s::label)))) {
                return s;
            }
        }
        problems.put(STATUS, Messages.t("importing.check.status", Text.clean(typed),
                String.join(", ", Arrays.stream(ActionStatus.values()).map(ActionStatus::label).toList())));
        return null;
    }

    /**
     * Saves every row of a preview without problems, in one transaction: any refusal saves nothing and names the row.
     * The same confirmation sent twice (same key) saves once.
     *
     * @return how many actions were added
     */
    @Transactional
    public int save(ImportPreview<ActionInput> preview, SubmissionKey key, IntConsumer progress) {
        SignedInUser user = currentUser.require();
        if (!preview.ok()) {
            throw new RuleViolationException(Messages.t("importing.save.rows-have-problems", preview.rowsWithProblems()));
        }
        long planId = preview.target();
        return (int) submissions.once(key, "action_import", user.id(), () -> {
            List<ImportRow<ActionInput>> rows = preview.rows();
            try {
                batch.addAll(planId, rows.stream().map(ImportRow::value).toList(), progress);
            } catch (ActionBatch.Refusal e) {
                throw new RuleViolationException(Messages.t("importing.save.row-refused",
                        String.valueOf(rows.get(e.index()).row()), e.getMessage()));
            }
            audit.record("IMPORTED", "action_plan", planId, null, preview.auditEntry());
            return rows.size();
        });
    }

    /** The template as CSV, with two example rows answering the plan's own recommendations. */
    @Transactional(readOnly = true)
    public byte[] csvTemplate(long planId) {
        return Language.ENGLISH.speak(() -> Templates.csv(COLUMNS, examples(batch.target(planId))));
    }

    /** The template as an Excel workbook, with a sheet listing the plan's recommendations and the statuses. */
    @Transactional(readOnly = true)
    public byte[] xlsxTemplate(long planId) {
        return Language.ENGLISH.speak(() -> englishXlsxTemplate(planId));
    }

    private byte[] englishXlsxTemplate(long planId) {
        ActionBatch.PlanItems plan = batch.target(planId);
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("Recommendations (give their numbers, separated by semicolons)", // i18n-ok: the import file format (decision 0093)
                plan.items().stream().filter(i -> !i.status().isClosed()).map(PlanItem::label).toList());
        values.put("Statuses", Arrays.stream(ActionStatus.values()).map(ActionStatus::label).toList()); // i18n-ok: the import file format (decision 0093)
        return Templates.xlsx("Actions", COLUMNS, examples(plan), values); // i18n-ok: the import file format (decision 0093)
    }

    private static List<List<String>> examples(ActionBatch.PlanItems plan) {
        List<String> numbers = plan.items().stream().filter(i -> !i.status().isClosed()).map(PlanItem::number).toList();
        String first = numbers.isEmpty() ? "1" : numbers.getFirst();
        String both = numbers.size() < 2 ? first : numbers.get(0) + "; " + numbers.get(1);
        return List.of(
                List.of("Refresh call grading training", "Train every call handler in the new grading guide.", // i18n-ok: the import file format (decision 0093)
                        "Head of Contact Centre", "31/03/2027", "0", ActionStatus.NOT_STARTED.label(), first), // i18n-ok: the import file format (decision 0093)
                List.of("Audit custody records each quarter", "", "Custody Inspector", "30/06/2027", "25", // i18n-ok: the import file format (decision 0093)
                        ActionStatus.IN_PROGRESS.label(), both));
    }
}
