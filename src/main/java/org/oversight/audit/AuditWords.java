package org.oversight.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.oversight.base.Formats;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail in plain words: the one mapping from each action code the application writes to what a person
 * calls it ("Deadline extended"), from each kind of record to its name and page, and from stored before/after JSON
 * to "field: before → after" lines with UK dates. The stored events (and so the hash chain) are not touched: this
 * is how they are read.
 */
public final class AuditWords {

    private static final Map<String, String> ACTIONS = new LinkedHashMap<>();
    private static final Map<String, String> BY_RECORD = Map.of(
            "CREATE:report", "Report created",
            "CREATE:recommendation", "Recommendation added to a report",
            "CREATE:tracked_recommendation", "Recommendation sent to a recipient",
            "UPDATE:report", "Report edited",
            "UPDATE:recommendation", "Recommendation edited");
    private static final Map<String, String> RECORDS = Map.ofEntries(
            Map.entry("action", "Action"),
            Map.entry("action_plan", "Action plan"),
            Map.entry("api_token", "API token"),
            Map.entry("app_user", "User"),
            Map.entry("clock", "Clock"),
            Map.entry("due_date_revision", "Due date revision"),
            Map.entry("evidence", "Evidence"),
            Map.entry("outcome_assessment", "Outcome assessment"),
            Map.entry("plan_comment", "Comment on a plan"),
            Map.entry("progress_update", "Progress update"),
            Map.entry("recommendation", "Recommendation"),
            Map.entry("recommendation_link", "Link between recommendations"),
            Map.entry("redaction", "Withheld passage"),
            Map.entry("report", "Report"),
            Map.entry("tracked_recommendation", "Recommendation to a recipient"));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static {
        label("CREATE", "Created");
        label("UPDATE", "Edited");
        label("STATUS_CHANGE", "Status changed");
        label("IMPORTED", "Report imported");
        label("COMPLETION_CLAIMED", "Reported complete");
        label("ITEM_DATES_MOVED", "Recommendation dates moved");
        label("SUGGESTION_DISMISSED", "Repeat suggestion dismissed");
        label("RECOMMENDATION_LINKED", "Recommendations linked");
        label("OUTCOME_RECORDED", "Outcome recorded");
        label("PLAN_CREATED", "Plan started");
        label("PLAN_EDITED", "Plan summary edited");
        label("PLAN_SUBMITTED", "Plan submitted");
        label("PLAN_ACCEPTED", "Plan accepted");
        label("PLAN_RETURNED", "Plan returned");
        label("PLAN_COMMENTED", "Comment on a plan");
        label("ACTION_CREATED", "Action added");
        label("ACTION_EDITED", "Action edited");
        label("ACTION_DELETED", "Action removed");
        label("UPDATE_POSTED", "Progress update posted");
        label("EVIDENCE_UPLOADED", "Evidence uploaded");
        label("DUE_DATE_REVISION_REQUESTED", "New due date asked for");
        label("DUE_DATE_REVISION_DECIDED", "New due date decided");
        label("CLOCKS_STARTED", "Deadlines started");
        label("CLOCK_MET", "Deadline met");
        label("CLOCK_EXTENDED", "Deadline extended");
        label("CLOCK_PAUSED", "Deadline paused");
        label("CLOCK_PAUSE_ENDED", "Deadline pause ended");
        label("REASSESSMENT_SCHEDULED", "Reassessment scheduled");
        label("REPORT_PUBLISHED", "Report published");
        label("REPORT_WITHHELD", "Report withheld from the public register");
        label("ITEM_WITHHELD", "Recommendation withheld from the public register");
        label("ITEM_RELEASED", "Recommendation released to the public register");
        label("RESPONSE_PUBLISHED", "Response published");
        label("RESPONSE_UNPUBLISHED", "Response taken off the public register");
        label("UPDATE_PUBLISHED", "Progress update published");
        label("UPDATE_UNPUBLISHED", "Progress update taken off the public register");
        label("PASSAGE_WITHHELD", "Passage withheld");
        label("PASSAGE_RELEASED", "Passage released");
        label("NOTIFICATION_PREFERENCE_SET", "Notification choice changed");
        label("MAIL_COVER_SET", "Deputy named");
        label("MAIL_COVER_ENDED", "Deputy cover ended");
        label("CALENDAR_FEED_ISSUED", "Calendar feed address issued");
        label("CALENDAR_FEED_REPLACED", "Calendar feed address replaced");
        label("CALENDAR_FEED_REVOKED", "Calendar feed address revoked");
        label("API_TOKEN_CREATED", "API token created");
        label("API_TOKEN_REVOKED", "API token revoked");
        label("API_TOKEN_USED", "API token used");
        label("USER_CREATED", "User created");
        label("USER_ROLE_CHANGED", "User's role changed");
        label("USER_PASSWORD_RESET", "Password reset");
        label("USER_UNLOCKED", "Account unlocked");
        label("USER_DEACTIVATED", "Account deactivated");
        label("USER_REACTIVATED", "Account reactivated");
        label("DEMO_ACCOUNT_DEACTIVATED", "Demo account deactivated");
        label("FIRST_ADMINISTRATOR_CREATED", "First administrator created");
        label("LOGIN", "Signed in");
        label("LOGIN_FAILED", "Sign-in failed");
        label("LOGIN_REFUSED", "Sign-in refused");
        label("ACCOUNT_LOCKED", "Account locked");
        label("LOGOUT", "Signed out");
    }

    private AuditWords() {
    }

    private static void label(String code, String words) {
        ACTIONS.put(code, words);
    }

    /** Every action code with plain words. */
    public static Set<String> labelledActions() {
        return Collections.unmodifiableSet(new TreeSet<>(ACTIONS.keySet()));
    }

    public static boolean hasLabel(String action) {
        return ACTIONS.containsKey(action);
    }

    /** "Deadline extended"; a code without words (written by an older version) shows as itself. */
    public static String action(String action, String entityType) {
        String specific = BY_RECORD.get(action + ":" + entityType);
        return specific != null ? specific : ACTIONS.getOrDefault(action, action);
    }

    /** "Action plan 12", or the kind alone when the event concerns no single record. */
    public static String record(String entityType, Long entityId) {
        String name = RECORDS.getOrDefault(entityType, entityType);
        return entityId == null ? name : name + " " + entityId;
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
            out.put("value", value(root));
            return out;
        }
        root.properties().forEach(e -> out.put(e.getKey(), value(e.getValue())));
        return out;
    }

    private static String value(JsonNode node) {
        if (node == null || node.isNull()) {
            return "—";
        }
        if (node.isArray()) {
            List<String> parts = new ArrayList<>();
            node.forEach(n -> parts.add(value(n)));
            return parts.isEmpty() ? "none" : String.join(", ", parts);
        }
        if (node.isObject()) {
            List<String> parts = new ArrayList<>();
            node.properties().forEach(e -> parts.add(fieldName(e.getKey()).toLowerCase() + " " + value(e.getValue())));
            return String.join(", ", parts);
        }
        return words(node.asString());
    }

    /** ISO dates and times as UK dates; codes such as PLAN_AWAITED as "Plan awaited"; anything else as written. */
    static String words(String text) {
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
            String lower = text.replace('_', ' ').toLowerCase();
            return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        }
        return text;
    }

    /** "dueOn" → "Due on", "organisationId" → "Organisation", "value" → "Value". */
    static String fieldName(String key) {
        String k = key.endsWith("Id") && key.length() > 2 ? key.substring(0, key.length() - 2) : key;
        String spaced = k.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase();
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
