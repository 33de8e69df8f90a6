package org.oversight.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.oversight.actionplan.ActionStatus;
import org.oversight.recommendation.Priority;
import org.oversight.recommendation.RecommendationKind;
import org.oversight.recommendation.ReportKind;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The demo cases as read from db/demo/demo-data.yml (see db/demo/README.md for the format). */
record DemoDataFile(List<Report> reports) {

    record Report(String reference, String watchdog, String issuedAs, ReportKind kind, String title, LocalDate published,
                  String link, String summary, List<String> forces, List<String> themes,
                  List<Recommendation> recommendations, List<Plan> plans) {
    }

    record Recommendation(String number, RecommendationKind kind, Priority priority, String text, List<String> themes,
                          List<String> recipients, String status, Map<String, String> statuses, LocalDate closedOn,
                          String reason, String completionSummary) {

        String statusFor(String recipientCode) {
            return statuses.getOrDefault(recipientCode, status);
        }
    }

    record Plan(String organisation, String status, LocalDate submitted, LocalDate decided, String decisionReason,
                String summary, List<Action> actions) {
    }

    record Action(String title, String description, String owner, LocalDate originalDue, LocalDate due,
                  String revisionReason, int progress, ActionStatus status, LocalDate completed, List<String> answers,
                  List<Update> updates) {
    }

    record Update(LocalDate posted, String body, Integer progress, Evidence evidence) {
    }

    record Evidence(String file, LocalDate date, String note) {
    }

    static DemoDataFile read(InputStream in, LocalDate today) throws IOException {
        try (in) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return new DemoDataFile(new YamlNode(root, today).list("reports").stream().map(DemoDataFile::report).toList());
        }
    }

    private static Report report(YamlNode n) {
        return new Report(n.text("reference"), n.text("watchdog"), n.text("issuedAs"), ReportKind.valueOf(n.text("kind")),
                n.text("title"), n.date("published"), n.text("link"), n.text("summary"), n.texts("forces"), n.texts("themes"),
                n.list("recommendations").stream().map(DemoDataFile::recommendation).toList(),
                n.list("plans").stream().map(DemoDataFile::plan).toList());
    }

    private static Recommendation recommendation(YamlNode n) {
        return new Recommendation(n.text("number"), RecommendationKind.valueOf(n.text("kind")),
                Priority.valueOf(n.text("priority")), n.text("text"), n.texts("themes"), n.texts("recipients"), n.text("status"),
                n.textMap("statuses"), n.date("closedOn"), n.text("reason"), n.text("completionSummary"));
    }

    private static Plan plan(YamlNode n) {
        return new Plan(n.text("organisation"), n.text("status"), n.date("submitted"), n.date("decided"),
                n.text("decisionReason"), n.text("summary"), n.list("actions").stream().map(DemoDataFile::action).toList());
    }

    private static Action action(YamlNode n) {
        LocalDate original = n.date("originalDue");
        LocalDate due = n.date("due");
        return new Action(n.text("title"), n.text("description"), n.text("owner"), original, due == null ? original : due,
                n.text("revisionReason"), n.integer("progress", 0), ActionStatus.valueOf(n.text("status")), n.date("completed"),
                n.texts("answers"), n.list("updates").stream().map(DemoDataFile::update).toList());
    }

    private static Update update(YamlNode n) {
        YamlNode e = n.child("evidence");
        Evidence evidence = e == null ? null : new Evidence(e.text("file"), e.date("date"), e.text("note"));
        Integer progress = n.has("progress") ? n.integer("progress", 0) : null;
        return new Update(n.date("posted"), n.text("body"), progress, evidence);
    }
}
