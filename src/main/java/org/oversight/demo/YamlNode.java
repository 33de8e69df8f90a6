package org.oversight.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A typed look at one mapping of the demo file; missing keys read as null or empty. */
record YamlNode(Map<String, Object> map, LocalDate today) {

    boolean has(String key) {
        return map.get(key) != null;
    }

    String text(String key) {
        Object v = map.get(key);
        return v == null ? null : v.toString().strip();
    }

    int integer(String key, int fallback) {
        Object v = map.get(key);
        return v == null ? fallback : Integer.parseInt(v.toString());
    }

    LocalDate date(String key) {
        return DemoDates.parse(map.get(key), today);
    }

    List<String> texts(String key) {
        Object v = map.get(key);
        return v instanceof List<?> l ? l.stream().map(Object::toString).toList() : List.of();
    }

    Map<String, String> textMap(String key) {
        Map<String, String> out = new LinkedHashMap<>();
        if (map.get(key) instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(k.toString(), v.toString()));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    YamlNode child(String key) {
        return map.get(key) instanceof Map<?, ?> m ? new YamlNode((Map<String, Object>) m, today) : null;
    }

    @SuppressWarnings("unchecked")
    List<YamlNode> list(String key) {
        if (!(map.get(key) instanceof List<?> l)) {
            return List.of();
        }
        return l.stream().map(o -> new YamlNode((Map<String, Object>) o, today)).toList();
    }
}
