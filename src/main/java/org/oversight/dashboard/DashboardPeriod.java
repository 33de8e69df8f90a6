package org.oversight.dashboard;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/** Which reports the dashboard counts, by publication date; written in the URL as {@code period=12m}. */
public enum DashboardPeriod {
    ALL("all", "All time"),
    LAST_12_MONTHS("12m", "Published in the last 12 months"),
    LAST_3_YEARS("3y", "Published in the last 3 years");

    private final String parameter;
    private final String label;

    DashboardPeriod(String parameter, String label) {
        this.parameter = parameter;
        this.label = label;
    }

    public String parameter() {
        return parameter;
    }

    public String label() {
        return label;
    }

    /** The first publication date counted, or empty for all time. */
    public Optional<LocalDate> publishedFrom(LocalDate today) {
        return switch (this) {
            case ALL -> Optional.empty();
            case LAST_12_MONTHS -> Optional.of(today.minusMonths(12));
            case LAST_3_YEARS -> Optional.of(today.minusYears(3));
        };
    }

    public static Optional<DashboardPeriod> fromParameter(String value) {
        return Arrays.stream(values()).filter(p -> p.parameter.equalsIgnoreCase(value)).findFirst();
    }
}
