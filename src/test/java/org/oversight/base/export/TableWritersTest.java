package org.oversight.base.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two file writers behind every export, on rows made here. */
class TableWritersTest {

    record Thing(String name, Integer count, LocalDate due, OffsetDateTime at) {
    }

    static final Table<Thing> TABLE = Table.of("Nothing to show for these filters.",
            Column.text("Name", Thing::name), Column.number("Count", Thing::count), Column.date("Due", Thing::due),
            Column.dateTime("At (UTC)", Thing::at));

    static final List<Thing> THINGS = List.of(
            new Thing("+44 emergency", 3, LocalDate.of(2026, 12, 1), OffsetDateTime.of(2026, 12, 1, 9, 30, 0, 0, ZoneOffset.ofHours(1))),
            new Thing("-1 and @mention", null, null, null),
            new Thing("Ŵyl, “Gŵyr”\nnew line", -2, LocalDate.of(2027, 3, 27), null));

    @Test
    void anExportOfNothingHasItsHeaderAndANoteSayingSo() {
        for (ExportFiles.ReadBack file : List.of(ExportFiles.csv(out -> TABLE.write(out, sink -> { })),
                ExportFiles.xlsx(out -> TABLE.write(out, sink -> { })))) {
            assertThat(file.header()).containsExactly("Name", "Count", "Due", "At (UTC)");
            assertThat(file.rows()).singleElement().satisfies(r -> assertThat(r.getFirst()).isEqualTo("Nothing to show for these filters."));
        }
    }

    @Test
    void csvGuardsFormulaLikeTextButKeepsNumbersAndDates() {
        ExportFiles.ReadBack csv = ExportFiles.csv(out -> TABLE.write(out, THINGS::forEach));
        assertThat(csv.column("Name")).containsExactly("'+44 emergency", "'-1 and @mention", "Ŵyl, “Gŵyr”\nnew line");
        assertThat(csv.column("Count")).containsExactly("3", "", "-2");
        assertThat(csv.column("Due")).containsExactly("2026-12-01", "", "2027-03-27");
        assertThat(csv.column("At (UTC)")).containsExactly("2026-12-01T08:30:00Z", "", "");
    }

    @Test
    void theWorkbookHoldsRealNumbersAndDatesAndTheTextAsTyped() {
        ExportFiles.ReadBack xlsx = ExportFiles.xlsx(out -> TABLE.write(out, THINGS::forEach));
        assertThat(xlsx.column("Name")).containsExactly("+44 emergency", "-1 and @mention", "Ŵyl, “Gŵyr”\nnew line");
        assertThat(xlsx.column("Count")).containsExactly(3.0, null, -2.0);
        assertThat(xlsx.column("Due")).containsExactly(LocalDate.of(2026, 12, 1).atStartOfDay(), null,
                LocalDate.of(2027, 3, 27).atStartOfDay());
        assertThat(xlsx.column("At (UTC)").getFirst()).isEqualTo(java.time.LocalDateTime.of(2026, 12, 1, 8, 30));
    }

    @Test
    void theFileNameSaysWhatAndWhenInPlainLetters() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        assertThat(Format.XLSX.fileName("recommendations Surrey Police", day)).isEqualTo("recommendations-surrey-police-2026-12-01.xlsx");
        assertThat(Format.CSV.fileName("Heddlu Gogledd Cymru — Ŵyl", day)).isEqualTo("heddlu-gogledd-cymru-wyl-2026-12-01.csv");
        assertThat(Format.CSV.fileName("../../etc/passwd\u202E", day)).isEqualTo("etc-passwd-2026-12-01.csv");
        assertThat(Format.CSV.fileName("", day)).isEqualTo("export-2026-12-01.csv");
    }
}
