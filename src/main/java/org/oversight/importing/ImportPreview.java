package org.oversight.importing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A file as it would be imported, before anything is saved: every row as it will be saved, and every problem. It can
 * be saved only when there is none (all rows or none).
 *
 * @param target   the report (recommendations) or plan (actions) the rows go into
 * @param columns  the columns shown for each row
 * @param encoding how the file was read: "UTF-8", "Windows-1252" or "XLSX"
 */
public record ImportPreview<T>(String kind, long target, String fileName, String encoding, List<String> columns,
                               List<ImportRow<T>> rows) {

    public ImportPreview {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public List<ImportProblem> problems() {
        return rows.stream().flatMap(r -> r.problems().stream()).toList();
    }

    public boolean ok() {
        return rows.stream().allMatch(ImportRow::ok);
    }

    public long rowsWithProblems() {
        return rows.stream().filter(r -> !r.ok()).count();
    }

    /** What the audit trail keeps of a saved import: its kind, the file's name and how many rows it saved. */
    Map<String, Object> auditEntry() {
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("kind", kind());
        what.put("file", fileName());
        what.put("rows", rows().size());
        return what;
    }
}
