package org.oversight.dashboard;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/** Which reports the dashboard counts, by publication date; written in the URL as {@code period=12m}. */
public enum DashboardPeriod {
    ALL("all", "dashboard.period.all"),
    LAST_12_MONTHS("12m", "dashboard.period.12m"),
    LAST_3_YEARS("3y", "dashboard.period.3y");

    private final String parameter;
    private final String labelKey;

    DashboardPeriod(String parameter, String labelKey) {
        this.parameter = parameter;
        this.labelKey = labelKey;
    }

    public String parameter() {
        return parameter;
    }

    /** The period's name in the reader's language. */
    public String label() {
        return org.oversight.base.i18n.Messages.t(labelKey);
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
