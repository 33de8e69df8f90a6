package org.oversight.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * The client's copy of one Vaadin UI's state tree, kept up to date from the {@code changes} of every UIDL answer as
 * Flow's own browser client keeps it: nodes with their tag, properties, attributes, event listeners and children
 * (ordinary and virtual). Enough to find a button by its words, a field by its label and a link by its address,
 * which is what a person looking at the screen does.
 */
final class UiTree {

    private final Map<Integer, UiNode> nodes = new LinkedHashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();
    /** The links drawn from a grid's data (a LitRenderer's "…href" properties), by the grid's node. */
    private final Map<Integer, Set<String>> dataLinks = new HashMap<>();
    /**
     * The nodes by their tag, and those with an href, in the order they got it: the questions a person's eye asks
     * ("the Post update button", "the links") are answered without walking every node of the UI. Walks of the whole
     * tree were a fifth of the load client's CPU, and the client shares the node's cores.
     */
    private final Map<String, Set<UiNode>> byTag = new HashMap<>();
    private final Set<UiNode> withHref = new LinkedHashSet<>();

    /** Applies one UIDL answer: its constants (event data descriptions) and its changes, in order. */
    void apply(JsonNode uidl) {
        JsonNode consts = uidl.path("constants");
        for (Map.Entry<String, JsonNode> e : consts.properties()) {
            constants.put(e.getKey(), e.getValue());
        }
        for (JsonNode c : uidl.path("changes")) {
            int id = c.get("node").asInt();
            String type = c.get("type").asString();
            if ("detach".equals(type)) {
                UiNode gone = nodes.remove(id);
                if (gone != null) {
                    unindex(gone, UiNode.ELEMENT_DATA);
                    withHref.remove(gone);
                }
                dataLinks.remove(id);
                continue;
            }
            UiNode n = nodes.computeIfAbsent(id, UiNode::new);
            int feat = c.path("feat").asInt(-1);
            if (feat < 0) {
                continue; // "attach": the node exists now
            }
            switch (type) {
                case "put" -> {
                    unindex(n, feat);
                    n.mapToChange(feat).put(c.get("key").asString(),
                            c.has("nodeValue") ? c.get("nodeValue") : c.path("value"));
                    index(n, feat);
                }
                case "remove" -> {
                    unindex(n, feat);
                    n.mapToChange(feat).remove(c.get("key").asString());
                    index(n, feat);
                }
                case "clear" -> {
                    unindex(n, feat);
                    n.clear(feat);
                    index(n, feat);
                }
                case "splice" -> splice(n.listToChange(feat), c);
                default -> { } // "attach": the node exists now
            }
        }
        for (JsonNode call : uidl.path("execute")) {
            JsonNode grid = call.path(0).path("@v-node");
            JsonNode script = call.path(call.size() - 1);
            if (grid.isNumber() && script.isString() && script.asString().contains("$connector.set(")) {
                Set<String> links = dataLinks.computeIfAbsent(grid.asInt(), k -> new LinkedHashSet<>());
                for (JsonNode argument : call) {
                    for (JsonNode row : argument.isArray() ? argument : List.<JsonNode>of()) {
                        for (Map.Entry<String, JsonNode> p : row.isObject() ? row.properties() : Set.<Map.Entry<String, JsonNode>>of()) {
                            if (p.getKey().endsWith("_href") && p.getValue().isString()) {
                                links.add(p.getValue().asString());
                            }
                        }
                    }
                }
            }
        }
    }

    /** Puts the node in the index as the feature that just changed now has it. */
    private void index(UiNode n, int feat) {
        if (feat == UiNode.ELEMENT_DATA && n.tag() != null) {
            byTag.computeIfAbsent(n.tag(), k -> new LinkedHashSet<>()).add(n);
        } else if (feat == UiNode.ATTRIBUTES) {
            if (n.attribute("href") != null) {
                withHref.add(n);
            } else {
                withHref.remove(n);
            }
        }
    }

    /** Takes the node out of its tag's index before its tag changes; a node keeps its place among the links. */
    private void unindex(UiNode n, int feat) {
        if (feat == UiNode.ELEMENT_DATA && n.tag() != null) {
            Set<UiNode> same = byTag.get(n.tag());
            if (same != null) {
                same.remove(n);
            }
        }
    }

    private static void splice(List<JsonNode> list, JsonNode c) {
        int index = Math.min(c.get("index").asInt(), list.size());
        int remove = Math.min(c.path("remove").asInt(0), list.size() - index);
        for (int i = 0; i < remove; i++) {
            list.remove(index);
        }
        JsonNode added = c.has("addNodes") ? c.get("addNodes") : c.path("add");
        int at = index;
        for (JsonNode a : added) {
            list.add(at++, a);
        }
    }

