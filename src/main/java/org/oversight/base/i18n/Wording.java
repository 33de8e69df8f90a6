package org.oversight.base.i18n;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A text kept to be written later, in whichever language its reader reads: a message key and its arguments, not the
 * words. Stored as JSON ({@link #toJson()}), so that a line written once (an inbox entry) reads in English to one
 * person and in Welsh to another. An argument is a string or a number as given (names, references, counts), another
 * wording, or a list of wordings, which reads as them joined with ", ".
 */
public record Wording(String key, List<Object> arguments) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    public Wording {
        arguments = List.copyOf(arguments);
        for (Object a : arguments) {
            if (!(a instanceof String || a instanceof Long || a instanceof Integer || a instanceof Wording
                    || a instanceof List<?>)) {
                throw new IllegalArgumentException("A wording's argument is a string, a whole number, a wording or a"
                        + " list of wordings, not " + a.getClass().getSimpleName()); // i18n-ok: a programmer's error
            }
        }
    }

    public static Wording of(String key, Object... arguments) {
        return new Wording(key, List.of(arguments));
    }

    /** The text in {@code language}. */
    public String in(Language language) {
        Object[] args = arguments.stream().map(a -> argument(a, language)).toArray();
        return Messages.t(language, key, args);
    }

    /** The text in the language being written now ({@link Language#current()}). */
    public String text() {
        return in(Language.current());
    }

    private static Object argument(Object a, Language language) {
        if (a instanceof Wording w) {
            return w.in(language);
        }
        if (a instanceof List<?> parts) {
            return String.join(", ", parts.stream().map(p -> String.valueOf(argument(p, language))).toList());
        }
        return a;
    }

    /** {"key": "…", "args": [ "text", 3, {"key": …}, [ … ] ]}. */
    public String toJson() {
        return JSON.writeValueAsString(node(this));
    }

    public static Wording fromJson(String json) {
        return wording(JSON.readTree(json));
    }

    private static ObjectNode node(Wording w) {
        ObjectNode o = NODES.objectNode();
        o.put("key", w.key);
        ArrayNode args = o.putArray("args");
        w.arguments.forEach(a -> args.add(value(a)));
        return o;
    }

    private static JsonNode value(Object a) {
        return switch (a) {
            case Wording w -> node(w);
            case List<?> parts -> {
                ArrayNode list = NODES.arrayNode();
                parts.forEach(p -> list.add(value(p)));
                yield list;
            }
            case Long n -> NODES.numberNode(n);
            case Integer n -> NODES.numberNode(n);
            default -> NODES.stringNode((String) a);
        };
    }

    private static Wording wording(JsonNode node) {
        List<Object> args = new ArrayList<>();
        node.get("args").forEach(a -> args.add(argument(a)));
        return new Wording(node.get("key").asString(), args);
    }

    private static Object argument(JsonNode a) {
        if (a.isObject()) {
            return wording(a);
        }
        if (a.isArray()) {
            List<Object> parts = new ArrayList<>();
            a.forEach(p -> parts.add(argument(p)));
            return parts;
        }
        if (a.isIntegralNumber()) {
            return a.asLong();
        }
        return a.asString();
    }
}
