package org.oversight.deadline;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.util.LinkedHashMap;
import java.util.Map;

/** Engines for tests, configured with the same property names an operator would write. */
final class Clocks {

    /** Shared because loading jollyday's calendar is the slow part. */
    static final WorkingDays ENGLAND_AND_WALES = WorkingDays.englandAndWales();

    private Clocks() {
    }

    /** An engine with the default rule table. */
    static ClockEngine engine() {
        return new ClockEngine(properties(), ENGLAND_AND_WALES);
    }

    /** An engine configured by {@code name=value} lines, e.g. {@code oversight.deadlines.due-soon-days=7}. */
    static ClockEngine engine(String... settings) {
        return new ClockEngine(properties(settings), ENGLAND_AND_WALES);
    }

    static DeadlineProperties properties(String... settings) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String setting : settings) {
            String[] nameAndValue = setting.split("=", 2);
            map.put(nameAndValue[0], nameAndValue[1]);
        }
        return new Binder(new MapConfigurationPropertySource(map))
                .bindOrCreate("oversight.deadlines", DeadlineProperties.class);
    }
}
