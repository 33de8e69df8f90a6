package org.oversight.dashboard;

import java.util.List;

/** The choices of the dashboard's filter: watchdogs and themes, each as code and name. */
public record FilterOptions(List<Option> watchdogs, List<Option> themes) {

    public record Option(String code, String name) {
    }

    public FilterOptions {
        watchdogs = List.copyOf(watchdogs);
        themes = List.copyOf(themes);
    }
}