    /** The words a person sees in the node: the text of its text nodes, depth first. */
    String text(UiNode n) {
        StringBuilder s = new StringBuilder();
        text(n, s, 0);
        return s.toString().strip();
    }

    private void text(UiNode n, StringBuilder s, int depth) {
        String t = n.string(UiNode.TEXT, "text");
        if (t != null) {
            s.append(t);
        }
        if (depth > 40) {
            return;
        }
        for (JsonNode child : n.list(UiNode.CHILDREN)) {
            UiNode c = child.isNumber() ? nodes.get(child.asInt()) : null;
            if (c != null) {
                text(c, s, depth + 1);
            }
        }
    }

    /** The nodes with this tag now in the UI, oldest first. */
    List<UiNode> tagged(String tag) {
        return List.copyOf(byTag.getOrDefault(tag, Set.of()));
    }

    /** The newest node with this tag that passes the test (a dialog's comes after the page's). */
    Optional<UiNode> last(String tag, Predicate<UiNode> test) {
        UiNode found = null;
        for (UiNode n : byTag.getOrDefault(tag, Set.of())) {
            if (test.test(n)) {
                found = n;
            }
        }
        return Optional.ofNullable(found);
    }

    /** A button showing exactly these words; the newest one when several do (a dialog's comes after the page's). */
    Optional<UiNode> button(String words) {
        return last("vaadin-button", n -> words.equals(text(n)));
    }

    /**
     * Every link's address (href), in the order the nodes were made, then those a grid draws from its rows' data (a
     * LitRenderer property named "href", as the register's cells have it: decision 0135).
     */
    List<String> links() {
        List<String> links = new ArrayList<>(withHref.stream().map(n -> n.attribute("href")).toList());
        dataLinks.values().forEach(links::addAll);
        return links;
    }

    /** The addresses of the server-drawn images (chart SVGs) now on the screen. */
    List<String> dynamicImages() {
        return tagged("img").stream().map(n -> n.attribute("src"))
                .filter(src -> src != null && src.startsWith("VAADIN/dynamic/")).toList();
    }

    /** What a browser sends with an event: every value the listener asks for, as an unmoved mouse would give it. */
    Map<String, Object> eventData(UiNode n, String event) {
        Map<String, Object> data = new LinkedHashMap<>();
        JsonNode wanted = constants.get(n.listener(event));
        if (wanted != null) {
            for (String key : wanted.propertyNames()) {
                if (key.startsWith("event.")) {
                    data.put(key, key.endsWith("Key") ? false : 0);
                }
            }
        }
        return data;
    }

    /**
     * The overlays (dialogs, notifications) that this answer closed and that listen for "closed": a browser sends that
     * event when the closing animation has ended, and only then does Vaadin take the overlay out of the UI.
     */
    List<UiNode> closedOverlays(JsonNode uidl) {
        return opened(uidl, false).stream().filter(n -> n.listener("closed") != null).toList();
    }

    /** The notifications that this answer opened: a browser closes each by itself after its duration (ms, 0: never). */
    Map<UiNode, Long> openedNotifications(JsonNode uidl) {
        Map<UiNode, Long> opened = new LinkedHashMap<>();
        for (UiNode n : opened(uidl, true)) {
            if ("vaadin-notification".equals(n.tag())) {
                JsonNode duration = n.map(UiNode.PROPERTIES).get("duration");
                opened.put(n, duration != null && duration.isNumber() ? duration.asLong() : 5000L);
            }
        }
        return opened;
    }

    /** Whether the node is still in the UI with its "opened" property true. */
    boolean isOpen(UiNode n) {
        JsonNode opened = n.map(UiNode.PROPERTIES).get("opened");
        return nodes.get(n.id) == n && opened != null && opened.isBoolean() && opened.booleanValue();
    }

    private List<UiNode> opened(JsonNode uidl, boolean value) {
        List<UiNode> found = new ArrayList<>();
        for (JsonNode c : uidl.path("changes")) {
            JsonNode v = c.path("value");
            if ("put".equals(c.path("type").asString()) && c.path("feat").asInt(-1) == UiNode.PROPERTIES
                    && "opened".equals(c.path("key").asString()) && v.isBoolean() && v.booleanValue() == value) {
                UiNode n = nodes.get(c.get("node").asInt());
                if (n != null && !found.contains(n)) {
                    found.add(n);
                }
            }
        }
        return found;
    }
}
