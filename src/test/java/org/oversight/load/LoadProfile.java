package org.oversight.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a node's CPU went under load, from the JFR recording {@code bin/load-test --profile=true} makes: the Java
 * method samples ({@code jdk.ExecutionSample}) split by the kind of step they served, by the parts of the stack they
 * ran in (Vaadin's answer writing, jOOQ's SQL rendering, the JDBC driver, …, counted inclusively: a sample in jOOQ
 * under Vaadin counts for both), and the methods most often on top. Run as {@code bin/load-profile FILE.jfr}.
 *
 * <p>The step kind is read from the request's thread: the application serves each request on a virtual thread of its
 * own, so every sample of a thread that was once seen in, say, {@code RegisterView} was spent on the register (of
 * two kinds seen on one thread, the first in {@code STEP_MARKERS}). Samples
 * of a thread never caught in a view's code stay "other request"; password hashing has its own threads. The samples
 * cover Java code only: garbage collection and the JIT compiler are outside them.
 */
public final class LoadProfile {

    /** Kinds of step, by a class or package seen on the thread's stack, first match wins. */
    private static final Map<String, String> STEP_MARKERS = new LinkedHashMap<>();
    /** Parts of the stack, counted inclusively. */
    private static final Map<String, String> PARTS = new LinkedHashMap<>();

    static {
        STEP_MARKERS.put("org.oversight.actionplan.ProgressService", "post-update");
        STEP_MARKERS.put("org.oversight.actionplan.ui.UpdateDialog", "update-form");
        STEP_MARKERS.put("org.oversight.actionplan.ui.PlanView", "plan");
        STEP_MARKERS.put("org.oversight.actionplan.ui.MyWorkView", "plan");
        STEP_MARKERS.put("org.oversight.recommendation.ui.RecommendationDetailView", "item");
        STEP_MARKERS.put("org.oversight.recommendation.ui.RegisterView", "register");
        STEP_MARKERS.put("org.oversight.dashboard.ui.", "dashboard");
        STEP_MARKERS.put("org.oversight.dashboard.chart.", "dashboard");
        STEP_MARKERS.put("org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter", "sign-in");
        STEP_MARKERS.put("org.oversight.app.ui.LoginView", "sign-in");

        PARTS.put("com.vaadin.flow.server.communication.UidlWriter", "Vaadin: writing the answer (UIDL, state tree)");
        PARTS.put("com.vaadin.flow.server.communication.ServerRpcHandler", "Vaadin: handling the request's calls");
        PARTS.put("com.vaadin.flow.router.", "Vaadin: navigation (router)");
        PARTS.put("com.vaadin.flow.component.grid.", "Vaadin: Grid");
        PARTS.put("com.vaadin.flow.data.provider.DataCommunicator", "Vaadin: data communicator");
        PARTS.put("org.jooq.impl.DefaultRenderContext", "jOOQ: rendering SQL");
        PARTS.put("org.jooq.impl.DefaultBindContext", "jOOQ: binding values");
        PARTS.put("org.jooq.", "jOOQ (all)");
        PARTS.put("org.postgresql.", "PostgreSQL JDBC driver");
        PARTS.put("com.zaxxer.hikari.", "Hikari pool");
        PARTS.put("org.springframework.transaction.", "Spring transactions");
        PARTS.put("org.springframework.security.web.", "inside Spring Security's filter chain");
        PARTS.put("org.springframework.security.crypto.bcrypt.", "bcrypt");
        PARTS.put("ch.qos.logback.", "logging");
        PARTS.put("com.ibm.icu.", "ICU4J");
        PARTS.put("org.oversight.base.i18n.", "messages (base.i18n)");
        PARTS.put("org.jfree.", "JFreeChart / JFreeSVG");
        PARTS.put("tools.jackson.", "Jackson");
        PARTS.put("org.oversight.audit.AuditLog", "audit trail (AuditLog)");
        PARTS.put("org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.createBean",
                "Spring: creating a bean (a view)");
        PARTS.put("org.springframework.aop.support.AopUtils.canApply", "Spring: matching advisors to a new bean");
        PARTS.put("com.vaadin.flow.server.StaticFileServer", "Vaadin: looking for a static file");
        PARTS.put("org.oversight.", "application code (all)");
    }

