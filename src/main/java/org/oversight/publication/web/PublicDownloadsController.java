package org.oversight.publication.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.oversight.publication.PublicFilter;
import org.oversight.publication.PublicItem;
import org.oversight.publication.PublicRegister;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The published register as CSV and JSON files, whole or filtered like the register page. */
@Controller
class PublicDownloadsController {

    static final String[] HEADER = {"id", "recommendation_id", "recipient_code", "recipient", "watchdog_code", "watchdog",
            "report_id", "report_reference", "report_title", "report_published_on", "number", "kind", "status",
            "status_changed_on", "due_on", "closed_on", "themes", "text"};
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final PublicRegister register;
    private final PublicPageCache cache;
    private final JsonMapper json;

    PublicDownloadsController(PublicRegister register, PublicPageCache cache, JsonMapper json) {
        this.register = register;
        this.cache = cache;
        this.json = json;
    }

    @GetMapping("/public/register.csv")
    ResponseEntity<byte[]> csv(@RequestParam Map<String, String> params) {
        PublicFilter filter = register.filter(params);
        return attachment("register.csv", cache.serveBytes("csv:" + filter.parameters(), CSV,
                () -> csv(register.matching(filter)).getBytes(StandardCharsets.UTF_8)));
    }

    @GetMapping("/public/register.json")
    ResponseEntity<byte[]> json(@RequestParam Map<String, String> params) {
        PublicFilter filter = register.filter(params);
        return attachment("register.json", cache.serveBytes("json:" + filter.parameters(), MediaType.APPLICATION_JSON,
                () -> json.writeValueAsBytes(register.matching(filter))));
    }

    private static ResponseEntity<byte[]> attachment(String name, ResponseEntity<byte[]> served) {
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(served.getHeaders());
        headers.setContentDisposition(ContentDisposition.attachment().filename(name).build());
        return new ResponseEntity<>(served.getBody(), headers, served.getStatusCode());
    }

    static String csv(List<PublicItem> items) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF'); // so that spreadsheet programs read UTF-8
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (PublicItem i : items) {
                printer.printRecord(i.id(), i.recommendationId(), i.recipientCode(), cell(i.recipientName()), i.watchdogCode(),
                        cell(i.watchdogName()), i.reportId(), cell(i.reportReference()), cell(i.reportTitle()),
                        i.reportPublishedOn(), cell(i.number()), i.kind(), i.status(), i.statusChangedOn(),
                        i.dueOn() == null ? "" : i.dueOn(), i.closedOn() == null ? "" : i.closedOn(),
                        cell(String.join("; ", i.themeNames())), cell(i.text()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Text a spreadsheet would read as a formula gets a leading apostrophe (CSV injection). */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
