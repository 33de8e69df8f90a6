package org.oversight.demo;

import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** The response deadline of a demo item, by the watchdog's rule. */
@Component
class DemoResponseDeadlines {

    LocalDate responseDue(String watchdogCode, String reportKind, String recommendationKind, LocalDate published) {
        return switch (watchdogCode) {
            case "HMICFRS" -> published.plusWeeks(6);
            case "IOPC" -> published.plusDays(55);
            default -> published.plusMonths(6);
        };
    }
}