    private LoadProfile() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: bin/load-profile target/load/node-PORT.jfr");
            System.exit(2);
        }
        List<Sample> samples = new ArrayList<>();
        Map<Long, String> kindOfThread = new HashMap<>();
        try (RecordingFile file = new RecordingFile(Path.of(args[0]))) {
            while (file.hasMoreEvents()) {
                RecordedEvent e = file.readEvent();
                if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                    continue;
                }
                var thread = e.getThread("sampledThread");
                long id = thread == null ? -1 : thread.getJavaThreadId();
                String name = thread == null || thread.getJavaName() == null ? "?" : thread.getJavaName();
                List<String> frames = new ArrayList<>();
                for (RecordedFrame f : e.getStackTrace().getFrames()) {
                    frames.add(f.getMethod().getType().getName() + "." + f.getMethod().getName());
                }
                samples.add(new Sample(id, name, frames));
                String kind = kindOf(frames);
                if (kind != null) {
                    kindOfThread.merge(id, kind, LoadProfile::earlier);
                }
            }
        }
        Map<String, Integer> byKind = new LinkedHashMap<>();
        Map<String, Integer> byPart = new LinkedHashMap<>();
        Map<String, Integer> topSelf = new HashMap<>();
        Map<String, Integer> byLibrary = new HashMap<>();
        Map<String, Map<String, Integer>> appFramesByKind = new HashMap<>();
        for (Sample s : samples) {
            String kind = s.name.startsWith("password-") ? "sign-in (password hashing)"
                    : kindOfThread.getOrDefault(s.threadId, s.name.startsWith("tomcat-handler") ? "other request: " + request(s.frames)
                            : "not a request: " + s.name.replaceAll("[-#]?\\d+$", ""));
            byKind.merge(kind, 1, Integer::sum);
            Set<String> parts = new LinkedHashSet<>();
            for (String f : s.frames) {
                PARTS.forEach((prefix, label) -> {
                    if (f.startsWith(prefix)) {
                        parts.add(label);
                    }
                });
            }
            parts.forEach(p -> byPart.merge(p, 1, Integer::sum));
            if (!s.frames.isEmpty()) {
                topSelf.merge(s.frames.getFirst(), 1, Integer::sum);
            }
            byLibrary.merge(library(s.frames), 1, Integer::sum);
            s.frames.stream().filter(f -> f.startsWith("org.oversight.") && !isFilter(f)).findFirst()
                    .ifPresent(f -> appFramesByKind.computeIfAbsent(kind, k -> new HashMap<>()).merge(f, 1, Integer::sum));
        }
        int total = samples.size();
        System.out.printf(Locale.ROOT, "%d Java method samples in %s%n%n", total, args[0]);
        print("by kind of step (the request's thread)", byKind, total, 30);
        print("by part of the stack (inclusive)", byPart, total, 40);
        print("by library running (the first frame from the top outside the JDK, by package)", byLibrary, total, 30);
        print("methods on top of the stack (self)", topSelf, total, 30);
        for (Map.Entry<String, Integer> k : sorted(byKind)) {
            Map<String, Integer> app = appFramesByKind.get(k.getKey());
            if (app != null) {
                print(k.getKey() + ": nearest application method", app, k.getValue(), 8);
            }
        }
    }

    /** What Vaadin was asked for, by the handler on the stack, for a request no view's code was seen in. */
    private static String request(List<String> frames) {
        for (String f : frames) {
            if (f.contains("IndexHtmlRequestHandler")) {
                return "the bootstrap page";
            } else if (f.contains("JavaScriptBootstrapHandler")) {
                return "the UI's first answer (init)";
            } else if (f.contains("StreamRequestHandler")) {
                return "a download (chart image)";
            } else if (f.contains("StaticFileServer")) {
                return "a static file";
            } else if (f.contains("HeartbeatHandler")) {
                return "a heartbeat";
            } else if (f.contains("UidlRequestHandler")) {
                return "another UIDL request";
            }
        }
        return "filters only";
    }

    /** The request filters wrap every request: the nearest application method below them says more. */
    private static boolean isFilter(String frame) {
        return frame.contains("Filter.") || frame.startsWith("org.oversight.app.AccountChangeCheck.")
                || frame.startsWith("org.oversight.app.LanguageOfRequests.");
    }

    /** The package (three or four parts) of the first frame from the top that is not the JDK's own. */
    private static String library(List<String> frames) {
        for (String f : frames) {
            if (f.startsWith("java.") || f.startsWith("jdk.") || f.startsWith("sun.")) {
                continue;
            }
            String[] parts = f.split("\\.");
            int keep = f.startsWith("org.oversight.") || f.startsWith("com.vaadin.flow.") ? 4 : 3;
            return String.join(".", java.util.Arrays.copyOf(parts, Math.min(keep, parts.length - 2)));
        }
        return frames.isEmpty() ? "?" : "the JDK alone: " + frames.getFirst();
    }

    private record Sample(long threadId, String name, List<String> frames) {
    }

    private static String kindOf(List<String> frames) {
        for (Map.Entry<String, String> m : STEP_MARKERS.entrySet()) {
            for (String f : frames) {
                if (f.startsWith(m.getKey())) {
                    return m.getValue();
                }
            }
        }
        return null;
    }

    /** Of two kinds seen on one thread, the one whose marker comes first (a post's thread also shows its form). */
    private static String earlier(String a, String b) {
        List<String> order = List.copyOf(new LinkedHashSet<>(STEP_MARKERS.values()));
        return order.indexOf(a) <= order.indexOf(b) ? a : b;
    }

    private static List<Map.Entry<String, Integer>> sorted(Map<String, Integer> counts) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
    }

    private static void print(String title, Map<String, Integer> counts, int of, int limit) {
        System.out.println("== " + title);
        sorted(counts).stream().limit(limit).forEach(e -> System.out.printf(Locale.ROOT, "%7d %5.1f%%  %s%n",
                e.getValue(), 100.0 * e.getValue() / Math.max(1, of), e.getKey()));
        System.out.println();
    }
}
