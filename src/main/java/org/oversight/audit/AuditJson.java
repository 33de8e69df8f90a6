package org.oversight.audit;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/** Before/after values as JSON with sorted keys, so that the same value always reads (and hashes) the same. */
final class AuditJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private AuditJson() {
    }

    static String write(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return MAPPER.writeValueAsString(java.util.Map.of("value", s));
        }
        return MAPPER.writeValueAsString(value);
    }
}
