package org.oversight.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One node of the client's copy of a Vaadin UI ({@link UiTree}): its id and, by Flow's feature number, the values
 * (tag, properties, attributes, listeners, text) and lists (children) the UIDL's changes gave it.
 */
final class UiNode {

    // Flow's node feature numbers (NodeFeatureRegistry), as they appear in the UIDL's "feat"
    static final int ELEMENT_DATA = 0;
    static final int PROPERTIES = 1;
    static final int CHILDREN = 2;
    static final int ATTRIBUTES = 3;
    static final int LISTENERS = 4;
    static final int TEXT = 7;
    /** Room for the feature numbers most nodes have, made when first needed; a larger number makes room for itself. */
    private static final int FEATURES = 8;
    private static final Object[] NONE = {};

    final int id;
    /**
     * Each feature's values and list, by Flow's feature number (small, dense numbers): arrays, not maps keyed by a
     * boxed number, because looking them up was the larger part of applying an answer, and the client shares the
     * node's cores.
     */
    private Object[] maps = NONE;
    private Object[] lists = NONE;

    UiNode(int id) {
        this.id = id;
    }

    /** The feature's values, or an empty map. */
    @SuppressWarnings("unchecked")
    Map<String, JsonNode> map(int feature) {
        Object m = feature >= 0 && feature < maps.length ? maps[feature] : null;
        return m == null ? Map.of() : (Map<String, JsonNode>) m;
    }

    @SuppressWarnings("unchecked")
    Map<String, JsonNode> mapToChange(int feature) {
        if (feature >= maps.length) {
            maps = Arrays.copyOf(maps, Math.max(feature + 1, FEATURES));
        }
        if (maps[feature] == null) {
            maps[feature] = new HashMap<String, JsonNode>();
        }
        return (Map<String, JsonNode>) maps[feature];
    }

    /** The feature's list (children, for one), or an empty list. */
    @SuppressWarnings("unchecked")
    List<JsonNode> list(int feature) {
        Object l = feature >= 0 && feature < lists.length ? lists[feature] : null;
        return l == null ? List.of() : (List<JsonNode>) l;
    }

    @SuppressWarnings("unchecked")
    List<JsonNode> listToChange(int feature) {
        if (feature >= lists.length) {
            lists = Arrays.copyOf(lists, Math.max(feature + 1, FEATURES));
        }
        if (lists[feature] == null) {
            lists[feature] = new ArrayList<JsonNode>();
        }
        return (List<JsonNode>) lists[feature];
    }

    void clear(int feature) {
        if (feature >= 0 && feature < maps.length) {
            maps[feature] = null;
        }
        if (feature >= 0 && feature < lists.length) {
            lists[feature] = null;
        }
    }

    String tag() {
        return string(ELEMENT_DATA, "tag");
    }

    String property(String name) {
        return string(PROPERTIES, name);
    }

    String attribute(String name) {
        return string(ATTRIBUTES, name);
    }

    /** The constant-pool key of the listener for an event, or null when there is none. */
    String listener(String event) {
        return string(LISTENERS, event);
    }

    String string(int feature, String key) {
        JsonNode v = map(feature).get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isObject() && v.has("uri")) {
            return v.get("uri").asString();
        }
        return v.isString() ? v.asString() : v.toString();
    }
}
