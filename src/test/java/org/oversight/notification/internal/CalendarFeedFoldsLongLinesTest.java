package org.oversight.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.oversight.deadline.Deadline;
import org.oversight.notification.Links;
import org.oversight.notification.internal.JooqMailRecipientQuery.Person;
import org.oversight.recommendation.Status;
import org.oversight.security.Role;

/** RFC 5545 §3.1: content lines are folded at 75 octets, and a calendar program unfolds them to the same text. */
class CalendarFeedFoldsLongLinesTest {

    @Test
    void longWelshTextIsFoldedAt75OctetsWithoutSplittingACharacterAndReadsBackWhole() throws Exception {
        String text = "Dylai’r heddlu sicrhau bod pob swyddog yn derbyn hyfforddiant ŵyl ŷd â chyfarwyddyd clir – "
                + "ŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵŵ and “quoted” words 🙂 at the end.";
        Deadline d = new Deadline(42, "IOPC-2024-017", "Learning report on custody", "3", text, 7, "Gwent Police", 1,
                "Independent Office for Police Conduct", Status.values()[0], LocalDate.of(2025, 3, 31),
                Deadline.Side.RECIPIENT, "response", false);
        Person owner = new Person(1, "gwent", "Gwen Lead", "gwen@example.org", Role.values()[0], 7L, "Gwent Police");

        String ics = new CalendarFeedWriter(new Links("https://tracker.example.org")).write(owner, List.of(d),
                Instant.parse("2025-01-01T10:00:00Z"));

        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\uFFFD");
        }
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        VEvent event = calendar.<VEvent>getComponents("VEVENT").getFirst();
        assertThat(event.getProperty(Property.DESCRIPTION).orElseThrow().getValue()).contains(text);
    }
}
