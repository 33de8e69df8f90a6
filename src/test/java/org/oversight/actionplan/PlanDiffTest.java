package org.oversight.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.actionplan.internal.JooqReturnSnapshotRepository.ActionFields;
import org.oversight.actionplan.internal.JooqReturnSnapshotRepository.Snapshot;

class PlanDiffTest {

    static final OffsetDateTime RETURNED = OffsetDateTime.parse("2027-01-10T10:00:00Z");

    @Test
    void aMovedDateAndAnEmptiedDescriptionReadAsBeforeAndAfterWithUkDates() {
        var before = new Snapshot(RETURNED, "Same", List.of(
                new ActionFields(1, "Audit", "Sample 100 calls", "Jo", LocalDate.of(2027, 3, 31))));
        var now = List.of(new ActionFields(1, "Audit", null, "Jo", LocalDate.of(2027, 6, 30)));

        PlanChanges c = PlanDiff.between(before, "Same", now);

        assertThat(c.summaryChanged()).isFalse();
        assertThat(c.changed()).singleElement().satisfies(a -> assertThat(a.fields())
                .extracting(PlanChanges.FieldChange::line)
                .containsExactly("Description: Sample 100 calls → (none)", "Due date: 31 Mar 2027 → 30 Jun 2027"));
        assertThat(c.headline()).isEqualTo("Changed since it was returned: 1 action changed.");
    }

    @Test
    void aPlanSentBackUnchangedSaysSo() {
        var fields = new ActionFields(1, "Audit", null, "Jo", LocalDate.of(2027, 3, 31));
        PlanChanges c = PlanDiff.between(new Snapshot(RETURNED, null, List.of(fields)), null, List.of(fields));

        assertThat(c.nothingChanged()).isTrue();
        assertThat(c.headline()).isEqualTo("Nothing changed since it was returned.");
    }
}
