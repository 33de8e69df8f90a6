package org.oversight.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.oversight.recommendation.Status;

/**
 * A link to the register ({@code /recommendations}) with its filter as query parameters, named as the register
 * reads them: {@code watchdog}, {@code force}, {@code status} (repeated), {@code kind}, {@code theme},
 * {@code overdue}, {@code dueWithin}, {@code publishedFrom}. Immutable; each method adds one parameter.
 */
public record RegisterLink(List<Map.Entry<String, String>> parameters) {

    public static final String REGISTER = "recommendations";

    public RegisterLink {
        parameters = List.copyOf(parameters);
    }

    /** The register narrowed as the dashboard is: same watchdog, theme and first publication date. */
    public static RegisterLink of(DashboardFilter filter, LocalDate today) {
        RegisterLink link = new RegisterLink(List.of());
        link = link.with("watchdog", filter.watchdog()).with("theme", filter.theme());
        LocalDate from = filter.period().publishedFrom(today).orElse(null);
        return link.with("publishedFrom", from == null ? null : from.toString());
    }

    public RegisterLink force(String organisationCode) {
        return with("force", organisationCode);
    }

    /** This watchdog instead of the dashboard's, if it had one. */
    public RegisterLink watchdog(String organisationCode) {
        return replacing("watchdog", organisationCode);
    }

    /** This theme instead of the dashboard's, if it had one. */
    public RegisterLink theme(String themeCode) {
        return replacing("theme", themeCode);
    }

    public RegisterLink kind(String kindName) {
        return with("kind", kindName);
    }

    /** One {@code status} parameter per status, in the enum's order. */
    public RegisterLink statuses(Collection<Status> statuses) {
        RegisterLink link = this;
        for (Status s : statuses.stream().sorted().toList()) {
            link = link.with("status", s.name());
        }
        return link;
    }

    public RegisterLink open() {
        return statuses(Status.openStates());
    }

    public RegisterLink overdue() {
        return with("overdue", "true");
    }

    public RegisterLink dueWithin(int days) {
        return with("dueWithin", Integer.toString(days));
    }

    /** "recommendations?watchdog=IOPC&overdue=true", relative to the application's root like every route. */
    public String href() {
        if (parameters.isEmpty()) {
            return REGISTER;
        }
        return REGISTER + "?" + parameters.stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private RegisterLink with(String name, String value) {
        if (value == null) {
            return this;
        }
        List<Map.Entry<String, String>> p = new ArrayList<>(parameters);
        p.add(Map.entry(name, value));
        return new RegisterLink(p);
    }

    /** Replaces the parameter where it stands, so that links read in one order; adds it if absent. */
    private RegisterLink replacing(String name, String value) {
        if (parameters.stream().noneMatch(e -> e.getKey().equals(name))) {
            return with(name, value);
        }
        return new RegisterLink(parameters.stream()
                .map(e -> e.getKey().equals(name) ? Map.entry(name, value) : e).toList());
    }
}
