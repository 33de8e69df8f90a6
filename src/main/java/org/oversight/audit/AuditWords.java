package org.oversight.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.oversight.base.Formats;
import org.oversight.base.i18n.Language;
import org.oversight.base.i18n.Messages;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail in plain words: the one mapping from each action code the application writes to what a person
 * calls it ("Deadline extended"), from each kind of record to its name and page, and from stored before/after JSON
 * to "field: before → after" lines with UK dates. The stored events (and so the hash chain) are not touched: this
 * is how they are read.
 */
public final class AuditWords {

    private static final String ACTION = "audit.action.";
    private static final String ACTION_ON = "audit.action-on.";
    private static final String RECORD = "audit.record.";
    private static final String FIELD = "audit.field.";
    private static final String VALUE = "audit.value.";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Where the screens' own labels of a stored code live (each enum's message keys), by the field that holds it: a
     * status code reads as the register, plan or action screen says it, in the reader's language. A field not listed
     * looks through them all.
     */
    private static final Map<String, List<String>> LABELS = Map.of(
            "status", List.of("recommendation.status.", "actionplan.plan-status.", "actionplan.action-status.",
                    "actionplan.revision-status."),
            "kind", List.of("recommendation.kind.", "recommendation.report-kind.", "recommendation.handoff."),
            "priority", List.of("recommendation.priority."),
            "transition", List.of("recommendation.transition."),
            "role", List.of("security.role."),
            "channel", List.of("notification.channel."),
            "rating", List.of("outcome.rating."),
            "scope", List.of("security.api-token-scope."),
            "ground", List.of("publication.ground."));
    /**
     * Words the writers store as values ("withheld", "until published", a pause "running"), said in the reader's
     * language as {@code audit.value.<words with hyphens>}.
     */
    private static final Set<String> STORED_WORDS = Set.of("on", "off", "none", "published", "withheld", // i18n-ok: stored values
            "not published", "until published", "until released", "follows its report", "running"); // i18n-ok: stored values
    private static final List<String> ALL_LABELS = LABELS.values().stream().flatMap(List::stream).distinct().toList();

    private AuditWords() {
    }

    /** Every action code with plain words: those with an {@code audit.action.*} text in the bundles. */
    public static Set<String> labelledActions() {
        Set<String> codes = new TreeSet<>();
        Messages.all(Language.ENGLISH).keySet().stream().filter(k -> k.startsWith(ACTION))
                .map(k -> k.substring(ACTION.length()).toUpperCase(Locale.ROOT).replace('-', '_')).forEach(codes::add);
        return Collections.unmodifiableSet(codes);
    }

    public static boolean hasLabel(String action) {
        return Messages.has(ACTION + key(action));
    }

    /** "Deadline extended"; a code without words (written by an older version) shows as itself. */
    public static String action(String action, String entityType) {
        String specific = entityType == null ? null : ACTION_ON + key(action) + "." + key(entityType);
        if (specific != null && Messages.has(specific)) {
            return Messages.t(specific);
        }
        return hasLabel(action) ? Messages.t(ACTION + key(action)) : action;
    }

    /** "Action plan 12", or the kind alone when the event concerns no single record. */
    public static String record(String entityType, Long entityId) {
        String name = entityType != null && Messages.has(RECORD + key(entityType)) ? Messages.t(RECORD + key(entityType)) : entityType;
        return entityId == null ? name : name + " " + entityId;
    }

    /** The name of a kind of record ("action_plan" → "Action plan"), for the trail's filter. */
    public static String recordKind(String entityType) {
        return record(entityType, null);
    }

    private static String key(String code) {
        return code.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Where the record can be seen: its own page for plans, recommendations and reports, and otherwise its history
     * in this trail (an account's only for administrators, who alone see account events).
     */
    public static Optional<String> link(String entityType, Long entityId) {
        if (entityId == null) {
            return Optional.empty();
        }
        return Optional.of(switch (entityType) {
            case "action_plan" -> "plans/" + entityId;
            case "tracked_recommendation" -> "recommendations/" + entityId;
            case "report" -> "reports/" + entityId;
            default -> "audit?type=" + entityType + "&id=" + entityId;
        });
    }

    /**
     * What changed, one line a field: "Status: Plan awaited → Plan submitted", "Due on: 31 Mar 2027 → 30 Jun
     * 2027". Fields only before or only after read "Due on: — → 31 Mar 2027" and "Reason: … → —".
     */
    public static List<String> changes(String beforeJson, String afterJson) {
        Map<String, String> before = fields(beforeJson);
        Map<String, String> after = fields(afterJson);
        List<String> lines = new ArrayList<>();
        for (String field : union(before, after)) {
            String b = before.get(field);
            String a = after.get(field);
            if (b != null && b.equals(a)) {
                continue;
            }
            lines.add(fieldName(field) + ": " + (b == null ? "—" : b) + " → " + (a == null ? "—" : a));
        }
        return lines;
    }

    /** The changes on one line, for the trail's list and its export. */
    public static String changesInOneLine(String beforeJson, String afterJson) {
        return String.join("; ", changes(beforeJson, afterJson));
    }

    /** Both sides' fields in the order the stored JSON has them (sorted by name). */
    private static Set<String> union(Map<String, String> a, Map<String, String> b) {
        Set<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private static Map<String, String> fields(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return out;
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (RuntimeException e) {
            out.put("value", json);
            return out;
        }
        if (!root.isObject()) {
            out.put("value", value("value", root));
            return out;
        }
        root.properties().forEach(e -> out.put(e.getKey(), value(e.getKey(), e.getValue())));
        return out;
    }

    private static String value(String field, JsonNode node) {
        if (node == null || node.isNull()) {
            return "—";
        }
        if (node.isBoolean()) {
            return Messages.t(VALUE + (node.asBoolean() ? "yes" : "no"));
        }
        if (node.isArray()) {
            List<String> parts = new ArrayList<>();
            node.forEach(n -> parts.add(value(field, n)));
            return parts.isEmpty() ? Messages.t("audit.value.none") : String.join(", ", parts);
        }
        if (node.isObject()) {
            List<String> parts = new ArrayList<>();
            node.properties().forEach(e -> parts.add(fieldName(e.getKey()).toLowerCase(Language.current().locale()) + " "
                    + value(e.getKey(), e.getValue())));
            return String.join(", ", parts);
        }
        return words(field, node.asString());
    }

    /**
     * ISO dates and times as UK dates in the reader's language; codes such as PLAN_AWAITED as the screens label them
     * ("Plan awaited", "Aros am gynllun"); "true"/"false", "on"/"off" and "none" as words; anything else as written.
     */
    static String words(String field, String text) {
        if (STORED_WORDS.contains(text)) {
            return Messages.t(VALUE + text.replace(' ', '-'));
        }
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return Formats.date(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                return text;
            }
        }
        if (text.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
            try {
                return Formats.dateTime(OffsetDateTime.parse(text));
            } catch (DateTimeParseException e) {
                return text;
            }
        }
        if (text.matches("[A-Z][A-Z_]+")) {
            return label(field, text);
        }
        return text;
    }

    /** A code as the screens label it; a code no screen labels (written by an older version) as "Plan awaited". */
    private static String label(String field, String code) {
        String k = key(code);
        for (String prefix : LABELS.getOrDefault(field, ALL_LABELS)) {
            if (Messages.has(prefix + k)) {
                return Messages.t(prefix + k);
            }
        }
        if (LABELS.containsKey(field)) {
            return label("", code);
        }
        String lower = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** "dueOn" → "Due on", "organisationId" → "Organisation", "value" → "Value". */
    static String fieldName(String key) {
        if (Messages.has(FIELD + key)) {
            return Messages.t(FIELD + key);
        }
        String k = key.endsWith("Id") && key.length() > 2 ? key.substring(0, key.length() - 2) : key; // i18n-ok: a JSON key's suffix
        String spaced = k.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase();
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
